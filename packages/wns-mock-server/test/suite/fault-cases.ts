import { describe, expect, it } from 'vitest'
import type { SuiteContext } from './suite-context'

/** Injected faults and the counters. */
export function faultCases(ctx: SuiteContext): void {
  describe('fault injection', () => {
    it('answers the next request with an injected 503 and Retry-After, then recovers', async () => {
      const uri = ctx.mock.createChannel()
      const token = await ctx.token()
      const fault = ctx.mock.injectFaults({ status: 503, next: 1, retryAfterSeconds: 7 })
      const failed = await ctx.notify(uri, token, 'badge')
      expect(failed.status).toBe(503)
      expect(failed.headers['retry-after']).toBe('7')
      expect(fault).toMatchObject({ hits: 1, remaining: 0 })
      expect((await ctx.notify(uri, token, 'badge')).status).toBe(200)
      expect(ctx.mock.received(uri)).toHaveLength(1)
    })

    it('answers every request with 500 at rate 1 until the fault is cleared', async () => {
      const uri = ctx.mock.createChannel()
      const token = await ctx.token()
      const fault = ctx.mock.injectFaults({ status: 500, rate: 1 })
      expect((await ctx.notify(uri, token, 'badge')).status).toBe(500)
      expect((await ctx.notify(uri, token, 'badge')).status).toBe(500)
      fault.clear()
      expect((await ctx.notify(uri, token, 'badge')).status).toBe(200)
    })

    it('answers an injected 406 with appthrottled and a Retry-After', async () => {
      const uri = ctx.mock.createChannel()
      const token = await ctx.token()
      ctx.mock.injectFaults({ status: 406, next: 1 })
      const response = await ctx.notify(uri, token, 'badge')
      expect(response.status).toBe(406)
      expect(response.headers['x-wns-status']).toBe('appthrottled')
      expect(Number(response.headers['retry-after'])).toBeGreaterThan(0)
    })

    it('answers an injected 429 with Retry-After', async () => {
      const uri = ctx.mock.createChannel()
      const token = await ctx.token()
      ctx.mock.injectFaults({ status: 429, next: 1, retryAfterSeconds: 900 })
      const response = await ctx.notify(uri, token, 'badge')
      expect(response.status).toBe(429)
      expect(response.headers['retry-after']).toBe('900')
    })

    it('limits a channel-scoped fault to that channel', async () => {
      const hit = ctx.mock.createChannel()
      const spared = ctx.mock.createChannel()
      const token = await ctx.token()
      ctx.mock.injectFaults({ status: 406, channel: hit })
      const throttled = await ctx.notify(hit, token, 'badge')
      expect(throttled.status).toBe(406)
      expect(throttled.headers['x-wns-status']).toBe('channelthrottled')
      expect((await ctx.notify(spared, token, 'badge')).status).toBe(200)
    })

    it('injects faults on the token endpoint when asked', async () => {
      ctx.mock.injectFaults({ status: 503, next: 1, endpoint: 'token' })
      const response = await ctx.send({
        url: ctx.mock.defaultApp.tokenUrl,
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: 'grant_type=client_credentials',
      })
      expect(response.status).toBe(503)
      expect(await ctx.token()).toEqual(expect.any(String))
    })

    it('still answers correctly behind injected latency', async () => {
      const uri = ctx.mock.createChannel()
      const token = await ctx.token()
      const fault = ctx.mock.injectFaults({ latencyMs: 20, jitterMs: 5, next: 1 })
      expect((await ctx.notify(uri, token, 'badge')).status).toBe(200)
      expect(fault.hits).toBe(1)
    })

    it('fails the request without an answer on a reset, and does not process it', async () => {
      const uri = ctx.mock.createChannel()
      const token = await ctx.token()
      ctx.mock.injectFaults({ kind: 'reset', next: 1 })
      await expect(ctx.notify(uri, token, 'badge')).rejects.toThrow()
      expect(ctx.mock.received(uri)).toHaveLength(0)
      expect(ctx.mock.stats().connectionResets).toBe(1)
      expect((await ctx.notify(uri, token, 'badge')).status).toBe(200)
    })

    it('fails while reading a truncated answer, after processing the request', async () => {
      const uri = ctx.mock.createChannel()
      const token = await ctx.token()
      ctx.mock.injectFaults({ kind: 'truncate', next: 1 })
      await expect(ctx.notify(uri, token, 'badge')).rejects.toThrow()
      expect(ctx.mock.received(uri)).toHaveLength(1)
      expect(ctx.mock.stats().truncated).toBe(1)
    })
  })

  describe('stats and reset', () => {
    it('counts token requests, notification requests and answers by status', async () => {
      const uri = ctx.mock.createChannel()
      const token = await ctx.token()
      await ctx.notify(uri, token, 'badge')
      await ctx.notify(uri, 'bogus', 'badge')
      await ctx.notify(uri, token, 'badge', { headers: { 'x-wns-type': 'wns/nope' } })
      expect(ctx.mock.stats()).toMatchObject({
        tokenRequests: 1,
        tokensIssued: 1,
        notificationRequests: 3,
        byStatus: { 200: 1, 400: 1, 401: 1 },
        delivered: 1,
      })
    })

    it('forgets channels, apps, tokens, faults and counters on reset', async () => {
      const app = ctx.mock.registerApp()
      const uri = ctx.mock.createChannel({ app })
      const token = await ctx.token(app)
      ctx.mock.injectFaults({ status: 500 })
      ctx.mock.reset()
      expect(() => ctx.mock.received(uri)).toThrow(/not a channel of this mock/)
      expect(ctx.mock.stats()).toMatchObject({
        tokenRequests: 0,
        notificationRequests: 0,
        byStatus: {},
      })
      const fresh = ctx.mock.createChannel()
      expect((await ctx.notify(fresh, token, 'badge')).status).toBe(401)
      expect((await ctx.notify(fresh, await ctx.token(), 'badge')).status).toBe(200)
    })

    it('refuses requests to hosts it does not serve instead of reaching the network', async () => {
      await expect(ctx.send({ method: 'GET', url: 'https://example.invalid/' })).rejects.toThrow()
    })
  })
}
