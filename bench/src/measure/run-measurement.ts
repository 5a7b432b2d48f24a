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
}

/**
 * Runs one measurement in a fresh child process and returns the JSON line it printed.
 * @throws {Error} when the child fails or prints no result.
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
  return new Promise((resolve, reject) => {
    child.once('error', reject)
    child.once('exit', (code, signal) => {
      const line = output.trim().split('\n').at(-1)
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
