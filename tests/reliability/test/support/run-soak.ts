import { getNotificationProvider, type PushNotificationResult } from '@homepot/push'
import { createWnsMock, startWnsMockServer } from '@homepot/wns-mock-server'
import { countDispatches } from './count-dispatches'
import { type MemoryReport, sampleMemory } from './memory-sampler'
import { createSoakPopulation, EXPECTED_OUTCOME, type SoakChannelMix } from './soak-population'
import { seededRandom } from './seeded-random'

/** What a soak sends, and under which faults. */
export interface SoakPlan {
  readonly notifications: number
  readonly channels: number
  readonly mix: SoakChannelMix
  readonly concurrency: number
  readonly seed: number
  /** Share of notification requests answered 503 (a fifth of them with `Retry-After: 1`). */
  readonly rate503: number
  /** Share answered 500. */
  readonly rate500: number
  /** Extra delay per request, uniform in [0, jitterMs). */
  readonly jitterMs: number
}

/** What a soak observed: the figures its test asserts on and prints. */
export interface SoakFigures {
  readonly sent: number
  readonly results: number
  /** Results whose `deviceToken` is not the input's channel URI (results out of order). */
  readonly misplaced: number
  readonly succeeded: number
  readonly failedByCode: Readonly<Record<string, number>>
  /** Results whose outcome is not what the channel's state calls for. */
  readonly wrongOutcome: number
  /** Successes the fake never received. */
  readonly lost: number
  /** Notifications the fake received more than once. */
  readonly duplicated: number
  /** Failures the fake received anyway. */
  readonly receivedDespiteFailure: number
  readonly tokenRequests: number
  readonly tokensIssued: number
  readonly notificationRequests: number
  readonly answersByStatus: Readonly<Record<number, number>>
  /** Throttled results that carry the channel's `Retry-After` (60 s). */
  readonly throttledWithRetryAfter: number
  readonly tokensExpiredAtRequest: number
  readonly durationMs: number
  readonly memory: MemoryReport
}

const TITLE = /soak-(\d+)\b/

/**
 * Sends `plan.notifications` toasts through `@homepot/push`'s `wns_windows` provider to the fake
 * WNS over loopback TLS, with injected 503s/500s, latency jitter, channels in failing states and
 * every access token expired half way; then compares each result with what the fake received.
 */
export async function runSoak(plan: SoakPlan): Promise<SoakFigures> {
  const mock = createWnsMock({ random: seededRandom(plan.seed) })
  const server = await startWnsMockServer({ mock })
  try {
    const population = createSoakPopulation(server, plan.channels, plan.mix, plan.seed + 1)
    // Latency first: a latency-only fault adds its delay and lets the request go on to the next.
    server.injectFaults({ jitterMs: plan.jitterMs })
    const withRetryAfter = plan.rate503 / 5
    server.injectFaults({ status: 503, rate: withRetryAfter, retryAfterSeconds: 1 })
    server.injectFaults({ status: 503, rate: (plan.rate503 - withRetryAfter) / (1 - withRetryAfter) })
    server.injectFaults({ status: 500, rate: plan.rate500 / (1 - plan.rate503) })

    const halfWay = Math.floor(plan.notifications / 2)
    let tokensExpiredAtRequest = 0
    let notifyDispatches = 0
    const counted = countDispatches(server.dispatcher, (host) => {
      if (!host.endsWith('.notify.windows.com')) return
      notifyDispatches += 1
      if (notifyDispatches === halfWay) {
        server.expireTokens()
        tokensExpiredAtRequest = notifyDispatches
      }
    })

    const provider = getNotificationProvider('wns_windows', {
      packageSid: server.defaultApp.packageSid,
      clientSecret: server.defaultApp.clientSecret,
      dispatcher: counted.dispatcher,
      concurrency: plan.concurrency,
      batchSize: 10_000,
      // Retries fast enough for CI; eight attempts make a send that only meets transient faults
      // fail with odds below 1e-9.
      retry: { maxAttempts: 8, baseDelayMs: 5, maxDelayMs: 50, deadlineMs: 30_000 },
    })
    const memory = sampleMemory()
    const startedAt = performance.now()
    await provider.initialize()
    const entries = Array.from({ length: plan.notifications }, (_, i) => {
      const uri = population.uris[i % plan.channels] as string
      return [uri, { title: `soak-${i}`, body: 'fault soak' }] as const
    })
    let results: PushNotificationResult[]
    try {
      results = await provider.sendBulkNotifications(entries)
    } finally {
      await provider.cleanup()
    }
    const durationMs = performance.now() - startedAt
    const memoryReport = memory.stop()

    const receivedCount = new Uint8Array(plan.notifications)
    for (const uri of population.uris) {
      for (const notification of server.received(uri)) {
        const match = TITLE.exec(String(notification.body))
        const index = Number(match?.[1])
        if (Number.isInteger(index) && index < plan.notifications) receivedCount[index] += 1
      }
    }

    let misplaced = 0
    let succeeded = 0
    let wrongOutcome = 0
    let lost = 0
    let duplicated = 0
    let receivedDespiteFailure = 0
    let throttledWithRetryAfter = 0
    const failedByCode: Record<string, number> = {}
    results.forEach((result, i) => {
      const channel = i % plan.channels
      if (result.deviceToken !== population.uris[channel]) misplaced += 1
      const outcome = result.success ? 'ok' : (result.errorCode ?? 'none')
      if (outcome !== EXPECTED_OUTCOME[population.states[channel] ?? 'active']) wrongOutcome += 1
      const count = receivedCount[i] ?? 0
      if (count > 1) duplicated += 1
      if (result.success) {
        succeeded += 1
        if (count === 0) lost += 1
      } else {
        failedByCode[outcome] = (failedByCode[outcome] ?? 0) + 1
        if (count > 0) receivedDespiteFailure += 1
        if (outcome === 'THROTTLED' && result.retryAfterSeconds === 60) throttledWithRetryAfter += 1
      }
    })
    const stats = server.stats()
    return {
      sent: plan.notifications,
      results: results.length,
      misplaced,
      succeeded,
      failedByCode,
      wrongOutcome,
      lost,
      duplicated,
      receivedDespiteFailure,
      tokenRequests: stats.tokenRequests,
      tokensIssued: stats.tokensIssued,
      notificationRequests: stats.notificationRequests,
      answersByStatus: stats.byStatus,
      throttledWithRetryAfter,
      tokensExpiredAtRequest,
      durationMs,
      memory: memoryReport,
    }
  } finally {
    await server.close()
  }
}
