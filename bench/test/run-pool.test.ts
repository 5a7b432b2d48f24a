import { describe, expect, it } from 'vitest'
import { runPool } from '../src/measure/run-pool'

describe('runPool', () => {
  it('runs every index once with at most `concurrency` in flight', async () => {
    let inFlight = 0
    let peak = 0
    const seen: number[] = []
    const outcome = await runPool(50, 4, async (index) => {
      inFlight += 1
      peak = Math.max(peak, inFlight)
      await new Promise((resolve) => setImmediate(resolve))
      seen.push(index)
      inFlight -= 1
      return true
    })
    expect(outcome).toEqual({ sent: 50, failed: 0 })
    expect(peak).toBe(4)
    expect([...seen].sort((a, b) => a - b)).toEqual(Array.from({ length: 50 }, (_, i) => i))
  })

  it('counts refusals and rejections as failures and keeps the first message', async () => {
    const outcome = await runPool(6, 2, async (index) => {
      if (index === 1) throw new Error('connection reset')
      return index % 2 === 0
    })
    expect(outcome).toEqual({ sent: 3, failed: 3, firstError: 'connection reset' })
  })
})
