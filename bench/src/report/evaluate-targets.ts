import { analyzeRatio } from '../stats/analyze-send-runs'
import type { BenchReport } from './bench-report'
import { formatMegabytes, formatNumber } from './format-number'

/** One of issue 8's targets, checked against a run's medians. */
export interface TargetCheck {
  readonly target: string
  readonly measured: string
  /** `undefined` when the run did not measure it (skipped section, concurrency not run). */
  readonly met: boolean | undefined
}

/** Concurrencies at which (a) is held to raw undici (b). */
const NEAR_LIMIT_CONCURRENCIES = [16, 64]

/**
 * Checks a report against issue 8's targets, on medians (pair-by-pair medians for ratios).
 * These are report lines, not assertions: nothing fails when a target is missed.
 */
export function evaluateTargets(report: BenchReport): TargetCheck[] {
  const checks: TargetCheck[] = []
  const ratioCheck = (
    target: string,
    concurrencies: readonly number[],
    numerator: 'wns-client',
    denominator: 'raw-undici' | 'npm-wns',
    metric: 'throughput' | 'cpuPerNotification',
    passes: (ratio: number) => boolean,
  ): void => {
    const found = concurrencies
      .map((concurrency) =>
        analyzeRatio(report.sendRuns, concurrency, numerator, denominator, metric),
      )
      .filter((ratio) => ratio !== undefined)
    checks.push({
      target,
      measured:
        found.map((r) => `${formatNumber(r.ratio.median, 2)}× at ${r.concurrency}`).join(', ') ||
        'not measured',
      met: found.length === 0 ? undefined : found.every((r) => passes(r.ratio.median)),
    })
  }
  ratioCheck(
    '(a) ≥ 0.9× (b) throughput at concurrency 16–64',
    NEAR_LIMIT_CONCURRENCIES,
    'wns-client',
    'raw-undici',
    'throughput',
    (ratio) => ratio >= 0.9,
  )
  ratioCheck(
    '(a) ≤ 1.15× (b) CPU per notification at concurrency 16–64',
    NEAR_LIMIT_CONCURRENCIES,
    'wns-client',
    'raw-undici',
    'cpuPerNotification',
    (ratio) => ratio <= 1.15,
  )
  ratioCheck(
    '(a) ≥ 1.3× (c) throughput (every concurrency)',
    report.config.concurrencies,
    'wns-client',
    'npm-wns',
    'throughput',
    (ratio) => ratio >= 1.3,
  )
  const payload = report.payload?.tasks[0]
  checks.push({
    target: 'payload building ≥ 200,000 toasts/s',
    measured: payload ? `${formatNumber(payload.opsPerSecond)} toasts/s` : 'not measured',
    met: payload ? payload.opsPerSecond >= 200_000 : undefined,
  })
  const streams = [...report.streams].sort((a, b) => a.count - b.count)
  const largest = streams.at(-1)
  const smallest = streams[0]
  checks.push({
    target: `peak RSS < 200 MB streaming ${largest ? formatNumber(largest.count) : '1,000,000'} channels`,
    measured: largest ? `${formatMegabytes(largest.maxRssKb)} MB` : 'not measured',
    met: largest ? largest.maxRssKb / 1024 < 200 : undefined,
  })
  const growth =
    largest && smallest && largest !== smallest ? largest.maxRssKb / smallest.maxRssKb : undefined
  checks.push({
    target: 'peak RSS at the largest stream ≤ 1.2× at the smallest',
    measured:
      growth === undefined || !largest || !smallest
        ? 'not measured'
        : `${formatNumber(growth, 2)}× (${formatNumber(smallest.count)} → ${formatNumber(largest.count)})`,
    met: growth === undefined ? undefined : growth <= 1.2,
  })
  return checks
}
