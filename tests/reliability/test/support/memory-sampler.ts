import { forceGc } from './force-gc'

/** Memory of a run relative to its start, in bytes. */
export interface MemoryReport {
  /** `heapUsed` at the start, after a full collection. */
  readonly heapAtStart: number
  readonly rssAtStart: number
  /** Highest sampled `heapUsed` minus the start: live data plus garbage not yet collected. */
  readonly peakHeapGrowth: number
  readonly peakRssGrowth: number
  /** `heapUsed` when stopped, after a full collection, minus the start: what is still referenced. */
  readonly retainedHeapGrowth: number
  readonly samples: number
}

/**
 * Samples `process.memoryUsage()` every `intervalMs` until `stop()` is called, from a heap just
 * collected; `stop()` collects again before its last reading. The timer is unref'd, so it never
 * keeps the process alive, and cleared by `stop()`.
 */
export function sampleMemory(intervalMs = 200): { stop(): MemoryReport } {
  forceGc()
  const start = process.memoryUsage()
  let peakHeap = start.heapUsed
  let peakRss = start.rss
  let samples = 1
  const take = (): void => {
    const now = process.memoryUsage()
    peakHeap = Math.max(peakHeap, now.heapUsed)
    peakRss = Math.max(peakRss, now.rss)
    samples += 1
  }
  const timer = setInterval(take, intervalMs)
  timer.unref()
  return {
    stop() {
      clearInterval(timer)
      take()
      return {
        heapAtStart: start.heapUsed,
        rssAtStart: start.rss,
        peakHeapGrowth: peakHeap - start.heapUsed,
        peakRssGrowth: peakRss - start.rss,
        retainedHeapGrowth: retainedHeap() - start.heapUsed,
        samples,
      }
    },
  }
}

function retainedHeap(): number {
  forceGc()
  return process.memoryUsage().heapUsed
}

/** Bytes as whole megabytes, for summaries. */
export function megabytes(bytes: number): number {
  return Math.round(bytes / 1_048_576)
}
