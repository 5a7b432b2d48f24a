import { mkdir, readFile, rm } from 'node:fs/promises'
import path from 'node:path'
import type { BenchConfig } from '../cli/bench-config'
import type { MeasureRequest } from '../measure/measure-request'
import { runMeasurement } from '../measure/run-measurement'
import { type CpuProfile, summarizeCpuProfile } from '../profile/summarize-cpu-profile'
import type { VariantProfile } from '../report/bench-report'
import type { RunningResponder } from '../responder/start-responder'
import type { VariantId } from '../variants/variant-ids'

/** The variants profiled: the client and the physical limit it is held to. */
const PROFILED: readonly VariantId[] = ['wns-client', 'raw-undici']

/** Name under which the payload-building profile is reported. */
export const PAYLOAD_PROFILE_NAME = 'payload building (toast())'

/**
 * Runs (a) and (b) once more at `concurrency`, and the payload benchmark once more, under
 * `node --cpu-prof`, and summarizes each profile. Profiles are kept as
 * `bench/results/profile-*.raw.json` (V8 `.cpuprofile` JSON; rename one to `.cpuprofile` to open
 * it in Chrome DevTools).
 */
export async function runProfiles(
  config: BenchConfig,
  concurrency: number,
  responder: RunningResponder,
  xml: string,
  resultsDir: string,
): Promise<VariantProfile[]> {
  await mkdir(resultsDir, { recursive: true })
  const profiles: VariantProfile[] = []
  const jobs: { name: string; fileName: string; request: MeasureRequest }[] = PROFILED.map(
    (variant) => ({
      name: variant,
      fileName: `profile-${variant}-c${concurrency}.raw.json`,
      request: {
        kind: 'send',
        variant,
        concurrency,
        count: config.count,
        target: { port: responder.port, ca: responder.ca },
        xml,
      },
    }),
  )
  jobs.push({
    name: PAYLOAD_PROFILE_NAME,
    fileName: 'profile-payload.raw.json',
    request: { kind: 'payload', timeMs: config.payloadTimeMs },
  })
  for (const job of jobs) {
    const file = path.join(resultsDir, job.fileName)
    await rm(file, { force: true })
    await runMeasurement(job.request, {
      execArgv: ['--cpu-prof', `--cpu-prof-dir=${resultsDir}`, `--cpu-prof-name=${job.fileName}`],
      timeoutMs: config.childTimeoutMs,
    })
    const profile = JSON.parse(await readFile(file, 'utf8')) as CpuProfile
    profiles.push({
      variant: job.name,
      concurrency: job.request.kind === 'send' ? concurrency : 0,
      file: path.relative(process.cwd(), file),
      summary: summarizeCpuProfile(profile),
    })
  }
  return profiles
}
