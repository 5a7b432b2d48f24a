import { describe, expect, it } from 'vitest'
import { PAYLOADS, type SuiteContext, text } from './suite-context'

/** Channels: unknown, re-encoded, expired, revoked, invalid, throttled; methods and DELETE. */
export function notifyChannelCases(ctx: SuiteContext): void {
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
