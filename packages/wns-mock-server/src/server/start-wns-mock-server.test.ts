import { request as httpsRequest } from 'node:https'
import { connect } from 'node:tls'
import { fetch, request } from 'undici'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createMockServerAgent } from './create-mock-server-agent'
import { startWnsMockServer, type WnsMockServer } from './start-wns-mock-server'

const BADGE = '<badge value="1"/>'

describe('startWnsMockServer', () => {
  let server: WnsMockServer
  let token: string

  beforeAll(async () => {
    server = await startWnsMockServer()
    const { body } = await request(server.defaultApp.tokenUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({
        grant_type: 'client_credentials',
        client_id: server.defaultApp.packageSid,
        client_secret: server.defaultApp.clientSecret,
        scope: 'notify.windows.com',
      }).toString(),
      dispatcher: server.dispatcher,
    })
    token = ((await body.json()) as { access_token: string }).access_token
  })
  afterAll(() => server.close())

  const headers = () => ({
    authorization: `Bearer ${token}`,
    'x-wns-type': 'wns/badge',
    'content-type': 'text/xml',
  })

  it('listens on loopback and reports where', () => {
    expect(server.host).toBe('127.0.0.1')
    expect(server.port).toBeGreaterThan(0)
    expect(server.url).toBe(`https://127.0.0.1:${server.port}`)
    expect(server.ca).toMatch(/^-----BEGIN CERTIFICATE-----/)
  })

  it('exposes the control API of its mock', async () => {
    const uri = server.createChannel()
    const response = await request(uri, {
      method: 'POST',
      headers: headers(),
      body: BADGE,
      dispatcher: server.dispatcher,
    })
    expect(response.statusCode).toBe(200)
    expect(server.received(uri)).toHaveLength(1)
  })

  it('answers undici.fetch through its agent', async () => {
    const uri = server.createChannel()
    const response = await fetch(uri, {
      method: 'POST',
      headers: headers(),
      body: BADGE,
      dispatcher: server.dispatcher,
    })
    expect(response.headers.get('x-wns-status')).toBe('received')
  })

  it('answers a node:https client that trusts its CA and sets SNI and Host itself', async () => {
    const uri = new URL(server.createChannel())
    const status = await new Promise<number | undefined>((resolve, reject) => {
      const outgoing = httpsRequest(
        {
          host: server.host,
          port: server.port,
          servername: uri.hostname,
          ca: server.ca,
          method: 'POST',
          path: uri.pathname + uri.search,
          headers: { ...headers(), host: uri.hostname, 'content-length': BADGE.length },
        },
        (incoming) => {
          incoming.resume()
          resolve(incoming.statusCode)
        },
      )
      outgoing.on('error', reject)
      outgoing.end(BADGE)
    })
    expect(status).toBe(200)
  })

  it('presents a certificate valid for the WNS hosts and no other', async () => {
    const check = (servername: string) =>
      new Promise<string>((resolve) => {
        const socket = connect({ host: server.host, port: server.port, servername, ca: server.ca })
        socket.once('secureConnect', () => {
          socket.end()
          resolve('trusted')
        })
        socket.once('error', (error: NodeJS.ErrnoException) => resolve(error.code ?? 'error'))
      })
    expect(await check('login.live.com')).toBe('trusted')
    expect(await check('login.microsoftonline.com')).toBe('trusted')
    expect(await check('db5.notify.windows.com')).toBe('trusted')
    expect(await check('notify.windows.com')).toBe('trusted')
    expect(await check('example.com')).toBe('ERR_TLS_CERT_ALTNAME_INVALID')
  })

  it('is reachable from an agent built from host, port and CA alone (another process)', async () => {
    const agent = createMockServerAgent({ host: server.host, port: server.port, ca: server.ca })
    try {
      const uri = server.createChannel()
      const response = await request(uri, {
        method: 'POST',
        headers: headers(),
        body: BADGE,
        dispatcher: agent,
      })
      expect(response.statusCode).toBe(200)
    } finally {
      await agent.close()
    }
  })

  it('closes the socket without an answer on a reset fault', async () => {
    const uri = server.createChannel()
    server.injectFaults({ kind: 'reset', next: 1 })
    await expect(
      request(uri, {
        method: 'POST',
        headers: headers(),
        body: BADGE,
        dispatcher: server.dispatcher,
      }),
    ).rejects.toMatchObject({ code: 'UND_ERR_SOCKET' })
  })

  it('sends headers and part of the body, then closes, on a truncate fault', async () => {
    const uri = server.createChannel()
    server.injectFaults({ kind: 'truncate', next: 1 })
    const response = await request(uri, {
      method: 'POST',
      headers: headers(),
      body: BADGE,
      dispatcher: server.dispatcher,
    })
    expect(response.statusCode).toBe(200)
    await expect(response.body.text()).rejects.toMatchObject({ code: 'UND_ERR_SOCKET' })
  })

  it('refuses to listen on a non-loopback address', async () => {
    await expect(startWnsMockServer({ host: '0.0.0.0' })).rejects.toMatchObject({
      code: 'INVALID_OPTIONS',
      field: 'startWnsMockServer.options.host',
    })
  })

  it('closes open connections and stops answering on close()', async () => {
    const other = await startWnsMockServer()
    const agent = createMockServerAgent({ host: other.host, port: other.port, ca: other.ca })
    const uri = other.createChannel()
    const first = await request(uri, { method: 'POST', body: BADGE, dispatcher: agent })
    await first.body.dump()
    expect(first.statusCode).toBe(401)
    await other.close()
    await expect(request(uri, { method: 'POST', body: BADGE, dispatcher: agent })).rejects.toThrow()
    await agent.close()
  })
})
