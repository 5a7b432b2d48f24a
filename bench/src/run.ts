// `pnpm bench`: the benchmarks of issue 8. Starts the fake WNS responder in its own process, runs
// every measurement in a fresh child, prints the markdown report, writes the raw JSON to
// bench/results/ and (full runs only) the results section of docs/benchmarks.md.
// `pnpm bench --quick` is the smoke mode CI runs: a few hundred sends per variant; it exits
// non-zero when a variant fails to deliver every notification (a harness check, not a timing one).
import { mkdir, readFile, writeFile } from 'node:fs/promises'
import { fileURLToPath } from 'node:url'
import type { BenchConfig } from './cli/bench-config'
import { BENCH_USAGE, parseBenchArgs } from './cli/parse-bench-args'
import type { PayloadMeasureResult } from './measure/measure-result'
import { runMeasurement } from './measure/run-measurement'
import type { BenchReport, VariantProfile } from './report/bench-report'
import { describeMachine } from './report/describe-machine'
import { renderReport } from './report/render-report'
import { replaceGeneratedSection } from './report/replace-generated-section'
import { startResponder } from './responder/start-responder'
import { runMemory } from './run/run-memory'
import { runProfiles } from './run/run-profiles'
import { runThroughput } from './run/run-throughput'
import { buildBenchToast } from './workload/bench-toast'

const RESULTS_DIR = fileURLToPath(new URL('../results/', import.meta.url))
const DOCS_FILE = fileURLToPath(new URL('../../docs/benchmarks.md', import.meta.url))

const log = (line: string): void => {
  process.stderr.write(`${line}\n`)
}

async function main(argv: readonly string[]): Promise<number> {
  if (argv.includes('--help') || argv.includes('-h')) {
    process.stdout.write(`${BENCH_USAGE}\n`)
    return 0
  }
  let config: BenchConfig
  try {
    config = parseBenchArgs(argv)
  } catch (error) {
    log(`${error instanceof Error ? error.message : String(error)}\n\n${BENCH_USAGE}`)
    return 2
  }
  const started = Date.now()
  const machine = describeMachine()
  const toast = buildBenchToast()
  const xml = toast.body as string
  const responder = await startResponder()
  const failures: string[] = []
  let report: BenchReport
  try {
    const throughput = config.sections.includes('throughput')
      ? await runThroughput(config, responder, xml, log)
      : { runs: [], failures: [] }
    failures.push(...throughput.failures)
    let payload: PayloadMeasureResult | undefined
    if (config.sections.includes('payload')) {
      try {
        payload = await runMeasurement<PayloadMeasureResult>(
          { kind: 'payload', timeMs: config.payloadTimeMs },
          { timeoutMs: config.childTimeoutMs },
        )
        for (const task of payload.tasks)
          log(`payload: ${task.name}: ${Math.round(task.opsPerSecond)}/s`)
      } catch (error) {
        failures.push(`payload building: ${error instanceof Error ? error.message : String(error)}`)
      }
    }
    const memory = config.sections.includes('memory')
      ? await runMemory(config, responder, log)
      : { streams: [], failures: [] }
    failures.push(...memory.failures)
    let profiles: VariantProfile[] = []
    if (config.profileConcurrency !== undefined) {
      log(`profiling (a) and (b) at concurrency ${config.profileConcurrency} and payload building…`)
      profiles = await runProfiles(config, config.profileConcurrency, responder, xml, RESULTS_DIR)
    }
    report = {
      config,
      machine,
      command: ['pnpm bench', ...argv.filter((arg) => arg !== '--')].join(' '),
      startedAt: new Date(started).toISOString(),
      durationSeconds: Math.round((Date.now() - started) / 1000),
      toastBytes: toast.byteLength,
      sendRuns: throughput.runs,
      payload,
      streams: memory.streams,
      profiles,
      failures,
    }
  } finally {
    await responder.stop()
  }
  const markdown = renderReport(report)
  process.stdout.write(`${markdown}\n`)
  await mkdir(RESULTS_DIR, { recursive: true })
  const rawFile = `${RESULTS_DIR}${config.quick ? 'quick' : 'latest'}.raw.json`
  await writeFile(rawFile, `${JSON.stringify(report, null, 2)}\n`)
  log(`raw results: ${rawFile}`)
  if (config.writeDocs) {
    const current = await readFile(DOCS_FILE, 'utf8').catch(() => '# Benchmarks\n')
    await writeFile(DOCS_FILE, replaceGeneratedSection(current, markdown))
    log(`updated ${DOCS_FILE}`)
  }
  if (failures.length > 0) {
    log(`\n${failures.length} harness failure(s):\n${failures.map((f) => `- ${f}`).join('\n')}`)
    return 1
  }
  return 0
}

process.exitCode = await main(process.argv.slice(2))
