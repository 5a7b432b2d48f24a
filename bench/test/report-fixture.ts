import type { BenchConfig } from '../src/cli/bench-config'
import type { BenchReport, SendRun } from '../src/report/bench-report'
import type { VariantId } from '../src/variants/variant-ids'

/** A throughput run that sent `count` notifications in `elapsedMs` using `cpuUs`. */
export function sendRun(
  variant: VariantId,
  concurrency: number,
  repetition: number,
  elapsedMs: number,
  cpuUs = elapsedMs * 1000,
  count = 1000,
): SendRun {
  return {
    kind: 'send',
    variant,
    concurrency,
    count,
    sent: count,
    failed: 0,
    elapsedMs,
    cpuUs,
    maxRssKb: 80 * 1024,
    repetition,
    responderCpuUs: elapsedMs * 500,
    responderNotifications: count,
    responderBodyBytes: count * 600,
  }
}

const CONFIG: BenchConfig = {
  quick: false,
  count: 1000,
  repetitions: 2,
  concurrencies: [16, 64],
  variants: ['wns-client', 'raw-undici', 'npm-wns', 'homepot-push'],
  streamCounts: [100_000, 1_000_000],
  streamConcurrency: 64,
  payloadTimeMs: 1000,
  sections: ['throughput', 'payload', 'memory'],
  profileConcurrency: undefined,
  childTimeoutMs: 60_000,
  writeDocs: false,
}

/** A report with the given runs and nothing else measured. */
export function benchReport(overrides: Partial<BenchReport> = {}): BenchReport {
  return {
    config: CONFIG,
    machine: {
      cpuModel: 'Test CPU',
      cpuCount: 2,
      memoryGiB: 8,
      os: 'Linux 6 x64',
      node: 'v20.0.0',
      loadAverage: 0.5,
    },
    command: 'pnpm bench',
    startedAt: '2026-01-01T00:00:00.000Z',
    durationSeconds: 60,
    toastBytes: 600,
    sendRuns: [],
    payload: undefined,
    streams: [],
    profiles: [],
    failures: [],
    ...overrides,
  }
}
