import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { createWnsMock } from '@homepot/wns-mock-server'
import { Agent, type Dispatcher } from 'undici'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { DispatchTimeoutError } from './dispatch-handler'
import { dispatchRequest } from './dispatch-request'

type Answer = (request: IncomingMessage, body: Buffer, response: ServerResponse) => void

/** A loopback HTTP server whose answer each test sets; it records what it received. */
let answer: Answer = (_request, _body, response) => response.end()
const received: { headers: IncomingMessage['headers']; body: Buffer; path: string }[] = []
let server: Server
let origin: string
let agent: Agent

beforeAll(async () => {
  server = createServer((request, response) => {
    const chunks: Buffer[] = []
    request.on('data', (chunk: Buffer) => chunks.push(chunk))
    request.on('end', () => {
      const body = Buffer.concat(chunks)
      received.push({ headers: request.headers, body, path: request.url ?? '' })
      answer(request, body, response)
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  agent = new Agent({ connections: 2, pipelining: 1 })
})

afterEach(() => {
  received.length = 0
  answer = (_request, _body, response) => response.end()
})

afterAll(async () => {
  await agent.close()
  await new Promise((resolve) => server.close(resolve))
})

const post = (body: Uint8Array | null = null): Dispatcher.DispatchOptions => ({
  origin,
  path: '/?token=abc%2bdef',
  method: 'POST',
  headers: ['Authorization', 'Bearer t0k3n', 'X-WNS-Type', 'wns/raw'],
  body,
})

const native = { timeoutMs: 15_000, signal: undefined, native: true }

describe('dispatchRequest', () => {
  it('sends the path, headers and body, and resolves the status and classified headers', async () => {
    answer = (_request, _body, response) => {
      response.setHeader('X-WNS-Status', 'received')
      response.setHeader('X-WNS-Msg-ID', 'M1')
      response.setHeader('Retry-After', ['5', '6'])
      response.setHeader('Content-Type', 'text/plain')
      response.end('ignored body')
    }
    const response = await dispatchRequest(agent, post(Buffer.from('ping')), native)
    expect(response).toEqual({
      status: 200,
      headers: { 'x-wns-status': 'received', 'x-wns-msg-id': 'M1', 'retry-after': '5, 6' },
    })
    expect(received[0]).toMatchObject({
      path: '/?token=abc%2bdef',
      body: Buffer.from('ping'),
      headers: { authorization: 'Bearer t0k3n', 'x-wns-type': 'wns/raw' },
    })
  })

  it('speaks the newer handler style to interceptors and other dispatchers', async () => {
    answer = (_request, _body, response) => {
      response.writeHead(410, { 'X-WNS-Status': 'revoked' })
      response.end()
    }
    const seen: string[] = []
    const composed = agent.compose((dispatch) => (options, handler) => {
      seen.push(typeof handler.onResponseStart)
      return dispatch(options, handler)
    })
    const settings = { timeoutMs: 5_000, signal: undefined, native: false }
    await expect(dispatchRequest(composed, post(), settings)).resolves.toMatchObject({
      status: 410,
      headers: { 'x-wns-status': 'revoked' },
    })
    expect(seen).toEqual(['function'])

    const mock = createWnsMock()
    const channel = new URL(mock.createChannel())
    const answered = await dispatchRequest(
      mock.dispatcher,
      {
        ...post(Buffer.from('<badge value="1"/>')),
        origin: channel.origin,
        path: `${channel.pathname}${channel.search}`,
      },
      settings,
    )
    expect(answered.status).toBe(401)
    expect(answered.headers).toMatchObject({
      'www-authenticate': expect.stringContaining('Bearer'),
    })
    await mock.dispatcher.close()
  })

  it('skips informational answers and resolves the final one', async () => {
    answer = (_request, _body, response) => {
      response.writeEarlyHints({ link: '</style.css>; rel=preload' })
      response.writeHead(200, { 'X-WNS-Status': 'dropped' })
      response.end()
    }
    await expect(dispatchRequest(agent, post(), native)).resolves.toEqual({
      status: 200,
      headers: { 'x-wns-status': 'dropped' },
    })
  })

  it('reads past a large body without keeping it', async () => {
    answer = (_request, _body, response) => response.end(Buffer.alloc(1_000_000, 0x61))
    await expect(dispatchRequest(agent, post(), native)).resolves.toMatchObject({ status: 200 })
    answer = (_request, _body, response) => response.end('small')
    await expect(dispatchRequest(agent, post(), native)).resolves.toMatchObject({ status: 200 })
  })

  it('rejects with what the transport reports when the connection drops', async () => {
    answer = (request) => request.socket.destroy()
    await expect(dispatchRequest(agent, post(), native)).rejects.toMatchObject({
      code: 'UND_ERR_SOCKET',
    })
  })

  it('rejects with a DispatchTimeoutError when a short time limit runs out', async () => {
    answer = (_request, _body, response) => setTimeout(() => response.end(), 300)
    const settings = { timeoutMs: 30, signal: undefined, native: true }
    const failure = await dispatchRequest(agent, post(), settings).catch((error: unknown) => error)
    expect(failure).toBeInstanceOf(DispatchTimeoutError)
    expect(failure).toMatchObject({ timeoutMs: 30 })
  })

  it("rejects with the signal's reason and aborts the request when the signal aborts", async () => {
    answer = (_request, _body, response) => setTimeout(() => response.end(), 300)
    const controller = new AbortController()
    const reason = new Error('caller gave up')
    const sending = dispatchRequest(agent, post(), { ...native, signal: controller.signal })
    setTimeout(() => controller.abort(reason), 20)
    await expect(sending).rejects.toBe(reason)
  })

  it('rejects at once for a request still waiting for a connection, and never sends it', async () => {
    const single = new Agent({ connections: 1, pipelining: 1 })
    answer = (_request, _body, response) => setTimeout(() => response.end(), 100)
    const first = dispatchRequest(single, post(), native)
    const controller = new AbortController()
    const queued = dispatchRequest(single, post(), { ...native, signal: controller.signal })
    controller.abort()
    await expect(queued).rejects.toMatchObject({ name: 'AbortError' })
    await expect(first).resolves.toMatchObject({ status: 200 })
    expect(received).toHaveLength(1)
    await single.close()
  })

  it('rejects with what a dispatcher throws instead of reporting', async () => {
    const throwing = agent.compose(() => () => {
      throw new Error('blocked by policy')
    })
    await expect(dispatchRequest(throwing, post(), { ...native, native: false })).rejects.toThrow(
      'blocked by policy',
    )
  })
})
