import { createServer } from 'node:https'
import type { AddressInfo, Socket } from 'node:net'
import type { Agent } from 'undici'
import { z } from 'zod'
import { createWnsMock } from '../mock/create-wns-mock'
import { attachCore, coreOf } from '../mock/mock-core'
import { parseOptions } from '../mock/parse-options'
import type { WnsMock } from '../mock/wns-mock'
import { createMockServerAgent } from './create-mock-server-agent'
import { generateCertificate } from './generate-certificate'
import { serveNodeRequest } from './serve-node-request'

/** Options of {@link startWnsMockServer}. */
export interface WnsMockServerOptions {
  /** Port to listen on; `0` picks a free one. @default 0 */
  readonly port?: number
  /** Loopback address to listen on. @default '127.0.0.1' */
  readonly host?: string
  /** The mock whose state the server answers from. @default a new `createWnsMock()` */
  readonly mock?: WnsMock
}

/**
 * A running loopback HTTPS server in front of a mock: the mock's whole control API (it can be
 * passed wherever a {@link WnsMock} is expected), plus where it listens, its certificate and, as
 * `dispatcher`, an undici `Agent` that routes the WNS hosts to it.
 */
export interface WnsMockServer extends WnsMock {
  /** `https://<host>:<port>`, the address the server listens on. */
  readonly url: string
  /** The port it listens on. */
  readonly port: number
  /** The address it listens on. */
  readonly host: string
  /** The generated certificate (PEM), which is also its own CA. */
  readonly ca: string
  /**
   * An undici `Agent` that sends login.live.com, login.microsoftonline.com and
   * `*.notify.windows.com` to this server over real TLS, trusting only its certificate.
   */
  readonly dispatcher: Agent
  /** Closes the agent, every open connection and the server. */
  close(): Promise<void>
}

const LOOPBACK = /^(?:127(?:\.\d{1,3}){3}|::1|localhost)$/

const optionsSchema = z.strictObject({
  port: z.int().min(0).max(65_535).optional(),
  host: z
    .string()
    .regex(LOOPBACK, 'must be a loopback address (127.x.x.x, ::1 or localhost)')
    .optional(),
  mock: z.looseObject({ handlers: z.array(z.unknown()) }).optional(),
})

/**
 * Starts the fake as a real HTTPS server on loopback with a certificate generated at start for
 * login.live.com, login.microsoftonline.com and `*.notify.windows.com`. Point a client at it with
 * the returned `dispatcher`, and its real TLS and HTTP path runs unchanged.
 *
 * @throws {WnsError} `INVALID_OPTIONS` when an option is malformed.
 * @throws {Error} when the port cannot be bound (`EADDRINUSE`, …).
 * @example
 * const server = await startWnsMockServer()
 * const channelUri = server.createChannel()
 * // give server.dispatcher to the client under test; afterwards:
 * await server.close()
 */
export async function startWnsMockServer(
  options: WnsMockServerOptions = {},
): Promise<WnsMockServer> {
  parseOptions(optionsSchema, options, 'startWnsMockServer.options')
  const mock = options.mock ?? createWnsMock()
  const core = coreOf(mock)
  const { cert, key } = await generateCertificate()
  const sockets = new Set<Socket>()
  const server = createServer({ cert, key, keepAlive: true }, (incoming, outgoing) => {
    serveNodeRequest(core, incoming, outgoing).catch(() => {
      if (!outgoing.headersSent) outgoing.writeHead(500).end()
      else incoming.socket.destroy()
    })
  })
  server.on('secureConnection', (socket: Socket) => {
    sockets.add(socket)
    socket.once('close', () => sockets.delete(socket))
  })
  const requestedHost = options.host ?? '127.0.0.1'
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(options.port ?? 0, requestedHost, () => {
      server.off('error', reject)
      resolve()
    })
  })
  const { port, address } = server.address() as AddressInfo
  const agent = createMockServerAgent({ host: address, port, ca: cert })
  const urlHost = address.includes(':') ? `[${address}]` : address
  let closing: Promise<void> | undefined
  const close = () => {
    closing ??= (async () => {
      await agent.close()
      for (const socket of sockets) socket.destroy()
      await new Promise<void>((resolve) => server.close(() => resolve()))
    })()
    return closing
  }
  const running: WnsMockServer = {
    ...mock,
    url: `https://${urlHost}:${port}`,
    port,
    host: address,
    ca: cert,
    dispatcher: agent,
    close,
  }
  // A server can stand in for its mock anywhere, even as `mock` of another server.
  attachCore(running, core)
  return Object.freeze(running)
}
