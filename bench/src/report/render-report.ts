import { analyzeRatio, analyzeVariants } from '../stats/analyze-send-runs'
import { VARIANT_LABELS, type VariantId } from '../variants/variant-ids'
import type { BenchReport } from './bench-report'
import { evaluateTargets } from './evaluate-targets'
import { formatMegabytes, formatNumber, formatSummary } from './format-number'
import { markdownTable } from './markdown-table'

const RATIOS: readonly {
  readonly label: string
  readonly numerator: VariantId
  readonly denominator: VariantId
  readonly metric: 'throughput' | 'cpuPerNotification'
}[] = [
  {
    label: '(a)/(b) throughput',
    numerator: 'wns-client',
    denominator: 'raw-undici',
    metric: 'throughput',
  },
  {
    label: '(a)/(b) CPU per notification',
    numerator: 'wns-client',
    denominator: 'raw-undici',
    metric: 'cpuPerNotification',
  },
  {
    label: '(a)/(c) throughput',
    numerator: 'wns-client',
    denominator: 'npm-wns',
    metric: 'throughput',
  },
  {
    label: '(d)/(a) throughput',
    numerator: 'homepot-push',
    denominator: 'wns-client',
    metric: 'throughput',
  },
  // The ceiling of (a)/(c) for any client built on undici's request().
  {
    label: '(b)/(c) throughput',
    numerator: 'raw-undici',
    denominator: 'npm-wns',
    metric: 'throughput',
  },
]

/** The machine and the run's settings, as a list. */
export function renderSetup(report: BenchReport): string {
  const { machine, config } = report
  return [
    `- Machine: ${machine.cpuModel}, ${machine.cpuCount} logical CPUs, ${formatNumber(machine.memoryGiB, 1)} GiB RAM, ${machine.os}`,
    `- Node ${machine.node}; load average ${formatNumber(machine.loadAverage, 2)} at the start`,
    `- Run: ${report.startedAt}, ${formatNumber(report.durationSeconds)} s, \`${report.command}\``,
    `- Throughput: ${formatNumber(config.count)} toasts of ${formatNumber(report.toastBytes)} bytes per run, ${config.repetitions} repetition(s), each run in a fresh process; order per repetition: ${config.variants.map((v) => VARIANT_LABELS[v].slice(0, 3)).join(' ')}`,
  ].join('\n')
}

/** Throughput, CPU and RSS per variant and concurrency. */
export function renderThroughput(report: BenchReport): string {
  const stats = analyzeVariants(
    report.sendRuns,
    report.config.concurrencies,
    report.config.variants,
  )
  if (stats.length === 0) return '_Throughput not measured._'
  return markdownTable(
    [
      'concurrency',
      'variant',
      'notifications/s',
      'CPU µs/notification',
      'peak RSS MB',
      'responder CPU %',
      'body bytes',
    ],
    stats.map((s) => [
      String(s.concurrency),
      VARIANT_LABELS[s.variant],
      formatSummary(s.throughput),
      formatSummary(s.cpuPerNotificationUs, 1),
      `${formatMegabytes(s.maxRssKb.median)} (max ${formatMegabytes(s.maxRssKb.max)})`,
      formatSummary(s.responderCpuPercent),
      formatNumber(s.bodyBytesPerNotification),
    ]),
    [true, false, true, true, true, true, true],
  )
}

/** Pair-by-pair ratios per concurrency. */
export function renderRatios(report: BenchReport): string {
  const rows: string[][] = []
  for (const concurrency of report.config.concurrencies) {
    const cells = RATIOS.map(({ numerator, denominator, metric }) => {
      const ratio = analyzeRatio(report.sendRuns, concurrency, numerator, denominator, metric)
      return ratio ? formatSummary(ratio.ratio, 2) : '–'
    })
    if (cells.some((cell) => cell !== '–')) rows.push([String(concurrency), ...cells])
  }
  if (rows.length === 0) return '_No ratios: a variant was not measured._'
  const header = ['concurrency', ...RATIOS.map((r) => r.label)]
  return markdownTable(
    header,
    rows,
    header.map(() => true),
  )
}

/** The payload-building micro-benchmark. */
export function renderPayload(report: BenchReport): string {
  if (!report.payload) return '_Payload building not measured._'
  return markdownTable(
    ['task', 'toasts/s', 'median µs', '± % (rme)', 'samples', 'bytes'],
    report.payload.tasks.map((task) => [
      task.name,
      formatNumber(task.opsPerSecond),
      formatNumber(task.medianUs, 2),
      formatNumber(task.rmePercent, 2),
      formatNumber(task.samples),
      formatNumber(task.bytes),
    ]),
    [false, true, true, true, true, true],
  )
}

/** The `sendStream` memory runs. */
export function renderMemory(report: BenchReport): string {
  if (report.streams.length === 0) return '_Memory not measured._'
  return markdownTable(
    [
      'channels',
      'concurrency',
      'peak RSS MB',
      'peak heap used MB',
      'notifications/s',
      'CPU µs/notification',
      'failed',
    ],
    report.streams.map((stream) => [
      formatNumber(stream.count),
      String(stream.concurrency),
      formatMegabytes(stream.maxRssKb),
      formatMegabytes(stream.peakHeapUsedKb),
      formatNumber(stream.elapsedMs > 0 ? stream.sent / (stream.elapsedMs / 1000) : 0),
      formatNumber(stream.sent > 0 ? stream.cpuUs / stream.sent : 0, 1),
      formatNumber(stream.failed),
    ]),
    [true, true, true, true, true, true, true],
  )
}

/** Issue 8's targets, each marked met, missed or not measured. */
export function renderTargets(report: BenchReport): string {
  return markdownTable(
    ['target', 'measured (median)', 'met'],
    evaluateTargets(report).map((check) => [
      check.target,
      check.measured,
      check.met === undefined ? '–' : check.met ? 'yes' : '**no**',
    ]),
  )
}

/** CPU profiles, when the run took them. */
export function renderProfiles(report: BenchReport): string {
  return report.profiles
    .map((profile) => {
      const busy = profile.summary.totalMs - profile.summary.idleMs
      const label = VARIANT_LABELS[profile.variant as VariantId] ?? profile.variant
      const where = profile.concurrency > 0 ? `, concurrency ${profile.concurrency}` : ''
      const header = `**${label}${where}** (\`${profile.file}\`): ${formatNumber(busy)} ms busy of ${formatNumber(profile.summary.totalMs)} ms`
      const table = (entries: typeof profile.summary.categories, title: string): string =>
        markdownTable(
          [title, 'self ms', '% of busy'],
          entries.map((entry) => [
            entry.name,
            formatNumber(entry.selfMs),
            formatNumber(entry.percent, 1),
          ]),
          [false, true, true],
        )
      return [
        header,
        table(profile.summary.categories, 'category'),
        table(profile.summary.functions, 'function'),
      ].join('\n\n')
    })
    .join('\n\n')
}

/** The whole generated section of docs/benchmarks.md (and what a run prints). */
export function renderReport(report: BenchReport): string {
  const sections = [
    '### Setup',
    renderSetup(report),
    `### Throughput: ${formatNumber(report.config.count)} toasts per run`,
    'Median (min–max) over the repetitions. CPU is the client process only (`process.cpuUsage()` over the send loop); peak RSS is `process.resourceUsage().maxRSS` of the measuring process; responder CPU % is the fake WNS process over the same wall time (100 % = one core saturated, so the client was not the bottleneck).',
    renderThroughput(report),
    '### Ratios, computed pair by pair',
    'Each repetition runs the variants back to back; a ratio is taken within a repetition, then summarized.',
    renderRatios(report),
    '### Payload building',
    renderPayload(report),
    '### Memory: `sendStream` over generated channels',
    renderMemory(report),
    '### Targets',
    renderTargets(report),
  ]
  if (report.profiles.length > 0) sections.push('### CPU profiles', renderProfiles(report))
  if (report.failures.length > 0) {
    sections.push(
      '### Harness failures',
      report.failures.map((failure) => `- ${failure}`).join('\n'),
    )
  }
  return sections.join('\n\n')
}
