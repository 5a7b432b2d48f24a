import { describe, expect, it } from 'vitest'
import type { SuiteContext } from './suite-context'

const tile = (text: string) =>
  `<tile><visual><binding template="TileMedium"><text>${text}</text></binding></visual></tile>`

/** Offline devices: what WNS keeps, drops and delivers later. */
export function offlineCases(ctx: SuiteContext): void {
  describe('offline channels', () => {
    const offlineChannel = () => ctx.mock.createChannel({ state: 'offline' })

    it('accepts a toast for an offline device, reports it disconnected and delivers it later', async () => {
      const uri = offlineChannel()
      const response = await ctx.notify(uri, await ctx.token(), 'toast', {
        headers: { 'x-wns-requestforstatus': 'true' },
      })
      expect(response.status).toBe(200)
      expect(response.headers['x-wns-status']).toBe('received')
      expect(response.headers['x-wns-deviceconnectionstatus']).toBe('disconnected')
      expect(ctx.mock.received(uri)).toHaveLength(0)
      expect(ctx.mock.pending(uri)).toHaveLength(1)
      ctx.clock.advance(5_000)
      ctx.mock.setChannelState(uri, 'active')
      expect(ctx.mock.pending(uri)).toHaveLength(0)
      expect(ctx.mock.received(uri)).toMatchObject([
        { type: 'toast', receivedAt: ctx.clock.now - 5_000, deliveredAt: ctx.clock.now },
      ])
    })

    it('drops a raw notification for an offline device unless it asks to be cached', async () => {
      const uri = offlineChannel()
      const token = await ctx.token()
      const dropped = await ctx.notify(uri, token, 'raw')
      expect(dropped.status).toBe(200)
      expect(dropped.headers['x-wns-status']).toBe('dropped')
      expect(dropped.headers['x-wns-notificationstatus']).toBe('dropped')
      const cached = await ctx.notify(uri, token, 'raw', {
        headers: { 'x-wns-cache-policy': 'cache' },
      })
      expect(cached.headers['x-wns-status']).toBe('received')
      expect(ctx.mock.pending(uri)).toHaveLength(1)
      expect(ctx.mock.stats()).toMatchObject({ dropped: 1, cached: 1 })
    })

    it('drops a tile sent with X-WNS-Cache-Policy no-cache', async () => {
      const uri = offlineChannel()
      const response = await ctx.notify(uri, await ctx.token(), 'tile', {
        headers: { 'x-wns-cache-policy': 'no-cache' },
      })
      expect(response.headers['x-wns-status']).toBe('dropped')
      expect(ctx.mock.pending(uri)).toHaveLength(0)
    })

    it('keeps only the latest badge', async () => {
      const uri = offlineChannel()
      const token = await ctx.token()
      for (const value of ['1', '2', '3'])
        await ctx.notify(uri, token, 'badge', { body: `<badge value="${value}"/>` })
      expect(ctx.mock.pending(uri).map((n) => n.body)).toEqual(['<badge value="3"/>'])
    })

    it('keeps a queue of the latest five tiles', async () => {
      const uri = offlineChannel()
      const token = await ctx.token()
      for (let i = 1; i <= 7; i++) await ctx.notify(uri, token, 'tile', { body: tile(`t${i}`) })
      expect(ctx.mock.pending(uri).map((n) => n.body)).toEqual(
        [3, 4, 5, 6, 7].map((i) => tile(`t${i}`)),
      )
    })

    it('replaces a queued tile that has the same tag', async () => {
      const uri = offlineChannel()
      const token = await ctx.token()
      await ctx.notify(uri, token, 'tile', { body: tile('a1'), headers: { 'x-wns-tag': 'a' } })
      await ctx.notify(uri, token, 'tile', { body: tile('b1'), headers: { 'x-wns-tag': 'b' } })
      await ctx.notify(uri, token, 'tile', { body: tile('a2'), headers: { 'x-wns-tag': 'a' } })
      expect(ctx.mock.pending(uri).map((n) => n.body)).toEqual([tile('b1'), tile('a2')])
    })

    it('does not deliver a cached tile whose X-WNS-TTL ran out while offline', async () => {
      const uri = offlineChannel()
      const token = await ctx.token()
      await ctx.notify(uri, token, 'tile', { body: tile('short'), headers: { 'x-wns-ttl': '60' } })
      await ctx.notify(uri, token, 'badge')
      ctx.clock.advance(61_000)
      ctx.mock.setChannelState(uri, 'active')
      expect(ctx.mock.received(uri).map((n) => n.type)).toEqual(['badge'])
      expect(ctx.mock.stats()).toMatchObject({ expired: 1, delivered: 1 })
    })

    it('lets tiles expire after three days without X-WNS-TTL', async () => {
      const uri = offlineChannel()
      await ctx.notify(uri, await ctx.token(), 'tile')
      ctx.clock.advance(3 * 24 * 60 * 60 * 1000)
      ctx.mock.setChannelState(uri, 'active')
      expect(ctx.mock.received(uri)).toHaveLength(0)
    })

    it('drops a notification with X-WNS-TTL 0 for an offline device', async () => {
      const uri = offlineChannel()
      const response = await ctx.notify(uri, await ctx.token(), 'toast', {
        headers: { 'x-wns-ttl': '0' },
      })
      expect(response.headers['x-wns-status']).toBe('dropped')
    })

    it('delivers straight away to an online device, whatever the cache policy', async () => {
      const uri = ctx.mock.createChannel()
      const response = await ctx.notify(uri, await ctx.token(), 'raw', {
        headers: { 'x-wns-cache-policy': 'no-cache' },
      })
      expect(response.headers['x-wns-status']).toBe('received')
      expect(ctx.mock.received(uri)).toHaveLength(1)
    })
  })
}
