import { WnsError } from '@homepot/wns-core'
import { describe, expect, it, vi } from 'vitest'
import { silentLogger } from '../logging/logger'
import type { WnsSendResult } from '../send/send-result'
import type { BulkWorker } from './bulk-batch'
import { collectBulk } from './collect-bulk'

const item = (n: number) => ({ channelUri: `https://db5.notify.windows.com/?token=${n}` })

function resultFor(value: unknown): WnsSendResult {
  return {
    ok: true,
    channelUri: (value as { channelUri: string }).channelUri,
    status: 200,
    notificationStatus: 'received',
    dropped: false,
    attempts: 1,
    latencyMs: 0,
    diagnostics: {},
  }
}

/** A worker that answers after a few ticks (or a failure), tracking how many run at once. */
function tracingWorker(fail?: (index: number) => WnsError | undefined) {
  const state = { running: 0, peak: 0, calls: 0 }
  const worker: BulkWorker = async (value, index, signal) => {
    state.calls++
    state.running++
    state.peak = Math.max(state.peak, state.running)
    try {
      for (let tick = (index * 7) % 5; tick > 0; tick--) await Promise.resolve()
      await new Promise((resolve) => setTimeout(resolve, index % 2))
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

describe('collectBulk', () => {
  it('resolves one result per item in input order, at most `concurrency` in flight', async () => {
    const { worker, state } = tracingWorker((index) =>
      index % 4 === 0 ? new WnsError('CHANNEL_GONE') : undefined,
    )
    const items = Array.from({ length: 300 }, (_, n) => item(n))
    const results = await collectBulk(items, worker, { concurrency: 7, logger: silentLogger })
    expect(results.map((result) => result.index)).toEqual(items.map((_, n) => n))
    expect(results.filter((result) => !result.ok)).toHaveLength(75)
    expect(state.peak).toBe(7)
  })

  it('reads async generators one item at a time and reports progress after each item', async () => {
    const { worker } = tracingWorker()
    async function* source() {
      for (let n = 0; n < 40; n++) yield item(n)
    }
    const progress = vi.fn()
    const results = await collectBulk(source(), worker, {
      concurrency: 4,
      onProgress: progress,
      logger: silentLogger,
    })
    expect(results).toHaveLength(40)
    expect(progress).toHaveBeenCalledTimes(40)
    expect(progress).toHaveBeenLastCalledWith(
      expect.objectContaining({ completed: 40, succeeded: 40, failed: 0 }),
    )
  })

  it('answers the rest of the input with ABORTED after an abort, without calling the worker', async () => {
    const controller = new AbortController()
    const { worker, state } = tracingWorker()
    const items = Array.from({ length: 100 }, (_, n) => item(n))
    const results = await collectBulk(items, worker, {
      concurrency: 4,
      signal: controller.signal,
      onProgress: ({ completed }) => {
        if (completed === 10) controller.abort()
      },
      logger: silentLogger,
    })
    expect(results).toHaveLength(100)
    const aborted = results.filter((result) => !result.ok && result.error.code === 'ABORTED')
    expect(aborted.length).toBeGreaterThanOrEqual(100 - state.calls)
    expect(state.calls).toBeLessThan(100)
  })

  it('rethrows what the input threw once the items in flight have ended', async () => {
    const { worker, state } = tracingWorker()
    function* source() {
      yield item(0)
      yield item(1)
      throw new Error('database cursor lost')
    }
    await expect(
      collectBulk(source(), worker, { concurrency: 4, logger: silentLogger }),
    ).rejects.toThrow('database cursor lost')
    expect(state).toMatchObject({ calls: 2, running: 0 })
  })

  it('refuses an input that is not iterable', async () => {
    const { worker } = tracingWorker()
    await expect(
      collectBulk(42 as never, worker, { concurrency: 1, logger: silentLogger }),
    ).rejects.toMatchObject({ code: 'INVALID_OPTIONS', field: 'items' })
  })
})
