import type { BenchConfig } from '../cli/bench-config'
import type { SendMeasureResult } from '../measure/measure-result'
import { runMeasurement } from '../measure/run-measurement'
import type { SendRun } from '../report/bench-report'
import { formatMegabytes, formatNumber } from '../report/format-number'
import type { RunningResponder } from '../responder/start-responder'
import { VARIANT_LABELS } from '../variants/variant-ids'

/** What the throughput section produced. */
export interface ThroughputOutcome {
  readonly runs: SendRun[]
  readonly failures: string[]
}

/**
 * Runs every (repetition, concurrency, variant) measurement, each in a fresh child, variants
 * back to back within a repetition (A B C D A B C D …) so that pairs share the machine's state.
 * A run that does not deliver every notification is a harness failure: reported, not retried.
 */
export async function runThroughput(
  config: BenchConfig,
  responder: RunningResponder,
  xml: string,
  log: (line: string) => void,
): Promise<ThroughputOutcome> {
  const runs: SendRun[] = []
  const failures: string[] = []
  const total = config.repetitions * config.concurrencies.length * config.variants.length
  let done = 0
  for (let repetition = 1; repetition <= config.repetitions; repetition += 1) {
    for (const concurrency of config.concurrencies) {
      for (const variant of config.variants) {
        done += 1
        const name = `${VARIANT_LABELS[variant]} at concurrency ${concurrency}, repetition ${repetition}`
        const before = await responder.stats()
        let result: SendMeasureResult
        try {
          result = await runMeasurement<SendMeasureResult>(
            {
              kind: 'send',
              variant,
              concurrency,
              count: config.count,
              target: { port: responder.port, ca: responder.ca },
              xml,
            },
            { timeoutMs: config.childTimeoutMs },
          )
        } catch (error) {
          failures.push(`${name}: ${error instanceof Error ? error.message : String(error)}`)
          log(`[${done}/${total}] ${name}: FAILED`)
          continue
        }
        const after = await responder.stats()
        const run: SendRun = {
          ...result,
          repetition,
          responderCpuUs: after.cpuUs - before.cpuUs,
          responderNotifications: after.notifications - before.notifications,
          responderBodyBytes: after.bodyBytes - before.bodyBytes,
        }
        runs.push(run)
        const problem = checkRun(run, config.count)
        if (problem) failures.push(`${name}: ${problem}`)
        log(
          `[${done}/${total}] ${name}: ${formatNumber(run.sent / (run.elapsedMs / 1000))}/s, ` +
            `${formatNumber(run.cpuUs / Math.max(run.sent, 1), 1)} µs CPU/notification, ` +
            `peak RSS ${formatMegabytes(run.maxRssKb)} MB${problem ? ` — ${problem}` : ''}`,
        )
      }
    }
  }
  return { runs, failures }
}

/** What is wrong with a run, if anything: every notification must be accepted, exactly once. */
function checkRun(run: SendRun, count: number): string | undefined {
  if (run.sent !== count || run.failed > 0) {
    const first = run.firstError ? ` (first: ${run.firstError})` : ''
    return `${run.sent} of ${count} accepted, ${run.failed} failed${first}`
  }
  if (run.responderNotifications !== count) {
    return `the responder answered ${run.responderNotifications} notifications, expected ${count}`
  }
  return undefined
}
