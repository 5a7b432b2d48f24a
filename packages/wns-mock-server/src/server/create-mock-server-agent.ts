import { Agent, buildConnector } from 'undici'
import { z } from 'zod'
import { parseOptions } from '../mock/parse-options'
import { isServedHost } from '../protocol/served-hosts'

/** Where a WNS mock server listens and the certificate it presents. */
export interface MockServerAgentOptions {
  /** The loopback address the server listens on, e.g. `127.0.0.1`. */
  readonly host: string
  /** The server's port. */
  readonly port: number
  /** The server's certificate (PEM); the only one the agent trusts for the routed hosts. */
  readonly ca: string
  /**
   * Extra undici `Agent` options (timeouts…); `connect` is set by this function.
   * @default { connections: 64 }: a bound per origin, so a burst of thousands of requests queues
   * on a few TLS connections instead of opening (and timing out) thousands of handshakes
   */
  readonly agentOptions?: Omit<Agent.Options, 'connect'>
}

/** Connections per origin the agent opens unless told otherwise. */
const DEFAULT_CONNECTIONS = 64

const optionsSchema = z.strictObject({
  host: z.string().min(1),
  port: z.int().min(1).max(65_535),
  ca: z.string().includes('BEGIN CERTIFICATE', { message: 'must be a PEM certificate' }),
  agentOptions: z.looseObject({}).optional(),
})

/**
 * An undici `Agent` that routes login.live.com, login.microsoftonline.com and
 * `*.notify.windows.com` to a WNS mock server, keeping the original name for SNI and certificate
 * checks and trusting only the server's certificate; other hosts connect as usual. Use it in
 * another process than the server's (the CLI prints `host`, `port` and writes the CA).
 *
 * @throws {WnsError} `INVALID_OPTIONS` when an option is malformed.
 * @example
 * const agent = createMockServerAgent({ host: '127.0.0.1', port, ca: readFileSync(caFile, 'utf8') })
 * await request('https://db5.notify.windows.com/?token=…', { method: 'POST', dispatcher: agent })
 */
export function createMockServerAgent(options: MockServerAgentOptions): Agent {
  const { host, port, ca } = parseOptions(optionsSchema, options, 'createMockServerAgent.options')
  const toMock = buildConnector({ ca, rejectUnauthorized: true })
  const direct = buildConnector({})
  const connect: buildConnector.connector = (connectOptions, callback) => {
    if (connectOptions.protocol !== 'https:' || !isServedHost(connectOptions.hostname)) {
      return direct(connectOptions, callback)
    }
    return toMock(
      {
        ...connectOptions,
        hostname: host,
        port: String(port),
        servername: connectOptions.hostname,
      },
      callback,
    )
  }
  return new Agent({ connections: DEFAULT_CONNECTIONS, ...options.agentOptions, connect })
}
