/** Peak and end memory of a run, relative to its start, in bytes. */
export interface MemoryReport {
  readonly heapAtStart: number
  readonly rssAtStart: number
  readonly peakHeapGrowth: number
  readonly peakRssGrowth: number
  readonly endHeapGrowth: number
  readonly samples: number
}

/**
 * Samples `process.memoryUsage()` every `intervalMs` until `stop()` is called. The timer is
 * unref'd, so it never keeps the process alive, and cleared by `stop()`.
 */
export function sampleMemory(intervalMs = 200): { stop(): MemoryReport } {
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
        endHeapGrowth: process.memoryUsage().heapUsed - start.heapUsed,
        samples,
      }
    },
  }
}

/** Bytes as whole megabytes, for summaries. */
export function megabytes(bytes: number): number {
  return Math.round(bytes / 1_048_576)
}
