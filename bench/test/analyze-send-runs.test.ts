import { describe, expect, it } from 'vitest'
import { analyzeRatio, analyzeVariants } from '../src/stats/analyze-send-runs'
import { sendRun } from './report-fixture'

describe('analyzeVariants', () => {
  it('turns runs into notifications/s, CPU µs per notification and responder CPU share', () => {
    const runs = [
      sendRun('wns-client', 16, 1, 500, 400_000),
      sendRun('wns-client', 16, 2, 250, 300_000),
    ]
    const [stats] = analyzeVariants(runs, [16], ['wns-client'])
    expect(stats?.throughput).toEqual({ median: 3000, min: 2000, max: 4000, count: 2 })
    expect(stats?.cpuPerNotificationUs).toEqual({ median: 350, min: 300, max: 400, count: 2 })
    expect(stats?.responderCpuPercent.median).toBe(50)
    expect(stats?.bodyBytesPerNotification).toBe(600)
  })

  it('skips pairs that have no runs', () => {
    const runs = [sendRun('raw-undici', 64, 1, 100)]
    expect(
      analyzeVariants(runs, [16, 64], ['wns-client', 'raw-undici']).map((s) => s.variant),
    ).toEqual(['raw-undici'])
  })
})

describe('analyzeRatio', () => {
  it('pairs runs by repetition whatever order they were recorded in', () => {
    const runs = [
      sendRun('raw-undici', 16, 2, 100),
      sendRun('wns-client', 16, 1, 100),
      sendRun('raw-undici', 16, 1, 50),
      sendRun('wns-client', 16, 2, 125),
    ]
    const ratio = analyzeRatio(runs, 16, 'wns-client', 'raw-undici', 'throughput')
    // Repetition 1: 10,000/s ÷ 20,000/s = 0.5; repetition 2: 8,000/s ÷ 10,000/s = 0.8.
    expect(ratio?.ratio.min).toBeCloseTo(0.5)
    expect(ratio?.ratio.max).toBeCloseTo(0.8)
    expect(ratio?.ratio.median).toBeCloseTo(0.65)
  })

  it('compares CPU per notification when asked', () => {
    const runs = [
      sendRun('wns-client', 64, 1, 100, 110_000),
      sendRun('raw-undici', 64, 1, 100, 100_000),
    ]
    expect(
      analyzeRatio(runs, 64, 'wns-client', 'raw-undici', 'cpuPerNotification')?.ratio.median,
    ).toBeCloseTo(1.1)
  })

  it('gives nothing when a variant is missing at that concurrency', () => {
    const runs = [sendRun('wns-client', 64, 1, 100)]
    expect(analyzeRatio(runs, 64, 'wns-client', 'npm-wns', 'throughput')).toBeUndefined()
  })
})
