import { getNotificationProvider, type PushNotificationResult } from '@homepot/push'
import { createSeededRandom } from '@homepot/wns-core'
import {
  createWnsMock,
  startWnsMockServer,
  type WnsFaultHandle,
  type WnsMockServer,
} from '@homepot/wns-mock-server'
import { countDispatches } from './count-dispatches'
import { type MemoryReport, sampleMemory } from './memory-sampler'
import {
  createSoakPopulation,
  EXPECTED_OUTCOME,
  type SoakChannelMix,
  type SoakPopulation,
} from './soak-population'

/** What a soak sends, and under which faults. */
export interface SoakPlan {
  readonly notifications: number
  readonly channels: number
  readonly mix: SoakChannelMix
  readonly concurrency: number
  readonly seed: number
  /** Share of notification requests answered 503 without `Retry-After`. */
  readonly rate503: number
  /**
   * A burst of 503s with `Retry-After` (an outage telling every sender to wait), starting once
   * `atShare` of the notifications have gone out. A burst rather than a rate: a wait that falls at
   * the end of one of the provider's batches holds up the whole batch, for no extra proof.
   */
  readonly retryAfterBurst: {
    readonly atShare: number
    readonly requests: number
    readonly seconds: number
  }
  /** Share of notification requests answered 500. */
  readonly rate500: number
  /** Extra delay of every notification request, uniform in [0, jitterMs) milliseconds. */
  readonly jitterMs: number
}

/** What a soak observed. */
export interface SoakFigures {
  readonly sent: number
  readonly results: number
  /** Results whose `deviceToken` is not their input's channel URI (out of order or mixed up). */
  readonly misplaced: number
  readonly succeeded: number
  readonly failedByCode: Readonly<Record<string, number>>
  /** Results whose outcome is not the one their channel's state calls for. */
  readonly wrongOutcome: number
  /** Successes the fake never received. */
  readonly lost: number
  /** Notifications the fake received more than once. */
  readonly duplicated: number
  /** Failures the fake received anyway. */
  readonly receivedDespiteFailure: number
  /** Throttled results that carry the channel's `Retry-After` of 60 seconds. */
  readonly throttledWithRetryAfter: number
  readonly tokenRequests: number
  readonly tokensIssued: number
  readonly notificationRequests: number
  readonly answersByStatus: Readonly<Record<number, number>>
  /** How many requests each injected fault hit. */
  readonly faultHits: {
    readonly retryAfter503: number
    readonly plain503: number
    readonly status500: number
  }
  /** The notification request after which every access token was expired. */
  readonly tokensExpiredAfterRequest: number
  readonly durationMs: number
  /** CPU time of the process (sender and fake) while sending, user + system. */
  readonly cpuMs: number
  readonly memory: MemoryReport
}

const TITLE = /soak-(\d+)\b/

/**
 * Sends `plan.notifications` toasts through `@homepot/push`'s `wns_windows` provider to the fake
 * WNS over loopback TLS, under injected 503s (some with `Retry-After`) and 500s, latency jitter,
 * channels in failing states, and every access token expired half way through; then compares
 * each result with what the fake received.
 */
export async function runSoak(plan: SoakPlan): Promise<SoakFigures> {
  const server = await startWnsMockServer({
    mock: createWnsMock({ random: createSeededRandom(plan.seed) }),
  })
  try {
    const population = createSoakPopulation(server, plan.channels, plan.mix, plan.seed + 1)
    // Latency first: a delay-only fault adds its delay and lets the request reach the next fault.
    server.injectFaults({ jitterMs: plan.jitterMs })
    const plain503 = server.injectFaults({ status: 503, rate: plan.rate503 })
    const status500 = server.injectFaults({ status: 500, rate: plan.rate500 / (1 - plan.rate503) })

    const burstAt = Math.floor(plan.notifications * plan.retryAfterBurst.atShare)
    const halfWay = Math.floor(plan.notifications / 2)
    let retryAfter503: WnsFaultHandle | undefined
    let tokensExpiredAfterRequest = 0
    let notifyRequests = 0
    const counted = countDispatches(server.dispatcher, {
      onDispatch: (host) => {
        if (!host.endsWith('.notify.windows.com')) return
        notifyRequests += 1
        if (notifyRequests === burstAt) {
          const { requests, seconds } = plan.retryAfterBurst
          retryAfter503 = server.injectFaults({
            status: 503,
            next: requests,
            retryAfterSeconds: seconds,
          })
        }
        if (notifyRequests === halfWay) {
          server.expireTokens()
          tokensExpiredAfterRequest = notifyRequests
        }
      },
    })
    const provider = getNotificationProvider('wns_windows', {
      packageSid: server.defaultApp.packageSid,
      clientSecret: server.defaultApp.clientSecret,
      dispatcher: counted.dispatcher,
      concurrency: plan.concurrency,
      batchSize: 10_000,
      // Fast retries for CI. Eight attempts make a send that meets only transient faults (about
      // 6 % of requests) fail with odds near 1e-10.
      retry: { maxAttempts: 8, baseDelayMs: 5, maxDelayMs: 50, deadlineMs: 30_000 },
    })
    const entries = Array.from({ length: plan.notifications }, (_, i) => {
      const uri = population.uris[i % plan.channels] as string
      return [uri, { title: `soak-${i}`, body: 'fault soak' }] as const
    })

    const memory = sampleMemory()
    const startedAt = performance.now()
    const cpuAtStart = process.cpuUsage()
    let results: PushNotificationResult[]
    try {
      await provider.initialize()
      results = await provider.sendBulkNotifications(entries)
    } finally {
      await provider.cleanup()
    }
    const durationMs = performance.now() - startedAt
    const cpu = process.cpuUsage(cpuAtStart)
    const memoryReport = memory.stop()

    const stats = server.stats()
    return {
      ...compare(plan, population, results, countReceived(server, population, plan.notifications)),
      sent: plan.notifications,
      results: results.length,
      tokenRequests: stats.tokenRequests,
      tokensIssued: stats.tokensIssued,
      notificationRequests: stats.notificationRequests,
      answersByStatus: stats.byStatus,
      faultHits: {
        retryAfter503: retryAfter503?.hits ?? 0,
        plain503: plain503.hits,
        status500: status500.hits,
      },
      tokensExpiredAfterRequest,
      durationMs: Math.round(durationMs),
      cpuMs: Math.round((cpu.user + cpu.system) / 1000),
      memory: memoryReport,
    }
  } finally {
    await server.close()
  }
}

/** How many times the fake received each notification, by its index in the input. */
function countReceived(
  server: WnsMockServer,
  population: SoakPopulation,
  notifications: number,
): Uint8Array {
  const counts = new Uint8Array(notifications)
  for (const uri of population.uris) {
    for (const notification of server.received(uri)) {
      const index = Number(TITLE.exec(String(notification.body))?.[1])
      if (Number.isInteger(index) && index < notifications) counts[index] = (counts[index] ?? 0) + 1
    }
  }
  return counts
}

type Comparison = Pick<
  SoakFigures,
  | 'misplaced'
  | 'succeeded'
  | 'failedByCode'
  | 'wrongOutcome'
  | 'lost'
  | 'duplicated'
  | 'receivedDespiteFailure'
  | 'throttledWithRetryAfter'
>

function compare(
  plan: SoakPlan,
  population: SoakPopulation,
  results: readonly PushNotificationResult[],
  received: Uint8Array,
): Comparison {
  const figures = {
    misplaced: 0,
    succeeded: 0,
    wrongOutcome: 0,
    lost: 0,
    duplicated: 0,
    receivedDespiteFailure: 0,
    throttledWithRetryAfter: 0,
  }
  const failedByCode: Record<string, number> = {}
  results.forEach((result, i) => {
    const channel = i % plan.channels
    if (result.deviceToken !== population.uris[channel]) figures.misplaced += 1
    const outcome = result.success ? 'ok' : (result.errorCode ?? 'none')
    if (outcome !== EXPECTED_OUTCOME[population.states[channel] ?? 'active'])
      figures.wrongOutcome += 1
    const times = received[i] ?? 0
    if (times > 1) figures.duplicated += 1
    if (result.success) {
      figures.succeeded += 1
      if (times === 0) figures.lost += 1
      return
    }
    failedByCode[outcome] = (failedByCode[outcome] ?? 0) + 1
    if (times > 0) figures.receivedDespiteFailure += 1
    if (outcome === 'THROTTLED' && result.retryAfterSeconds === 60)
      figures.throttledWithRetryAfter += 1
  })
  return { ...figures, failedByCode }
}
