// Issue 9, part 1: a bulk of 100,000 notifications through @homepot/push to the fake WNS over
// loopback TLS, under every transient fault at once. HOMEPOT_SOAK_FULL=1 sends 500,000 to 50,000
// channels instead (about five times as long; not run in CI).
import { describe, expect, it } from 'vitest'
import { megabytes } from './support/memory-sampler'
import { reportFigures } from './support/report-figures'
import { runSoak, type SoakPlan } from './support/run-soak'

const full = process.env.HOMEPOT_SOAK_FULL === '1'
const scale = full ? 5 : 1

const plan: SoakPlan = {
  notifications: 100_000 * scale,
  channels: 10_000 * scale,
  // 450 of 10,000 channels fail: 410 (expired, revoked), 404 (invalid) and 406 (throttled).
  mix: { expired: 150 * scale, revoked: 50 * scale, invalid: 150 * scale, throttled: 100 * scale },
  concurrency: 64,
  seed: 20_261_123,
  rate503: 0.05,
  rate500: 0.01,
  // Not scaled: a burst of several hundred would meet the same in-flight sends on each of their
  // retries until their attempts ran out (they then fail with SERVICE_UNAVAILABLE, as they should).
  retryAfterBurst: { atShare: 0.25, requests: 100, seconds: 1 },
  jitterMs: 4,
}

// A bound on memory, never on time: what stays referenced after a full collection (the fake's
// record of every notification plus 100,000 results, about 120 MB) and the highest sample taken
// while sending (garbage the collector had not reached yet included).
const MAX_RETAINED_BYTES = 300 * 1_048_576 * scale
const MAX_PEAK_BYTES = 1_024 * 1_048_576 * scale

describe('fault soak over loopback TLS', () => {
  it(`delivers each of ${plan.notifications.toLocaleString('en')} notifications once or fails it with its channel's code, through 503s, 500s, jitter and expired tokens`, {
    timeout: full ? 900_000 : 150_000,
  }, async () => {
    const figures = await runSoak(plan)
    reportFigures(full ? 'fault soak (full)' : 'fault soak', {
      ...figures,
      memory: {
        retainedMb: megabytes(figures.memory.retainedHeapGrowth),
        peakHeapMb: megabytes(figures.memory.peakHeapGrowth),
        peakRssMb: megabytes(figures.memory.peakRssGrowth),
        samples: figures.memory.samples,
      },
    })

    // One result per input, in input order.
    expect(figures.results).toBe(plan.notifications)
    expect(figures.misplaced).toBe(0)
    // Nothing lost, nothing twice, no failure that was delivered anyway.
    expect(figures.lost).toBe(0)
    expect(figures.duplicated).toBe(0)
    expect(figures.receivedDespiteFailure).toBe(0)
    // Every result is what its channel calls for: transient faults never show through.
    expect(figures.wrongOutcome).toBe(0)
    const perChannel = plan.notifications / plan.channels
    expect(figures.failedByCode).toEqual({
      CHANNEL_GONE: (plan.mix.expired + plan.mix.revoked) * perChannel,
      CHANNEL_EXPIRED: plan.mix.invalid * perChannel,
      THROTTLED: plan.mix.throttled * perChannel,
    })
    expect(figures.throttledWithRetryAfter).toBe(plan.mix.throttled * perChannel)
    // Token requests at the minimum: one at initialize(), one after the tokens expired.
    expect(figures.tokensExpiredAfterRequest).toBe(plan.notifications / 2)
    expect(figures.answersByStatus[401]).toBeGreaterThan(0)
    expect(figures.tokenRequests).toBe(2)
    expect(figures.tokensIssued).toBe(2)
    // The faults really fired, at about the planned rates.
    const requests = figures.notificationRequests
    expect(figures.answersByStatus[503] ?? 0).toBeGreaterThan(requests * 0.04)
    expect(figures.answersByStatus[500] ?? 0).toBeGreaterThan(requests * 0.005)
    expect(figures.faultHits.retryAfter503).toBe(plan.retryAfterBurst.requests)
    // Memory stays bounded.
    expect(figures.memory.retainedHeapGrowth).toBeLessThan(MAX_RETAINED_BYTES)
    expect(figures.memory.peakHeapGrowth).toBeLessThan(MAX_PEAK_BYTES)
  })
})
