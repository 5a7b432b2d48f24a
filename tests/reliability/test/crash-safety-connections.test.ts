// Issue 9, part 2a: connection resets and half-written answers from the loopback server end as
// retried sends or NETWORK_ERROR results, never as an unhandled rejection or a promise that never
// settles. What a cut answer means for delivery is measured, not assumed.
import { getNotificationProvider } from '@homepot/push'
import { describe, expect, it } from 'vitest'
import { countCodes, titledEntries } from './support/bulk-entries'
import { reportFigures } from './support/report-figures'
import { settleWithin } from './support/settle-within'
import { countReceivedTitles } from './support/start-wns-provider'
import { useCrashHarness } from './support/use-crash-harness'

const SETTLE_MS = 20_000
const FAST_RETRIES = { maxAttempts: 10, baseDelayMs: 1, maxDelayMs: 10, deadlineMs: 15_000 }
const harness = useCrashHarness(7)

describe('connection resets', () => {
  it('retries sends whose connection the fake resets and delivers each exactly once', async () => {
    const wns = await harness.provider({ retry: FAST_RETRIES, concurrency: 32 })
    const uris = Array.from({ length: 50 }, () => harness.server.createChannel())
    harness.server.injectFaults({ kind: 'reset', rate: 0.2 })
    const results = await settleWithin(
      wns.sendBulkNotifications(titledEntries(uris, 1_000, 'reset-')),
      SETTLE_MS,
      'sendBulkNotifications',
    )
    const received = countReceivedTitles(harness.server, uris, 'reset-', 1_000)
    const resets = harness.server.stats().connectionResets
    reportFigures('crash: resets retried', { sent: 1_000, resets, results: countCodes(results) })
    expect(results).toHaveLength(1_000)
    expect(countCodes(results)).toEqual({ ok: 1_000 })
    expect(resets).toBeGreaterThan(100)
    expect(received.every((times) => times === 1)).toBe(true)
  })

  it('ends each reset as a retryable NETWORK_ERROR result when retries are off, none of them delivered', async () => {
    const wns = await harness.provider({ retry: { maxAttempts: 1 }, concurrency: 32 })
    const uris = Array.from({ length: 50 }, () => harness.server.createChannel())
    harness.server.injectFaults({ kind: 'reset', rate: 0.3 })
    const results = await settleWithin(
      wns.sendBulkNotifications(titledEntries(uris, 500, 'off-')),
      SETTLE_MS,
      'sendBulkNotifications',
    )
    const received = countReceivedTitles(harness.server, uris, 'off-', 500)
    const failed = results.filter((result) => !result.success)
    expect(results).toHaveLength(500)
    expect(failed.length).toBe(harness.server.stats().connectionResets)
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
        packageSid: harness.server.defaultApp.packageSid,
        clientSecret: harness.server.defaultApp.clientSecret,
        dispatcher: harness.server.dispatcher,
      })
      harness.onCleanup(() => wns.cleanup())
      harness.server.injectFaults({ kind, endpoint: 'token', next: 1 })
      await expect(settleWithin(wns.initialize(), SETTLE_MS, 'initialize')).rejects.toMatchObject({
        code: 'NETWORK_ERROR',
      })
      expect(wns.initialized).toBe(false)
      await settleWithin(wns.initialize(), SETTLE_MS, 'initialize')
      expect(wns.initialized).toBe(true)
      expect(harness.server.stats().tokenRequests).toBe(2)
    },
  )

  it('retries sends whose token refresh is reset, with one refresh in flight at a time', async () => {
    const wns = await harness.provider({ retry: FAST_RETRIES, concurrency: 32 })
    const uris = Array.from({ length: 20 }, () => harness.server.createChannel())
    harness.server.expireTokens()
    harness.server.injectFaults({ kind: 'reset', endpoint: 'token', next: 1 })
    const results = await settleWithin(
      wns.sendBulkNotifications(titledEntries(uris, 500, 'refresh-')),
      SETTLE_MS,
      'sendBulkNotifications',
    )
    expect(countCodes(results)).toEqual({ ok: 500 })
    // initialize(), the refresh that was reset, the refresh that worked.
    expect(harness.server.stats().tokenRequests).toBe(3)
    expect(countReceivedTitles(harness.server, uris, 'refresh-', 500).every((n) => n === 1)).toBe(
      true,
    )
  })
})

describe('half-written answers', () => {
  // A cut answer comes from a request the fake did process. Whether the sender resends it depends
  // on whether it reads the cut body; if it does, the notification is delivered twice: WNS (and
  // the fake) are at-least-once for answers lost on the way back. These tests pin what must hold
  // either way, and report how many were delivered twice.

  it('retries or accepts each answer cut mid-body: nothing lost, and every extra delivery is a cut answer', async () => {
    const server = harness.server
    const wns = await harness.provider({ retry: FAST_RETRIES, concurrency: 32 })
    const uris = Array.from({ length: 50 }, () => server.createChannel())
    const gone = server.createChannel({ state: 'expired' })
    server.injectFaults({ kind: 'truncate', rate: 0.3 })
    const items = [
      ...titledEntries(uris, 500, 'cut-'),
      [gone, { title: 'cut-gone', body: 'x' }] as const,
    ]
    const results = await settleWithin(
      wns.sendBulkNotifications(items),
      SETTLE_MS,
      'sendBulkNotifications',
    )
    const stats = server.stats()
    const received = countReceivedTitles(server, uris, 'cut-', 500)
    const extraDeliveries = received.reduce((sum, times) => sum + Math.max(0, times - 1), 0)
    reportFigures('crash: truncated answers, retries on', {
      sent: items.length,
      truncated: stats.truncated,
      requests: stats.notificationRequests,
      deliveredTwiceOrMore: received.filter((times) => times > 1).length,
      extraDeliveries,
      results: countCodes(results),
    })
    expect(stats.truncated).toBeGreaterThan(50)
    expect(countCodes(results)).toEqual({ ok: 500, CHANNEL_GONE: 1 })
    expect(received.every((times) => times >= 1)).toBe(true)
    // A resend happens only after a cut answer, so it can add at most one delivery per cut.
    expect(extraDeliveries).toBeLessThanOrEqual(stats.truncated)
    expect(stats.notificationRequests - items.length).toBeLessThanOrEqual(stats.truncated)
  })

  it('ends each cut answer as a success or a NETWORK_ERROR when retries are off, never delivered twice', async () => {
    const server = harness.server
    const wns = await harness.provider({ retry: { maxAttempts: 1 }, concurrency: 32 })
    const uris = Array.from({ length: 50 }, () => server.createChannel())
    server.injectFaults({ kind: 'truncate', rate: 0.3 })
    const results = await settleWithin(
      wns.sendBulkNotifications(titledEntries(uris, 500, 'cut1-')),
      SETTLE_MS,
      'sendBulkNotifications',
    )
    const received = countReceivedTitles(server, uris, 'cut1-', 500)
    const counts = countCodes(results)
    const failedButDelivered = results.filter((result, i) => !result.success && received[i] === 1)
    reportFigures('crash: truncated answers, retries off', {
      sent: 500,
      truncated: server.stats().truncated,
      results: counts,
      failedButDelivered: failedButDelivered.length,
    })
    expect(server.stats().notificationRequests).toBe(500)
    expect(Object.keys(counts).filter((code) => code !== 'ok' && code !== 'NETWORK_ERROR')).toEqual(
      [],
    )
    results.forEach((result, i) => {
      // Processed by the fake, whatever the sender made of the cut answer.
      expect(received[i]).toBe(1)
      if (!result.success) expect(result.retryable).toBe(true)
    })
    // A NETWORK_ERROR here is an unknown outcome, not a failure to deliver: each one was delivered.
    expect(failedButDelivered.length).toBe(counts.NETWORK_ERROR ?? 0)
  })
})
