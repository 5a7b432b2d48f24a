import { describe, expect, it } from 'vitest'
import { terminalState } from './fleet'

describe('terminalState', () => {
  it('plans about 5% expired, 3% invalid, 2% throttled and 10% offline terminals', () => {
    const counts: Record<string, number> = {}
    for (let i = 0; i < 1000; i++) counts[terminalState(i)] = (counts[terminalState(i)] ?? 0) + 1
    expect(counts.expired).toBe(50)
    expect(counts.invalid).toBeGreaterThanOrEqual(25)
    expect(counts.throttled).toBeGreaterThanOrEqual(15)
    expect(counts.offline).toBeGreaterThanOrEqual(80)
    expect(counts.active).toBeGreaterThan(700)
  })
})
