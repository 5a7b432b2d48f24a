import { WnsClient } from '@homepot/wns-http'
import { createLoopbackDispatcher } from '../transport/create-loopback-dispatcher'
import { BENCH_CLIENT_SECRET, BENCH_PACKAGE_SID } from '../workload/bench-credentials'
import { buildBenchToast } from '../workload/bench-toast'
import { generateChannelUris } from '../workload/channel-uris'
import { measureProcessCost } from './measure-process-cost'
import type { StreamMeasureRequest } from './measure-request'
import type { StreamMeasureResult } from './measure-result'

/** How often the heap is sampled while streaming. */
const HEAP_SAMPLE_MS = 100

/**
 * Streams `count` generated channels through `WnsClient.sendStream` and consumes the results as
 * they come, keeping only counters: what a job that walks a whole device table does. The peak
 * RSS at the end shows whether memory grows with the input.
 */
export async function measureStream(request: StreamMeasureRequest): Promise<StreamMeasureResult> {
  const notification = buildBenchToast()
  const client = new WnsClient({
    credentials: { packageSid: BENCH_PACKAGE_SID, clientSecret: BENCH_CLIENT_SECRET },
    dispatcher: createLoopbackDispatcher(request.target, request.concurrency),
    concurrency: request.concurrency,
  })
  async function* items() {
    for await (const channelUri of generateChannelUris(request.count)) {
      yield { channelUri, notification }
    }
  }
  let peakHeapUsed = 0
  const sampleHeap = (): void => {
    peakHeapUsed = Math.max(peakHeapUsed, process.memoryUsage().heapUsed)
  }
  const sampler = setInterval(sampleHeap, HEAP_SAMPLE_MS)
  const { value: outcome, cost } = await measureProcessCost(async () => {
    let sent = 0
    let failed = 0
    let firstError: string | undefined
    for await (const result of client.sendStream(items(), { concurrency: request.concurrency })) {
      if (result.ok) sent += 1
      else {
        failed += 1
        firstError ??= result.error.message
      }
    }
    return firstError === undefined ? { sent, failed } : { sent, failed, firstError }
  })
  clearInterval(sampler)
  sampleHeap()
  return {
    kind: 'stream',
    count: request.count,
    concurrency: request.concurrency,
    ...outcome,
    ...cost,
    peakHeapUsedKb: Math.round(peakHeapUsed / 1024),
  }
}
