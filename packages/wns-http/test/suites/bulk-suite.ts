import { createSeededRandom } from '@homepot/wns-core'
import type { WnsBulkItem, WnsBulkItemResult } from '@homepot/wns-http'
import { describe, expect, it } from 'vitest'
import { BADGE, type HarnessFactory, useHarness } from '../support/harness'

/** `sendMany()` and `sendStream()`. */
export function bulkSuite(factory: HarnessFactory): void {
  describe('bulk', () => {
    const fake = useHarness(factory, { random: createSeededRandom(20_240_605) })

    it('sends 10,000 with injected faults: 10,000 results in order, none twice, every 410 listed', async () => {
      const gone = new Set<string>()
      const invalid = new Set<string>()
      const items: WnsBulkItem[] = []
      for (let i = 0; i < 10_000; i++) {
        if (i % 997 === 0) {
          const uri = `https://attacker.example/${i}?token=x`
          invalid.add(uri)
          items.push({ channelUri: uri, notification: BADGE })
          continue
        }
        const channel = fake.mock.createChannel()
        if (i % 10 === 3) {
          fake.mock.setChannelState(channel, 'expired')
          gone.add(channel)
        }
        items.push({ channelUri: channel, notification: BADGE })
      }
      fake.mock.injectFaults({ status: 503, rate: 0.05 })
      fake.mock.injectFaults({ status: 500, rate: 0.02 })
      fake.mock.injectFaults({ kind: 'reset', rate: 0.01 })

      const client = fake.client({ retry: { maxAttempts: 8, baseDelayMs: 1, maxDelayMs: 4 } })
      const summary = await client.sendMany(items, { concurrency: 64 })

      expect(summary.results).toHaveLength(10_000)
      summary.results.forEach((result, index) => {
        expect(result.index).toBe(index)
        expect(result.channelUri).toBe(items[index]?.channelUri)
      })
      const delivered = 10_000 - gone.size - invalid.size
      expect(summary).toMatchObject({
        succeeded: delivered,
        failed: gone.size + invalid.size,
        countsByCode: { CHANNEL_GONE: gone.size, INVALID_CHANNEL_URI: invalid.size },
      })
      expect(new Set(summary.channelsToRemove)).toEqual(new Set([...gone, ...invalid]))
      for (const result of summary.results) {
        if (invalid.has(result.channelUri)) continue
        expect(fake.mock.received(result.channelUri)).toHaveLength(result.ok ? 1 : 0)
      }
      const stats = fake.mock.stats()
      expect(stats.byStatus[503]).toBeGreaterThan(0)
      expect(stats.connectionResets).toBeGreaterThan(0)
      expect(stats.tokenRequests).toBe(1)
    })

    it('takes an async iterable and reports progress for every item', async () => {
      const channels = Array.from({ length: 50 }, () => fake.mock.createChannel())
      async function* source() {
        for (const channelUri of channels) yield { channelUri, notification: BADGE }
      }
      const progress: number[] = []
      const summary = await fake.client().sendMany(source(), {
        concurrency: 8,
        onProgress: ({ completed }) => progress.push(completed),
      })
      expect(summary.results.map((r) => r.channelUri)).toEqual(channels)
      expect(summary.succeeded).toBe(50)
      expect(progress).toEqual(Array.from({ length: 50 }, (_, i) => i + 1))
    })

    it('turns each invalid item into a failed result and sends the rest', async () => {
      const good = fake.mock.createChannel()
      const items = [
        { channelUri: good, notification: BADGE },
        null,
        { channelUri: 'http://db5.notify.windows.com/?token=x', notification: BADGE },
        { channelUri: good, notification: 'not a notification' },
        { channelUri: good, notification: BADGE, options: { ttlSeconds: -5 } },
        { channelUri: good, notification: BADGE },
      ] as unknown as WnsBulkItem[]
      const summary = await fake.client().sendMany(items)
      expect(summary.results.map((r) => (r.ok ? 'ok' : r.error.code))).toEqual([
        'ok',
        'INVALID_PAYLOAD',
        'INVALID_CHANNEL_URI',
        'INVALID_PAYLOAD',
        'INVALID_OPTIONS',
        'ok',
      ])
      expect(fake.mock.received(good)).toHaveLength(2)
    })

    it('gives every item a result after an abort, ABORTED for those cut off', async () => {
      const channels = Array.from({ length: 300 }, () => fake.mock.createChannel())
      fake.mock.injectFaults({ latencyMs: 5 })
      const controller = new AbortController()
      const summary = await fake.client().sendMany(
        channels.map((channelUri) => ({ channelUri, notification: BADGE })),
        {
          concurrency: 10,
          signal: controller.signal,
          onProgress: ({ completed }) => {
            if (completed === 40) controller.abort()
          },
        },
      )
      expect(summary.results).toHaveLength(300)
      expect(summary.succeeded).toBeGreaterThanOrEqual(40)
      expect(summary.countsByCode.ABORTED).toBe(300 - summary.succeeded)
      for (const result of summary.results) {
        const received = fake.mock.received(result.channelUri).length
        if (result.ok) expect(received).toBe(1)
        else expect(received).toBeLessThanOrEqual(1)
      }
    })

    it('streams results with flat memory and stops sending when the consumer stops', async () => {
      const channel = fake.mock.createChannel()
      function* endless() {
        for (;;) yield { channelUri: channel, notification: BADGE }
      }
      const seen: WnsBulkItemResult[] = []
      for await (const result of fake.client().sendStream(endless(), { concurrency: 16 })) {
        seen.push(result)
        if (seen.length === 100) break
      }
      expect(seen.every((result) => result.ok)).toBe(true)
      expect(new Set(seen.map((result) => result.index)).size).toBe(100)
      await new Promise((resolve) => setTimeout(resolve, 20))
      expect(fake.mock.stats().notificationRequests).toBeLessThanOrEqual(100 + 16)
    })

    it('sends 64 at a time under a signal without a MaxListenersExceededWarning (issue 8)', async () => {
      const warnings: Error[] = []
      const onWarning = (warning: Error) => warnings.push(warning)
      process.on('warning', onWarning)
      try {
        const channels = Array.from({ length: 400 }, () => fake.mock.createChannel())
        const summary = await fake.client().sendMany(
          channels.map((channelUri) => ({ channelUri, notification: BADGE })),
          { concurrency: 64, signal: new AbortController().signal },
        )
        expect(summary.succeeded).toBe(400)
        await new Promise((resolve) => setImmediate(resolve))
      } finally {
        process.off('warning', onWarning)
      }
      expect(warnings.filter((w) => w.name === 'MaxListenersExceededWarning')).toEqual([])
    })

    it('leaves a dispatcher it was given open when it closes', async () => {
      const channel = fake.mock.createChannel()
      const first = fake.client()
      await first.send(channel, BADGE)
      await first.close()
      await expect(first.send(channel, BADGE)).rejects.toMatchObject({ code: 'INVALID_OPTIONS' })
      await expect(fake.client().send(channel, BADGE)).resolves.toMatchObject({ ok: true })
    })
  })
}
