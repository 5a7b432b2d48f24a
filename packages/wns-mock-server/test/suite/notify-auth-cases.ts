import { describe, expect, it } from 'vitest'
import { PAYLOADS, type SuiteContext, text } from './suite-context'

const INVALID_TOKEN = 'Bearer error="invalid_request",error_description="Invalid token"'
const EXPIRED_TOKEN = 'Bearer error="invalid_request",error_description="Token expired"'

/** Accepting notifications, bearer tokens, channels and channel states. */
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

  describe('notification endpoint: channels', () => {
    it('answers an unknown channel with 404', async () => {
      const response = await ctx.notify(
        'https://db5.notify.windows.com/?token=AwYAAADnotachannel',
        await ctx.token(),
        'badge',
      )
      expect(response.status).toBe(404)
    })

    it('answers a re-encoded channel token with 404 (the URI is a black box)', async () => {
      const uri = ctx.mock.createChannel()
      // Same token once decoded (%41 is "A"), different bytes on the wire.
      const rewritten = uri.replace('?token=A', '?token=%41')
      expect(rewritten).not.toBe(uri)
      const response = await ctx.notify(rewritten, await ctx.token(), 'badge')
      expect(response.status).toBe(404)
    })

    it('issues channel URIs of realistic shape and length', () => {
      const uri = ctx.mock.createChannel({ region: 'hk2' })
      expect(uri).toMatch(/^https:\/\/hk2\.notify\.windows\.com\/\?token=AwYAAAD[A-Za-z0-9%]+$/)
      expect(uri.length).toBeGreaterThanOrEqual(190)
      expect(uri.length).toBeLessThanOrEqual(215)
    })

    it('answers an expired channel with 410', async () => {
      const uri = ctx.mock.createChannel({ state: 'expired' })
      const response = await ctx.notify(uri, await ctx.token(), 'badge')
      expect(response.status).toBe(410)
      expect(response.headers['x-wns-error-description']).toBeTruthy()
    })

    it('expires channels after 30 days on the mock clock', async () => {
      const uri = ctx.mock.createChannel()
      ctx.clock.advance(30 * 24 * 60 * 60 * 1000 - 1)
      expect((await ctx.notify(uri, await ctx.token(), 'badge')).status).toBe(200)
      ctx.clock.advance(1)
      expect((await ctx.notify(uri, await ctx.token(), 'badge')).status).toBe(410)
    })

    it('answers a revoked channel with 410 and X-WNS-Status revoked', async () => {
      const uri = ctx.mock.createChannel()
      ctx.mock.setChannelState(uri, 'revoked')
      const response = await ctx.notify(uri, await ctx.token(), 'badge')
      expect(response.status).toBe(410)
      expect(response.headers['x-wns-status']).toBe('revoked')
    })

    it('answers an invalid channel with 404', async () => {
      const uri = ctx.mock.createChannel()
      ctx.mock.setChannelState(uri, 'invalid')
      expect((await ctx.notify(uri, await ctx.token(), 'badge')).status).toBe(404)
    })

    it('answers a throttled channel with 406, channelthrottled and Retry-After', async () => {
      const uri = ctx.mock.createChannel()
      ctx.mock.setChannelState(uri, 'throttled', { retryAfterSeconds: 120 })
      const response = await ctx.notify(uri, await ctx.token(), 'badge')
      expect(response.status).toBe(406)
      expect(response.headers['x-wns-status']).toBe('channelthrottled')
      expect(response.headers['retry-after']).toBe('120')
    })

    it('answers again once a throttled channel is active', async () => {
      const uri = ctx.mock.createChannel({ state: 'throttled' })
      const token = await ctx.token()
      expect((await ctx.notify(uri, token, 'badge')).status).toBe(406)
      ctx.mock.setChannelState(uri, 'active')
      expect((await ctx.notify(uri, token, 'badge')).status).toBe(200)
    })

    it.each(['GET', 'PUT', 'PATCH'])('answers %s with 405 and Allow', async (method) => {
      const uri = ctx.mock.createChannel()
      const response = await ctx.send({
        method,
        url: uri,
        headers: { authorization: `Bearer ${await ctx.token()}` },
        ...(method === 'GET' ? {} : { body: PAYLOADS.badge }),
      })
      expect(response.status).toBe(405)
      expect(response.headers.allow).toBe('POST, DELETE')
    })

    it('answers DELETE with a valid X-WNS-Match with 200', async () => {
      const uri = ctx.mock.createChannel()
      const response = await ctx.send({
        method: 'DELETE',
        url: uri,
        headers: {
          authorization: `Bearer ${await ctx.token()}`,
          'x-wns-match': 'type:wns/toast;group=chat;tag=42',
        },
      })
      expect(response.status).toBe(200)
      expect(ctx.mock.received(uri)).toMatchObject([{ method: 'DELETE', type: 'toast', body: '' }])
    })

    it.each([
      ['no X-WNS-Match', undefined],
      ['a malformed X-WNS-Match', 'type:wns/tile;tag=1'],
    ])('answers DELETE with %s with 400', async (_label, match) => {
      const uri = ctx.mock.createChannel()
      const response = await ctx.send({
        method: 'DELETE',
        url: uri,
        headers: {
          authorization: `Bearer ${await ctx.token()}`,
          ...(match === undefined ? {} : { 'x-wns-match': match }),
        },
      })
      expect(response.status).toBe(400)
      expect(text(response)).toBe('')
    })
  })
}
