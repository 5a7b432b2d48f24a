import { toast } from '@homepot/wns-core'
import { Bench, type Task } from 'tinybench'
import { BENCH_TOAST_SPEC, buildBenchToast } from '../workload/bench-toast'
import type { PayloadMeasureRequest } from './measure-request'
import type { PayloadMeasureResult, PayloadTaskResult } from './measure-result'

/**
 * Times the core toast builder on the benchmark toast (3 texts, a hero image, 2 actions) with
 * tinybench: validation, escaping and XML writing included, as every `toast()` call does.
 */
export async function measurePayload(
  request: PayloadMeasureRequest,
): Promise<PayloadMeasureResult> {
  const bytes = buildBenchToast().byteLength
  const bench = new Bench({ time: request.timeMs, warmupTime: Math.min(500, request.timeMs) })
  let sink = 0
  bench.add('toast(): 3 texts, hero image, 2 actions', () => {
    sink += toast(BENCH_TOAST_SPEC).byteLength
  })
  await bench.run()
  if (sink === 0) throw new Error('the toast builder produced nothing')
  return { kind: 'payload', tasks: bench.tasks.map((task) => taskResult(task, bytes)) }
}

function taskResult(task: Task, bytes: number): PayloadTaskResult {
  const result = task.result
  if (result.state !== 'completed') {
    const reason = result.state === 'errored' ? result.error.message : result.state
    throw new Error(`payload task "${task.name}" did not complete: ${reason}`)
  }
  return {
    name: task.name,
    opsPerSecond: 1000 / result.period,
    medianUs: result.latency.p50 * 1000,
    rmePercent: result.latency.rme,
    samples: result.latency.samplesCount,
    bytes,
  }
}
