// Issue 9, part 3c: random methods, headers and bodies sent to the fake through its three ways
// in (the in-process undici dispatcher, the msw handlers, and, for a sample, the loopback HTTPS
// server) never crash it: every answer is a 4xx, or a 200 for a request that the core's own
// request checks call valid, and the fake keeps answering afterwards. Raw bytes over TLS too.
import { connect } from 'node:tls'
import {
  parseMatchHeader,
  parseWnsRequestHeaders,
  validateNotificationXml,
  WNS_MAX_PAYLOAD_BYTES,
} from '@homepot/wns-core'
import { startWnsMockServer, type WnsMockServer } from '@homepot/wns-mock-server'
import fc from 'fast-check'
import { getResponse } from 'msw'
import { type Dispatcher, request } from 'undici'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  type RandomRequest,
  randomNotificationRequest,
  randomTokenRequest,
} from './support/random-requests'
import { reportFigures } from './support/report-figures'

type Way = 'dispatcher' | 'msw' | 'loopback'
type Send = (input: RandomRequest) => Promise<number>

let server: WnsMockServer
let inProcess: Dispatcher
let channelUri: string
let accessToken: string
const figures = { runs: 0, accepted: 0, refused: 0, rawTlsRuns: 0 }

beforeAll(async () => {
  server = await startWnsMockServer()
  inProcess = server.createDispatcher()
  channelUri = server.createChannel()
  const { packageSid, clientSecret, tokenUrl, scope } = server.defaultApp
  const answer = await request(tokenUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({
      grant_type: 'client_credentials',
      client_id: packageSid,
      client_secret: clientSecret,
      scope,
    }).toString(),
    dispatcher: inProcess,
  })
  accessToken = ((await answer.body.json()) as { access_token: string }).access_token
})

afterAll(async () => {
  await inProcess.close()
  await server.close()
  reportFigures('fuzz: fake request parsing', figures)
})

const ways: Record<Way, Send> = {
  dispatcher: (input) => sendWithUndici(input, inProcess),
  loopback: (input) => sendWithUndici(input, server.dispatcher),
  msw: async (input) => {
    const hasBody = input.method !== 'GET' && input.method !== 'HEAD'
    const response = await getResponse(
      [...server.handlers],
      new Request(input.url, {
        method: input.method,
        headers: input.headers,
        ...(hasBody ? { body: input.body } : {}),
      }),
    )
    if (response === undefined) throw new Error('msw left the request unhandled')
    await response.arrayBuffer()
    return response.status
  },
}

async function sendWithUndici(input: RandomRequest, dispatcher: Dispatcher): Promise<number> {
  const response = await request(input.url, {
    method: input.method as Dispatcher.HttpMethod,
    headers: input.headers,
    body: input.method === 'GET' || input.method === 'HEAD' ? null : input.body,
    dispatcher,
  })
  await response.body.dump()
  return response.statusCode
}

/** Whether WNS must accept the request, judged by the core's own checks. */
function isValidNotificationRequest(input: RandomRequest): boolean {
  if (input.url !== channelUri) return false
  if (input.headers.authorization !== `Bearer ${accessToken}`) return false
  if (input.method === 'DELETE')
    return parseMatchHeader(input.headers['x-wns-match'] ?? '') !== undefined
  if (input.method !== 'POST') return false
  const parsed = parseWnsRequestHeaders(input.headers)
  if (!parsed.ok || input.body.byteLength > WNS_MAX_PAYLOAD_BYTES) return false
  if (parsed.value.type === 'raw') return true
  let xml: string
  try {
    xml = new TextDecoder('utf-8', { fatal: true }).decode(input.body)
  } catch {
    return false
  }
  return validateNotificationXml(parsed.value.type, xml).valid
}

async function expectStillAnswering(send: Send): Promise<void> {
  const before = server.received(channelUri).length
  const status = await send({
    method: 'POST',
    url: channelUri,
    headers: {
      authorization: `Bearer ${accessToken}`,
      'x-wns-type': 'wns/badge',
      'content-type': 'text/xml',
    },
    body: new TextEncoder().encode('<badge value="1"/>'),
  })
  expect(status).toBe(200)
  expect(server.received(channelUri).length).toBe(before + 1)
}

describe.each([
  ['dispatcher', 300],
  ['msw', 300],
  ['loopback', 60],
] as const)('random requests through the %s way in', (way, numRuns) => {
  const send = ways[way]

  it('answers a notification request with 200 exactly when it is valid, else with a 4xx', async () => {
    await fc.assert(
      fc.asyncProperty(randomNotificationRequest({ channelUri, accessToken }), async (input) => {
        figures.runs += 1
        const before = server.received(channelUri).length
        const status = await send(input)
        const valid = isValidNotificationRequest(input)
        const delivered = server.received(channelUri).length - before
        if (valid) {
          figures.accepted += 1
          expect(status).toBe(200)
          expect(delivered).toBe(1)
        } else {
          figures.refused += 1
          expect(status).toBeGreaterThanOrEqual(400)
          expect(status).toBeLessThan(500)
          expect(delivered).toBe(0)
        }
      }),
      { numRuns },
    )
    await expectStillAnswering(send)
  })

  it('answers a token request without the right secret with a 4xx, never a token', async () => {
    const { packageSid } = server.defaultApp
    const tokensBefore = server.stats().tokensIssued
    await fc.assert(
      fc.asyncProperty(randomTokenRequest([packageSid, 'ms-app://s-1-15-2-0']), async (input) => {
        figures.runs += 1
        figures.refused += 1
        const status = await send(input)
        expect(status).toBeGreaterThanOrEqual(400)
        expect(status).toBeLessThan(500)
      }),
      { numRuns: Math.ceil(numRuns / 3) },
    )
    expect(server.stats().tokensIssued).toBe(tokensBefore)
    await expectStillAnswering(send)
  })
})

describe('raw bytes over TLS to the loopback server', () => {
  const line = fc.stringMatching(/^[ -~]{0,40}$/)
  const rawRequest = fc.oneof(
    fc.uint8Array({ minLength: 1, maxLength: 200 }),
    fc
      .tuple(
        fc.constantFrom('POST', 'GET', 'BREW', 'P0ST', ''),
        fc.constantFrom('/?token=x', '*', 'http://evil.example/', '/%zz', ''),
        fc.constantFrom('HTTP/1.1', 'HTTP/1.0', 'HTTP/9.9', 'HTTP/1.1 x'),
        fc.array(line, { maxLength: 5 }),
        fc.constantFrom(
          'Content-Length: 5',
          'Content-Length: -1',
          'Transfer-Encoding: chunked',
          '',
        ),
        line,
      )
      .map(([method, target, version, headers, framing, body]) =>
        new TextEncoder().encode(
          `${method} ${target} ${version}\r\nHost: db5.notify.windows.com\r\n${headers.join('\r\n')}\r\n${framing}\r\n\r\n${body}`,
        ),
      ),
  )

  it('answers garbage with a 4xx or closes the connection, and keeps serving', async () => {
    await fc.assert(
      fc.asyncProperty(rawRequest, async (bytes) => {
        figures.rawTlsRuns += 1
        const answer = await exchangeRaw(bytes)
        // Nothing, or an HTTP answer that is a 4xx (the parser's 400, or a refusal of the fake).
        expect(answer === '' || /^HTTP\/1\.1 4\d\d /.test(answer)).toBe(true)
      }),
      { numRuns: 40 },
    )
    await expectStillAnswering(ways.loopback)
  })
})

/** Writes `bytes` on a fresh TLS connection, half-closes, and returns what came back. */
function exchangeRaw(bytes: Uint8Array): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect({
      host: server.host,
      port: server.port,
      servername: 'db5.notify.windows.com',
      ca: server.ca,
    })
    const chunks: Buffer[] = []
    const timer = setTimeout(() => socket.destroy(), 2_000)
    socket.on('secureConnect', () => socket.end(bytes))
    socket.on('data', (chunk: Buffer) => chunks.push(chunk))
    socket.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code !== 'ECONNRESET' && error.code !== 'EPIPE') reject(error)
    })
    socket.on('close', () => {
      clearTimeout(timer)
      resolve(Buffer.concat(chunks).toString('latin1'))
    })
  })
}
