import { describe, expect, it } from 'vitest'
import { createSeededRandom } from './create-seeded-random'

describe('createSeededRandom', () => {
  it('repeats the same sequence for the same seed and differs for another seed', () => {
    const first = createSeededRandom(42)
    const second = createSeededRandom(42)
    const other = createSeededRandom(43)
    const a = Array.from({ length: 5 }, first)
    expect(Array.from({ length: 5 }, second)).toEqual(a)
    expect(Array.from({ length: 5 }, other)).not.toEqual(a)
  })

  it('stays within [0, 1) and spreads values across the range', () => {
    const random = createSeededRandom(7)
    const values = Array.from({ length: 2000 }, random)
    expect(values.every((value) => value >= 0 && value < 1)).toBe(true)
    expect(values.filter((value) => value < 0.5).length).toBeGreaterThan(850)
    expect(values.filter((value) => value >= 0.5).length).toBeGreaterThan(850)
  })
})
