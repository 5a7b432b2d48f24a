import { describe, expect, it } from 'vitest'
import { PAYLOADS, type SuiteContext } from './suite-context'

const INVALID_TOKEN = 'Bearer error="invalid_request",error_description="Invalid token"'
const EXPIRED_TOKEN = 'Bearer error="invalid_request",error_description="Token expired"'

/** Accepting notifications, and bearer tokens. */
export function notifyAuthCases(ctx: SuiteContext): void {
  describe('notification endpoint: acceptance', () => {
    it('accepts a toast with X-WNS-Status, its legacy twin and a short X-WNS-Msg-ID', async () => {
      const uri = ctx.mock.createChannel()
      const response = await ctx.notify(uri, await ctx.token(), 'toast')
      expect(response.status).toBe(200)
      expect(response.headers['x-wns-status']).toBe('received')
      expect(response.headers['x-wns-notificationstatus']).toBe('received')
      expect(response.headers['x-wns-msg-id']).toMatch(/^[0-9A-F]{1,16}$/)
      expect(response.headers['x-wns-deviceconnectionstatus']).toBeUndefined()
      expect(response.body.byteLength).toBe(0)
    })

    it('records what it accepted: type, lower-case headers without the token, body, time, msg id', async () => {
      const uri = ctx.mock.createChannel()
      const token = await ctx.token()
      const response = await ctx.notify(uri, token, 'toast', { headers: { 'X-WNS-Tag': 'cfg' } })
      const [received, ...rest] = ctx.mock.received(uri)
      expect(rest).toHaveLength(0)
      expect(received).toMatchObject({
        type: 'toast',
        method: 'POST',
        body: PAYLOADS.toast,
        receivedAt: ctx.clock.now,
        deliveredAt: ctx.clock.now,
        msgId: response.headers['x-wns-msg-id'],
        appId: ctx.mock.defaultApp.id,
      })
      expect(received?.headers).toMatchObject({
        'x-wns-type': 'wns/toast',
        'x-wns-tag': 'cfg',
        authorization: 'Bearer [REDACTED]',
      })
      expect(JSON.stringify(received?.headers)).not.toContain(token)
    })

    it.each(['tile', 'badge'] as const)('accepts a %s', async (type) => {
      const uri = ctx.mock.createChannel()
      const response = await ctx.notify(uri, await ctx.token(), type)
      expect(response.status).toBe(200)
      expect(ctx.mock.received(uri).map((n) => n.type)).toEqual([type])
    })

    it('keeps a raw body as the exact bytes sent, even when they are not UTF-8', async () => {
      const uri = ctx.mock.createChannel()
      const response = await ctx.notify(uri, await ctx.token(), 'raw')
      expect(response.status).toBe(200)
      const body = ctx.mock.received(uri)[0]?.body
      expect(body).toBeInstanceOf(Uint8Array)
      expect([...(body as Uint8Array)]).toEqual([...PAYLOADS.raw])
    })

    it('reports X-WNS-DeviceConnectionStatus only when asked for', async () => {
      const uri = ctx.mock.createChannel()
      const response = await ctx.notify(uri, await ctx.token(), 'badge', {
        headers: { 'x-wns-requestforstatus': 'true' },
      })
      expect(response.headers['x-wns-deviceconnectionstatus']).toBe('connected')
    })

    it('echoes MS-CV', async () => {
      const uri = ctx.mock.createChannel()
      const response = await ctx.notify(uri, await ctx.token(), 'badge', {
        headers: { 'ms-cv': 'abc123.1' },
      })
      expect(response.headers['ms-cv']).toBe('abc123.1')
    })

    it('gives every accepted notification its own msg id', async () => {
      const uri = ctx.mock.createChannel()
      const token = await ctx.token()
      await ctx.notify(uri, token, 'badge')
      await ctx.notify(uri, token, 'badge')
      const [first, second] = ctx.mock.received(uri)
      expect(first?.msgId).not.toBe(second?.msgId)
    })

    it('accepts notifications from an Entra app on its own channels', async () => {
      const app = ctx.mock.registerEntraApp()
      const uri = ctx.mock.createChannel({ app })
      const response = await ctx.notify(uri, await ctx.token(app), 'toast')
      expect(response.status).toBe(200)
      expect(ctx.mock.received(uri)[0]?.appId).toBe(app.id)
    })
  })

  describe('notification endpoint: bearer token', () => {
    it('answers a missing Authorization header with 401 and WWW-Authenticate', async () => {
      const uri = ctx.mock.createChannel()
      const response = await ctx.send({
        url: uri,
        headers: { 'x-wns-type': 'wns/badge', 'content-type': 'text/xml' },
        body: PAYLOADS.badge,
      })
      expect(response.status).toBe(401)
      expect(response.headers['www-authenticate']).toBe(INVALID_TOKEN)
    })

    it('answers a non-bearer Authorization header with 401', async () => {
      const uri = ctx.mock.createChannel()
      const response = await ctx.notify(uri, 'x', 'badge', {
        headers: { authorization: 'Basic Zm9vOmJhcg==' },
      })
      expect(response.status).toBe(401)
      expect(response.headers['www-authenticate']).toBe(INVALID_TOKEN)
    })

    it('answers a token it never issued with 401 "Invalid token"', async () => {
      const uri = ctx.mock.createChannel()
      const response = await ctx.notify(uri, 'made-up-token', 'badge')
      expect(response.status).toBe(401)
      expect(response.headers['www-authenticate']).toBe(INVALID_TOKEN)
      expect(ctx.mock.received(uri)).toHaveLength(0)
    })

    it('answers every token issued before expireTokens() with 401 "Token expired"', async () => {
      const uri = ctx.mock.createChannel()
      const old = await ctx.token()
      ctx.mock.expireTokens()
      const refused = await ctx.notify(uri, old, 'badge')
      expect(refused.status).toBe(401)
      expect(refused.headers['www-authenticate']).toBe(EXPIRED_TOKEN)
      const fresh = await ctx.notify(uri, await ctx.token(), 'badge')
      expect(fresh.status).toBe(200)
    })

    it('expires tokens after the app token lifetime on the mock clock', async () => {
      const app = ctx.mock.registerApp({ tokenTtlSeconds: 60 })
      const uri = ctx.mock.createChannel({ app })
      const token = await ctx.token(app)
      ctx.clock.advance(59_000)
      expect((await ctx.notify(uri, token, 'badge')).status).toBe(200)
      ctx.clock.advance(1_000)
      const expired = await ctx.notify(uri, token, 'badge')
      expect(expired.status).toBe(401)
      expect(expired.headers['www-authenticate']).toBe(EXPIRED_TOKEN)
    })

    it("answers another app's token with 403", async () => {
      const other = ctx.mock.registerApp()
      const uri = ctx.mock.createChannel({ app: ctx.mock.defaultApp })
      const response = await ctx.notify(uri, await ctx.token(other), 'badge')
      expect(response.status).toBe(403)
      expect(ctx.mock.received(uri)).toHaveLength(0)
    })
  })
}
