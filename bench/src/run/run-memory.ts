import type { BenchConfig } from '../cli/bench-config'
import type { StreamMeasureResult } from '../measure/measure-result'
import { runMeasurement } from '../measure/run-measurement'
import { formatMegabytes, formatNumber } from '../report/format-number'
import type { RunningResponder } from '../responder/start-responder'

/** What the memory section produced. */
export interface MemoryOutcome {
  readonly streams: StreamMeasureResult[]
  readonly failures: string[]
}

/** Runs `sendStream` over each configured channel count, each in a fresh child. */
export async function runMemory(
  config: BenchConfig,
  responder: RunningResponder,
  log: (line: string) => void,
): Promise<MemoryOutcome> {
  const streams: StreamMeasureResult[] = []
  const failures: string[] = []
  for (const count of config.streamCounts) {
    const name = `sendStream over ${formatNumber(count)} channels`
    try {
      const result = await runMeasurement<StreamMeasureResult>(
        {
          kind: 'stream',
          count,
          concurrency: config.streamConcurrency,
          target: { port: responder.port, ca: responder.ca },
        },
        { timeoutMs: config.childTimeoutMs },
      )
      streams.push(result)
      if (result.sent !== count || result.failed > 0) {
        const first = result.firstError ? ` (first: ${result.firstError})` : ''
        failures.push(`${name}: ${result.sent} accepted, ${result.failed} failed${first}`)
      }
      log(
        `${name}: peak RSS ${formatMegabytes(result.maxRssKb)} MB, ` +
          `${formatNumber(result.sent / (result.elapsedMs / 1000))}/s`,
      )
    } catch (error) {
      failures.push(`${name}: ${error instanceof Error ? error.message : String(error)}`)
      log(`${name}: FAILED`)
    }
  }
  return { streams, failures }
}
