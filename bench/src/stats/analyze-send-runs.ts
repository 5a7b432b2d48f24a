import type { SendRun } from '../report/bench-report'
import type { VariantId } from '../variants/variant-ids'
import { pairRatios } from './pair-ratios'
import { type Summary, summarize } from './summarize'

/** One variant at one concurrency, over its repetitions. */
export interface VariantStats {
  readonly variant: VariantId
  readonly concurrency: number
  /** Notifications per second. */
  readonly throughput: Summary
  /** Client CPU microseconds per notification. */
  readonly cpuPerNotificationUs: Summary
  /** Peak RSS of the measuring process, in kilobytes. */
  readonly maxRssKb: Summary
  /** Responder CPU time over the send loop's wall time, in percent (100 = one core busy). */
  readonly responderCpuPercent: Summary
  /** Mean body bytes per notification the responder received. */
  readonly bodyBytesPerNotification: number
}

/** A ratio of two variants at one concurrency, computed pair by pair over repetitions. */
export interface RatioStats {
  readonly concurrency: number
  readonly numerator: VariantId
  readonly denominator: VariantId
  readonly metric: 'throughput' | 'cpuPerNotification'
  readonly ratio: Summary
}

/** Notifications per second of one run (0 when nothing was sent). */
export function runThroughput(run: SendRun): number {
  return run.elapsedMs > 0 ? run.sent / (run.elapsedMs / 1000) : 0
}

/** Client CPU microseconds per notification of one run. */
export function runCpuPerNotification(run: SendRun): number {
  return run.sent > 0 ? run.cpuUs / run.sent : Number.POSITIVE_INFINITY
}

/** Runs of one variant at one concurrency, ordered by repetition. */
function runsOf(runs: readonly SendRun[], variant: VariantId, concurrency: number): SendRun[] {
  return runs
    .filter((run) => run.variant === variant && run.concurrency === concurrency)
    .sort((a, b) => a.repetition - b.repetition)
}

/**
 * Median and min–max of every (variant, concurrency) pair that has runs, in the order given.
 * @example analyzeVariants(report.sendRuns, [16], ['wns-client'])[0].throughput.median
 */
export function analyzeVariants(
  runs: readonly SendRun[],
  concurrencies: readonly number[],
  variants: readonly VariantId[],
): VariantStats[] {
  const stats: VariantStats[] = []
  for (const concurrency of concurrencies) {
    for (const variant of variants) {
      const selected = runsOf(runs, variant, concurrency)
      if (selected.length === 0) continue
      const notifications = selected.reduce((sum, run) => sum + run.responderNotifications, 0)
      const bytes = selected.reduce((sum, run) => sum + run.responderBodyBytes, 0)
      stats.push({
        variant,
        concurrency,
        throughput: summarize(selected.map(runThroughput)),
        cpuPerNotificationUs: summarize(selected.map(runCpuPerNotification)),
        maxRssKb: summarize(selected.map((run) => run.maxRssKb)),
        responderCpuPercent: summarize(
          selected.map((run) => (run.responderCpuUs / (run.elapsedMs * 1000)) * 100),
        ),
        bodyBytesPerNotification: notifications > 0 ? bytes / notifications : 0,
      })
    }
  }
  return stats
}

/**
 * `numerator / denominator` of `metric` at `concurrency`, repetition by repetition; `undefined`
 * when either variant lacks runs there or their repetitions do not pair up.
 */
export function analyzeRatio(
  runs: readonly SendRun[],
  concurrency: number,
  numerator: VariantId,
  denominator: VariantId,
  metric: RatioStats['metric'],
): RatioStats | undefined {
  const top = runsOf(runs, numerator, concurrency)
  const bottom = runsOf(runs, denominator, concurrency)
  if (top.length === 0 || top.length !== bottom.length) return undefined
  const value = metric === 'throughput' ? runThroughput : runCpuPerNotification
  return {
    concurrency,
    numerator,
    denominator,
    metric,
    ratio: summarize(pairRatios(top.map(value), bottom.map(value))),
  }
}
