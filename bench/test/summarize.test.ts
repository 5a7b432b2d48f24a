import { describe, expect, it } from 'vitest'
import { pairRatios } from '../src/stats/pair-ratios'
import { median, summarize } from '../src/stats/summarize'

describe('median', () => {
  it('takes the middle value of an odd count, whatever the input order', () => {
    expect(median([9, 1, 5])).toBe(5)
  })

  it('averages the two middle values of an even count', () => {
    expect(median([4, 1, 3, 2])).toBe(2.5)
  })

  it('does not reorder the caller’s array', () => {
    const values = [3, 1, 2]
    median(values)
    expect(values).toEqual([3, 1, 2])
  })

  it('refuses an empty list', () => {
    expect(() => median([])).toThrow(RangeError)
  })
})

describe('summarize', () => {
  it('reports median, min, max and count', () => {
    expect(summarize([30, 10, 20, 40])).toEqual({ median: 25, min: 10, max: 40, count: 4 })
  })
})

describe('pairRatios', () => {
  it('divides values of the same repetition, not medians', () => {
    // Medians would give 20/10 = 2; the pairs give 1, 4 and 1.
    expect(pairRatios([10, 40, 20], [10, 10, 20])).toEqual([1, 4, 1])
  })

  it('refuses lists of different lengths', () => {
    expect(() => pairRatios([1, 2], [1])).toThrow(/as many numerators as denominators/)
  })
})
