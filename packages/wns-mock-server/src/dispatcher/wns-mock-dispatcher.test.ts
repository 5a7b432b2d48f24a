import { Readable } from 'node:stream'
import { fetch, interceptors, MockAgent, request } from 'undici'
import { describe, expect, it } from 'vitest'
import { createWnsMock } from '../mock/create-wns-mock'
import type { WnsMock } from '../mock/wns-mock'

const BADGE = '<badge value="3"/>'

async function tokenOf(mock: WnsMock): Promise<string> {
  const { body } = await request(mock.defaultApp.tokenUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({
      grant_type: 'client_credentials',
      client_id: mock.defaultApp.packageSid,
      client_secret: mock.defaultApp.clientSecret,
      scope: mock.defaultApp.scope,
    }).toString(),
    dispatcher: mock.dispatcher,
  })
  return ((await body.json()) as { access_token: string }).access_token
}

async function setup() {
  const mock = createWnsMock()
  const uri = mock.createChannel()
  const headers = {
    authorization: `Bearer ${await tokenOf(mock)}`,
    'x-wns-type': 'wns/badge',
    'content-type': 'text/xml',
  }
  return { mock, uri, headers }
}

describe('WnsMockDispatcher', () => {
  it('answers undici.fetch', async () => {
    const { mock, uri, headers } = await setup()
    const response = await fetch(uri, {
      method: 'POST',
      headers,
      body: BADGE,
      dispatcher: mock.dispatcher,
    })
    expect(response.status).toBe(200)
    expect(response.headers.get('x-wns-status')).toBe('received')
    expect(mock.received(uri)).toHaveLength(1)
  })

  it('answers a new-style handler (onRequestStart … onResponseEnd)', async () => {
    const { mock, uri, headers } = await setup()
    const seen: { status?: number; headers?: Record<string, unknown>; ended?: boolean } = {}
    await new Promise<void>((resolve, reject) => {
      mock.dispatcher.dispatch(
        {
          origin: new URL(uri).origin,
          path: uri.slice(new URL(uri).origin.length),
          method: 'POST',
          headers,
          body: BADGE,
        },
        {
          onRequestStart() {},
          onResponseStart(_controller, statusCode, responseHeaders) {
            seen.status = statusCode
            seen.headers = responseHeaders
          },
          onResponseData() {},
          onResponseEnd() {
            seen.ended = true
            resolve()
          },
          onResponseError(_controller, error) {
            reject(error)
          },
        },
      )
    })
    expect(seen).toMatchObject({
      status: 200,
      ended: true,
      headers: { 'x-wns-status': 'received' },
    })
  })

  it('works behind undici interceptors (retry on an injected 503)', async () => {
    const { mock, uri, headers } = await setup()
    const fault = mock.injectFaults({ status: 503, next: 1 })
    const dispatcher = mock
      .createDispatcher()
      .compose(interceptors.retry({ methods: ['POST'], minTimeout: 1, maxRetries: 2 }))
    const response = await request(uri, { method: 'POST', headers, body: BADGE, dispatcher })
    expect(response.statusCode).toBe(200)
    expect(fault.hits).toBe(1)
    expect(mock.stats().byStatus).toEqual({ 200: 1, 503: 1 })
  })

  it.each([
    ['a Uint8Array', () => new TextEncoder().encode(BADGE)],
    ['a Buffer', () => Buffer.from(BADGE)],
  ])('reads %s body', async (_label, body) => {
    const { mock, uri, headers } = await setup()
    const response = await request(uri, {
      method: 'POST',
      headers,
      body: body(),
      dispatcher: mock.dispatcher,
    })
    expect(response.statusCode).toBe(200)
    expect(mock.received(uri)[0]?.body).toBe(BADGE)
  })

  it('refuses a stream body sent chunked, as WNS does, and accepts it with Content-Length', async () => {
    const { mock, uri, headers } = await setup()
    const chunked = await request(uri, {
      method: 'POST',
      headers,
      body: Readable.from([Buffer.from('<badge '), Buffer.from('value="3"/>')]),
      dispatcher: mock.dispatcher,
    })
    expect(chunked.statusCode).toBe(400)
    expect(chunked.headers['x-wns-error-description']).toMatch(/chunked/i)
    const sized = await request(uri, {
      method: 'POST',
      headers: { ...headers, 'content-length': String(BADGE.length) },
      body: Readable.from([Buffer.from('<badge '), Buffer.from('value="3"/>')]),
      dispatcher: mock.dispatcher,
    })
    expect(sized.statusCode).toBe(200)
    expect(mock.received(uri)[0]?.body).toBe(BADGE)
  })

  it('fails a request to a host it does not serve like a refused connection', async () => {
    const mock = createWnsMock()
    await expect(
      request('https://example.com/', { dispatcher: mock.dispatcher }),
    ).rejects.toMatchObject({ code: 'ECONNREFUSED' })
  })

  it('sends other hosts to a fallback dispatcher when given one', async () => {
    const mock = createWnsMock()
    const fallback = new MockAgent()
    fallback.disableNetConnect()
    fallback.get('https://example.com').intercept({ path: '/' }).reply(204)
    const response = await request('https://example.com/', {
      dispatcher: mock.createDispatcher({ fallback }),
    })
    expect(response.statusCode).toBe(204)
  })

  it('fails with the abort reason when the caller aborts during latency', async () => {
    const { mock, uri, headers } = await setup()
    mock.injectFaults({ latencyMs: 200 })
    const controller = new AbortController()
    const pending = request(uri, {
      method: 'POST',
      headers,
      body: BADGE,
      dispatcher: mock.dispatcher,
      signal: controller.signal,
    })
    controller.abort()
    await expect(pending).rejects.toMatchObject({ name: 'AbortError' })
  })

  it('refuses new requests after close() and lets requests in flight finish', async () => {
    const { mock, uri, headers } = await setup()
    mock.injectFaults({ latencyMs: 20, next: 1 })
    const inFlight = request(uri, {
      method: 'POST',
      headers,
      body: BADGE,
      dispatcher: mock.dispatcher,
    })
    await new Promise((resolve) => setImmediate(resolve))
    const closed = mock.dispatcher.close()
    await expect(
      request(uri, { method: 'POST', headers, body: BADGE, dispatcher: mock.dispatcher }),
    ).rejects.toMatchObject({ code: 'UND_ERR_CLOSED' })
    expect((await inFlight).statusCode).toBe(200)
    await closed
  })

  it('fails requests in flight on destroy()', async () => {
    const { mock, uri, headers } = await setup()
    mock.injectFaults({ latencyMs: 20 })
    const inFlight = request(uri, {
      method: 'POST',
      headers,
      body: BADGE,
      dispatcher: mock.dispatcher,
    })
    await new Promise((resolve) => setImmediate(resolve))
    await Promise.all([
      mock.dispatcher.destroy(),
      expect(inFlight).rejects.toMatchObject({ code: 'UND_ERR_DESTROYED' }),
    ])
  })

  it('fails a reset like a closed socket (UND_ERR_SOCKET)', async () => {
    const { mock, uri, headers } = await setup()
    mock.injectFaults({ kind: 'reset', next: 1 })
    await expect(
      request(uri, { method: 'POST', headers, body: BADGE, dispatcher: mock.dispatcher }),
    ).rejects.toMatchObject({ code: 'UND_ERR_SOCKET' })
  })

  it('sends the headers of a truncated answer, then fails the body (UND_ERR_SOCKET)', async () => {
    const { mock, uri, headers } = await setup()
    mock.injectFaults({ kind: 'truncate', next: 1 })
    const response = await request(uri, {
      method: 'POST',
      headers,
      body: BADGE,
      dispatcher: mock.dispatcher,
    })
    expect(response.statusCode).toBe(200)
    await expect(response.body.arrayBuffer()).rejects.toMatchObject({ code: 'UND_ERR_SOCKET' })
  })
})
