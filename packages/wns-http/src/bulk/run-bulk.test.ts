import { WnsError } from '@homepot/wns-core'
import { describe, expect, it, vi } from 'vitest'
import { silentLogger } from '../logging/logger'
import type { WnsSendResult } from '../send/send-result'
import type { WnsBulkItemResult } from './bulk-types'
import { type BulkWorker, runBulk } from './run-bulk'

const item = (n: number) => ({ channelUri: `https://db5.notify.windows.com/?token=${n}` })

function resultFor(item: unknown): WnsSendResult {
  return {
    ok: true,
    channelUri: (item as { channelUri: string }).channelUri,
    status: 200,
    notificationStatus: 'received',
    dropped: false,
    attempts: 1,
    latencyMs: 0,
    diagnostics: {},
  }
}

/** A worker that answers after a random number of ticks, tracking how many run at once. */
function tracingWorker(fail?: (index: number) => WnsError | undefined) {
  const state = { running: 0, peak: 0, calls: [] as number[] }
  const worker: BulkWorker = async (value, index, signal) => {
    state.calls.push(index)
    state.running++
    state.peak = Math.max(state.peak, state.running)
    try {
      for (let tick = (index * 7) % 5; tick > 0; tick--) await Promise.resolve()
      if (signal.aborted) throw new WnsError('ABORTED')
      const error = fail?.(index)
      if (error) throw error
      return resultFor(value)
    } finally {
      state.running--
    }
  }
  return { worker, state }
}

async function collect(iterable: AsyncIterable<WnsBulkItemResult>): Promise<WnsBulkItemResult[]> {
  const results: WnsBulkItemResult[] = []
  for await (const result of iterable) results.push(result)
  return results
}

describe('runBulk', () => {
  it('gives every item exactly one result, tagged with its index', async () => {
    const { worker, state } = tracingWorker()
    const items = Array.from({ length: 500 }, (_, n) => item(n))
    const results = await collect(runBulk(items, worker, { concurrency: 16, logger: silentLogger }))
    expect(results.map((r) => r.index).sort((a, b) => a - b)).toEqual(items.map((_, n) => n))
    expect(state.calls).toHaveLength(500)
    for (const result of results) expect(result.channelUri).toBe(items[result.index]?.channelUri)
  })

  it('keeps at most `concurrency` items in flight', async () => {
    const state = { running: 0, peak: 0 }
    const worker: BulkWorker = async (value, index) => {
      state.running++
      state.peak = Math.max(state.peak, state.running)
      await new Promise((resolve) => setTimeout(resolve, index % 3))
      state.running--
      return resultFor(value)
    }
    const items = Array.from({ length: 200 }, (_, n) => item(n))
    await collect(runBulk(items, worker, { concurrency: 7, logger: silentLogger }))
    expect(state.peak).toBe(7)
  })

  it('reads sync iterables and async generators one item at a time', async () => {
    const { worker } = tracingWorker()
    let produced = 0
    async function* source() {
      for (let n = 0; n < 50; n++) {
        produced++
        yield item(n)
      }
    }
    const stream = runBulk(source(), worker, { concurrency: 4, logger: silentLogger })
    const first = await stream.next()
    expect(first.done).toBe(false)
    expect(produced).toBeLessThanOrEqual(5)
    const rest = await collect(stream)
    expect(rest).toHaveLength(49)
    const fromSet = await collect(
      runBulk(new Set([item(1), item(2)]), worker, { concurrency: 4, logger: silentLogger }),
    )
    expect(fromSet).toHaveLength(2)
  })

  it('turns rejections into failures without stopping the batch', async () => {
    const { worker } = tracingWorker((index) =>
      index % 3 === 0 ? new WnsError('CHANNEL_GONE') : undefined,
    )
    const items = Array.from({ length: 30 }, (_, n) => item(n))
    const results = await collect(runBulk(items, worker, { concurrency: 5, logger: silentLogger }))
    const failures = results.filter((r) => !r.ok)
    expect(failures).toHaveLength(10)
    expect(failures.every((r) => !r.ok && r.error.code === 'CHANNEL_GONE')).toBe(true)
  })

  it('wraps a rejection that is not a WnsError as INVALID_PAYLOAD naming the item', async () => {
    const worker: BulkWorker = async () => {
      throw new TypeError('notification.body is undefined')
    }
    const [result] = await collect(runBulk([{}], worker, { concurrency: 1, logger: silentLogger }))
    expect(result).toMatchObject({
      ok: false,
      channelUri: '',
      error: { code: 'INVALID_PAYLOAD', field: 'items[0]' },
    })
  })

  it('answers the rest of the input with ABORTED after an abort, without calling the worker', async () => {
    const controller = new AbortController()
    const { worker, state } = tracingWorker()
    const items = Array.from({ length: 100 }, (_, n) => item(n))
    const results: WnsBulkItemResult[] = []
    for await (const result of runBulk(items, worker, {
      concurrency: 4,
      signal: controller.signal,
      logger: silentLogger,
    })) {
      results.push(result)
      if (results.length === 10) controller.abort()
    }
    expect(results).toHaveLength(100)
    expect(new Set(results.map((r) => r.index)).size).toBe(100)
    const aborted = results.filter((r) => !r.ok && r.error.code === 'ABORTED')
    expect(aborted.length).toBeGreaterThanOrEqual(100 - state.calls.length)
    expect(state.calls.length).toBeLessThan(100)
  })

  it('reports progress after each item and survives a throwing callback', async () => {
    const { worker } = tracingWorker((index) =>
      index === 2 ? new WnsError('FORBIDDEN') : undefined,
    )
    const progress = vi.fn(() => {
      throw new Error('callback bug')
    })
    const warn = vi.fn()
    const items = Array.from({ length: 5 }, (_, n) => item(n))
    await collect(
      runBulk(items, worker, {
        concurrency: 2,
        onProgress: progress,
        logger: { ...silentLogger, warn },
      }),
    )
    expect(progress).toHaveBeenCalledTimes(5)
    expect(progress).toHaveBeenLastCalledWith(
      expect.objectContaining({ completed: 5, succeeded: 4, failed: 1 }),
    )
    expect(warn).toHaveBeenCalledTimes(5)
  })

  it('yields the results it has, then rethrows what the input threw', async () => {
    const { worker } = tracingWorker()
    function* source() {
      yield item(0)
      yield item(1)
      throw new Error('database cursor lost')
    }
    const results: WnsBulkItemResult[] = []
    const run = async () => {
      for await (const result of runBulk(source(), worker, {
        concurrency: 4,
        logger: silentLogger,
      }))
        results.push(result)
    }
    await expect(run()).rejects.toThrow('database cursor lost')
    expect(results).toHaveLength(2)
  })

  it('aborts the sends in flight and closes the input when the consumer stops early', async () => {
    const seen: AbortSignal[] = []
    const worker: BulkWorker = (value, _index, signal) => {
      seen.push(signal)
      return new Promise((resolve) => setTimeout(() => resolve(resultFor(value)), 5))
    }
    let closed = false
    function* source() {
      try {
        for (let n = 0; ; n++) yield item(n)
      } finally {
        closed = true
      }
    }
    for await (const _ of runBulk(source(), worker, { concurrency: 3, logger: silentLogger })) break
    expect(closed).toBe(true)
    expect(seen.at(-1)?.aborted).toBe(true)
  })

  it('keeps memory flat: never holds more than `concurrency` unconsumed results', async () => {
    const { worker, state } = tracingWorker()
    function* endless() {
      for (let n = 0; ; n++) yield item(n)
    }
    const stream = runBulk(endless(), worker, { concurrency: 8, logger: silentLogger })
    await stream.next()
    for (let i = 0; i < 20; i++) await new Promise((resolve) => setTimeout(resolve, 0))
    expect(state.calls.length).toBeLessThanOrEqual(9)
    await stream.return()
  })
})
