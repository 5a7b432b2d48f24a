// Issue 9, part 2: connection resets and half-written answers from the loopback server, the fake
// going away, and aborts mid-bulk end as retried sends or per-item results, never as an
// unhandled rejection or a promise that never settles.
import { getNotificationProvider, type PushNotificationResult } from '@homepot/push'
import { toast } from '@homepot/wns-core'
import { WnsClient } from '@homepot/wns-http'
import { createWnsMock, startWnsMockServer, type WnsMockServer } from '@homepot/wns-mock-server'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { reportFigures } from './support/report-figures'
import { seededRandom } from './support/seeded-random'
import { settleWithin } from './support/settle-within'
import { countReceivedTitles, startWnsProvider } from './support/start-wns-provider'
import { type UnhandledWatch, watchUnhandled } from './support/watch-unhandled'

const SETTLE_MS = 20_000
const FAST_RETRIES = { maxAttempts: 10, baseDelayMs: 1, maxDelayMs: 10, deadlineMs: 15_000 }

let server: WnsMockServer
let unhandled: UnhandledWatch
const cleanups: Array<() => Promise<void>> = []

beforeAll(async () => {
  server = await startWnsMockServer({ mock: createWnsMock({ random: seededRandom(7) }) })
})
afterAll(() => server.close())
beforeEach(() => {
  unhandled = watchUnhandled()
})
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup()
  server.reset()
  // Checked after the cleanups, so a rejection left behind by a closed provider counts too.
  await new Promise((resolve) => setImmediate(resolve))
  expect(unhandled.stop()).toEqual([])
})

async function provider(config: Parameters<typeof startWnsProvider>[1] = {}) {
  const started = await startWnsProvider(server, { dispatcher: server.dispatcher, ...config })
  cleanups.push(() => started.cleanup())
  return started
}

function entries(uris: readonly string[], count: number, prefix: string) {
  return Array.from(
    { length: count },
    (_, i) => [uris[i % uris.length] as string, { title: `${prefix}${i}`, body: 'crash' }] as const,
  )
}

function codes(results: readonly PushNotificationResult[]): Record<string, number> {
  const counts: Record<string, number> = {}
  for (const result of results) {
    const code = result.success ? 'ok' : String(result.errorCode)
    counts[code] = (counts[code] ?? 0) + 1
  }
  return counts
}

describe('connection resets', () => {
  it('retries sends whose connection the fake resets and delivers each exactly once', async () => {
    const wns = await provider({ retry: FAST_RETRIES, concurrency: 32 })
    const uris = Array.from({ length: 50 }, () => server.createChannel())
    server.injectFaults({ kind: 'reset', rate: 0.2 })
    const results = await settleWithin(
      wns.sendBulkNotifications(entries(uris, 1_000, 'reset-')),
      SETTLE_MS,
      'sendBulkNotifications',
    )
    const received = countReceivedTitles(server, uris, 'reset-', 1_000)
    const resets = server.stats().connectionResets
    reportFigures('crash: resets retried', { sent: 1_000, resets, results: codes(results) })
    expect(results).toHaveLength(1_000)
    expect(codes(results)).toEqual({ ok: 1_000 })
    expect(resets).toBeGreaterThan(100)
    expect(received.every((times) => times === 1)).toBe(true)
  })

  it('ends each reset as a retryable NETWORK_ERROR result when retries are off, none of them delivered', async () => {
    const wns = await provider({ retry: { maxAttempts: 1 }, concurrency: 32 })
    const uris = Array.from({ length: 50 }, () => server.createChannel())
    server.injectFaults({ kind: 'reset', rate: 0.3 })
    const results = await settleWithin(
      wns.sendBulkNotifications(entries(uris, 500, 'off-')),
      SETTLE_MS,
      'sendBulkNotifications',
    )
    const received = countReceivedTitles(server, uris, 'off-', 500)
    const failed = results.filter((result) => !result.success)
    expect(results).toHaveLength(500)
    expect(failed.length).toBe(server.stats().connectionResets)
    expect(failed.length).toBeGreaterThan(50)
    for (const result of failed) {
      expect(result).toMatchObject({ errorCode: 'NETWORK_ERROR', retryable: true })
    }
    results.forEach((result, i) => {
      expect(received[i]).toBe(result.success ? 1 : 0)
    })
  })

  it.each(['reset', 'truncate'] as const)(
    'fails initialize() with NETWORK_ERROR when the token answer is cut (%s), and succeeds when called again',
    async (kind) => {
      const wns = getNotificationProvider('wns_windows', {
        packageSid: server.defaultApp.packageSid,
        clientSecret: server.defaultApp.clientSecret,
        dispatcher: server.dispatcher,
      })
      cleanups.push(() => wns.cleanup())
      server.injectFaults({ kind, endpoint: 'token', next: 1 })
      await expect(settleWithin(wns.initialize(), SETTLE_MS, 'initialize')).rejects.toMatchObject({
        code: 'NETWORK_ERROR',
      })
      expect(wns.initialized).toBe(false)
      await settleWithin(wns.initialize(), SETTLE_MS, 'initialize')
      expect(wns.initialized).toBe(true)
      expect(server.stats().tokenRequests).toBe(2)
    },
  )

  it('retries sends whose token refresh is reset, with one refresh in flight at a time', async () => {
    const wns = await provider({ retry: FAST_RETRIES, concurrency: 32 })
    const uris = Array.from({ length: 20 }, () => server.createChannel())
    server.expireTokens()
    server.injectFaults({ kind: 'reset', endpoint: 'token', next: 1 })
    const results = await settleWithin(
      wns.sendBulkNotifications(entries(uris, 500, 'refresh-')),
      SETTLE_MS,
      'sendBulkNotifications',
    )
    expect(codes(results)).toEqual({ ok: 500 })
    // initialize(), the refresh that was reset, the refresh that worked.
    expect(server.stats().tokenRequests).toBe(3)
    expect(countReceivedTitles(server, uris, 'refresh-', 500).every((n) => n === 1)).toBe(true)
  })
})

describe('half-written answers', () => {
  it('takes the status of an answer cut mid-body and does not resend it: each delivered once', async () => {
    const wns = await provider({ retry: FAST_RETRIES, concurrency: 32 })
    const uris = Array.from({ length: 50 }, () => server.createChannel())
    const gone = server.createChannel({ state: 'expired' })
    server.injectFaults({ kind: 'truncate', rate: 0.3 })
    const items = [...entries(uris, 500, 'cut-'), [gone, { title: 'cut-gone', body: 'x' }] as const]
    const results = await settleWithin(
      wns.sendBulkNotifications(items),
      SETTLE_MS,
      'sendBulkNotifications',
    )
    const stats = server.stats()
    const received = countReceivedTitles(server, uris, 'cut-', 500)
    reportFigures('crash: truncated answers', {
      sent: items.length,
      truncated: stats.truncated,
      requests: stats.notificationRequests,
      deliveredTwice: received.filter((times) => times > 1).length,
      results: codes(results),
    })
    // The status line and headers arrived whole; only the (unused) body was cut. The sender
    // reads the status from the headers, so nothing is retried and nothing delivered twice.
    expect(stats.truncated).toBeGreaterThan(50)
    expect(stats.notificationRequests).toBe(items.length)
    expect(codes(results)).toEqual({ ok: 500, CHANNEL_GONE: 1 })
    expect(received.every((times) => times === 1)).toBe(true)
  })
})

describe('aborts and shutdowns mid-bulk', () => {
  it('gives every input a result when the signal aborts mid-bulk, ABORTED for those cut off', async () => {
    const client = new WnsClient({
      credentials: {
        packageSid: server.defaultApp.packageSid,
        clientSecret: server.defaultApp.clientSecret,
      },
      dispatcher: server.dispatcher,
    })
    cleanups.push(() => client.close())
    const uris = Array.from({ length: 20 }, () => server.createChannel())
    server.injectFaults({ latencyMs: 2, jitterMs: 5 })
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
    const received = countReceivedTitles(server, uris, 'abort-', 2_000)
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
    const wns = await provider({ retry: FAST_RETRIES, concurrency: 16, batchSize: 100 })
    const uris = Array.from({ length: 20 }, () => server.createChannel())
    server.injectFaults({ latencyMs: 2, jitterMs: 5 })
    const sending = wns.sendBulkNotifications(entries(uris, 1_000, 'cleanup-'))
    await new Promise((resolve) => setTimeout(resolve, 50))
    await wns.cleanup()
    const results = await settleWithin(sending, SETTLE_MS, 'sendBulkNotifications')
    const received = countReceivedTitles(server, uris, 'cleanup-', 1_000)
    const counts = codes(results)
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
    cleanups.push(() => wns.cleanup())
    const uris = Array.from({ length: 20 }, () => doomed.createChannel())
    doomed.injectFaults({ latencyMs: 2, jitterMs: 5 })
    const sending = wns.sendBulkNotifications(entries(uris, 1_000, 'gone-'))
    await new Promise((resolve) => setTimeout(resolve, 50))
    await doomed.close()
    const results = await settleWithin(sending, SETTLE_MS, 'sendBulkNotifications')
    const counts = codes(results)
    reportFigures('crash: fake closed mid-bulk', { sent: 1_000, results: counts })
    expect(results).toHaveLength(1_000)
    expect(counts.ok).toBeGreaterThan(0)
    expect(counts.NETWORK_ERROR).toBeGreaterThan(0)
    expect(Object.keys(counts).sort()).toEqual(['NETWORK_ERROR', 'ok'])
  })
})
