import { describe, expect, it } from 'vitest'
import { megabytes } from './support/memory-sampler'
import { runSoak } from './support/run-soak'

describe('fault soak', () => {
  it('tmp', { timeout: 300_000 }, async () => {
    const figures = await runSoak({
      notifications: Number(process.env.SOAK_N ?? 100_000),
      channels: 10_000,
      mix: { expired: 150, revoked: 50, invalid: 150, throttled: 100 },
      concurrency: Number(process.env.SOAK_C ?? 128),
      seed: 9,
      rate503: Number(process.env.R503 ?? 0.05),
      rate500: Number(process.env.R500 ?? 0.01),
      jitterMs: Number(process.env.JIT ?? 4),
    })
    console.log(JSON.stringify({ ...figures, heap: megabytes(figures.memory.peakHeapGrowth) }))
    expect(figures.results).toBe(figures.sent)
  })
})
