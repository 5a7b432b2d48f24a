import { performance } from 'node:perf_hooks'
import type { ProcessCost } from './measure-result'

/**
 * Runs `work` and reports its wall-clock time, the CPU time this process spent meanwhile (user +
 * system, every thread of the process: the main thread, libuv and the GC helpers) and the
 * process's peak RSS so far.
 */
export async function measureProcessCost<T>(
  work: () => Promise<T>,
): Promise<{ value: T; cost: ProcessCost }> {
  const cpuBefore = process.cpuUsage()
  const started = performance.now()
  const value = await work()
  const elapsedMs = performance.now() - started
  const cpu = process.cpuUsage(cpuBefore)
  return {
    value,
    cost: { elapsedMs, cpuUs: cpu.user + cpu.system, maxRssKb: process.resourceUsage().maxRSS },
  }
}
