// Issue 9, part 2b: an abort, a cleanup() or the fake going away in the middle of a bulk send
// still gives every input a result (the ones cut off marked), with no unhandled rejection and no
// promise left pending.
import { toast } from '@homepot/wns-core'
import { WnsClient } from '@homepot/wns-http'
import { startWnsMockServer } from '@homepot/wns-mock-server'
import { describe, expect, it } from 'vitest'
import { countCodes, titledEntries } from './support/bulk-entries'
import { reportFigures } from './support/report-figures'
import { settleWithin } from './support/settle-within'
import { countReceivedTitles, startWnsProvider } from './support/start-wns-provider'
import { until } from './support/until'
import { useCrashHarness } from './support/use-crash-harness'

const SETTLE_MS = 20_000
const FAST_RETRIES = { maxAttempts: 10, baseDelayMs: 1, maxDelayMs: 10, deadlineMs: 15_000 }
const harness = useCrashHarness(11)

describe('aborts and shutdowns mid-bulk', () => {
  it('gives every input a result when the signal aborts mid-bulk, ABORTED for those cut off', async () => {
    const client = new WnsClient({
      credentials: {
        packageSid: harness.server.defaultApp.packageSid,
        clientSecret: harness.server.defaultApp.clientSecret,
      },
      dispatcher: harness.server.dispatcher,
    })
    harness.onCleanup(() => client.close())
    const uris = Array.from({ length: 20 }, () => harness.server.createChannel())
    harness.server.injectFaults({ latencyMs: 2, jitterMs: 5 })
    const controller = new AbortController()
    const items = Array.from({ length: 2_000 }, (_, i) => ({
      channelUri: uris[i % uris.length] as string,
      notification: toast({ text: [`abort-${i}`] }),
    }))
    const summary = await settleWithin(
      client.sendMany(items, {
        concurrency: 32,
        signal: controller.signal,
        onProgress: ({ completed }) => {
          if (completed === 300) controller.abort()
        },
      }),
      SETTLE_MS,
      'sendMany',
    )
    const received = countReceivedTitles(harness.server, uris, 'abort-', 2_000)
    const aborted = summary.results.filter((result) => !result.ok)
    const abortedButDelivered = aborted.filter((result) => received[result.index] === 1).length
    reportFigures('crash: abort mid-bulk', {
      sent: items.length,
      succeeded: summary.succeeded,
      aborted: aborted.length,
      abortedButDelivered,
    })
    expect(summary.results).toHaveLength(2_000)
    summary.results.forEach((result, i) => {
      expect(result.index).toBe(i)
    })
    expect(summary.countsByCode).toEqual({ ABORTED: aborted.length })
    expect(aborted.length).toBeGreaterThan(1_000)
    for (const result of summary.results) {
      if (result.ok) expect(received[result.index]).toBe(1)
    }
    // Sends in flight when the signal fired may have reached the fake: their outcome is unknown,
    // which is what ABORTED says. There are at most `concurrency` of them.
    expect(abortedButDelivered).toBeLessThanOrEqual(32)
    expect(received.every((times) => times <= 1)).toBe(true)
  })

  it('gives every input a result when the provider is cleaned up mid-bulk', async () => {
    const wns = await harness.provider({ retry: FAST_RETRIES, concurrency: 16, batchSize: 100 })
    const uris = Array.from({ length: 20 }, () => harness.server.createChannel())
    harness.server.injectFaults({ latencyMs: 2, jitterMs: 5 })
    const sending = wns.sendBulkNotifications(titledEntries(uris, 1_000, 'cleanup-'))
    await until(() => harness.server.stats().delivered >= 20, 'the bulk is under way')
    await wns.cleanup()
    const results = await settleWithin(sending, SETTLE_MS, 'sendBulkNotifications')
    const received = countReceivedTitles(harness.server, uris, 'cleanup-', 1_000)
    const counts = countCodes(results)
    reportFigures('crash: cleanup mid-bulk', { sent: 1_000, results: counts })
    expect(results).toHaveLength(1_000)
    expect(counts.ok).toBeGreaterThan(0)
    expect(counts.INVALID_OPTIONS).toBeGreaterThan(0)
    expect(Object.keys(counts).sort()).toEqual(['INVALID_OPTIONS', 'ok'])
    for (const result of results) {
      if (!result.success) expect(result.errorMessage).toMatch(/closed/)
    }
    results.forEach((result, i) => {
      expect(received[i]).toBe(result.success ? 1 : 0)
    })
  })

  it('ends every send as a result when the fake goes away mid-bulk', async () => {
    const doomed = await startWnsMockServer()
    const wns = await startWnsProvider(doomed, {
      dispatcher: doomed.dispatcher,
      retry: { maxAttempts: 3, baseDelayMs: 1, maxDelayMs: 5 },
      concurrency: 16,
    })
    harness.onCleanup(() => wns.cleanup())
    const uris = Array.from({ length: 20 }, () => doomed.createChannel())
    doomed.injectFaults({ latencyMs: 2, jitterMs: 5 })
    const sending = wns.sendBulkNotifications(titledEntries(uris, 1_000, 'gone-'))
    await until(() => doomed.stats().delivered >= 20, 'the bulk is under way')
    await doomed.close()
    const results = await settleWithin(sending, SETTLE_MS, 'sendBulkNotifications')
    const counts = countCodes(results)
    reportFigures('crash: fake closed mid-bulk', { sent: 1_000, results: counts })
    expect(results).toHaveLength(1_000)
    expect(counts.ok).toBeGreaterThan(0)
    expect(counts.NETWORK_ERROR).toBeGreaterThan(0)
    expect(Object.keys(counts).sort()).toEqual(['NETWORK_ERROR', 'ok'])
  })
})
