import { fork } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import type { MeasureRequest } from './measure-request'
import type { MeasureResult } from './measure-result'

/** Options of {@link runMeasurement}. */
export interface RunMeasurementOptions {
  /** Extra Node flags for the child, e.g. `--cpu-prof`. */
  readonly execArgv?: readonly string[]
  /** The built child entry. @default dist/measure.js beside this file */
  readonly entry?: string
  /**
   * Time after which a child that has not exited is killed and the measurement fails: a hung
   * variant must not hang the harness (or CI). Not a timing check.
   * @default 1_800_000 (30 minutes)
   */
  readonly timeoutMs?: number
}

/**
 * Runs one measurement in a fresh child process and returns the JSON line it printed.
 * @throws {Error} when the child fails, prints no result or outlives `timeoutMs`.
 */
export function runMeasurement<R extends MeasureResult>(
  request: MeasureRequest,
  options: RunMeasurementOptions = {},
): Promise<R> {
  const entry = options.entry ?? fileURLToPath(new URL('./measure.js', import.meta.url))
  const child = fork(entry, [JSON.stringify(request)], {
    stdio: ['ignore', 'pipe', 'inherit', 'ipc'],
    execArgv: [...(options.execArgv ?? [])],
  })
  let output = ''
  child.stdout?.setEncoding('utf8').on('data', (chunk: string) => {
    output += chunk
  })
  const timeoutMs = options.timeoutMs ?? 1_800_000
  let timedOut = false
  const timer = setTimeout(() => {
    timedOut = true
    child.kill('SIGKILL')
  }, timeoutMs)
  return new Promise((resolve, reject) => {
    child.once('error', reject)
    child.once('exit', (code, signal) => {
      clearTimeout(timer)
      const line = output.trim().split('\n').at(-1)
      if (timedOut) {
        reject(new Error(`measurement ${describe(request)} did not finish within ${timeoutMs} ms`))
        return
      }
      if (code !== 0 || !line) {
        reject(new Error(`measurement ${describe(request)} failed (exit ${code ?? signal})`))
        return
      }
      resolve(JSON.parse(line) as R)
    })
  })
}

function describe(request: MeasureRequest): string {
  switch (request.kind) {
    case 'send':
      return `${request.variant} ×${request.count} at concurrency ${request.concurrency}`
    case 'stream':
      return `sendStream ×${request.count}`
    case 'payload':
      return 'payload building'
  }
}
