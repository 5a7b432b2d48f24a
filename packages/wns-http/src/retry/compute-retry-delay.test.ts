import { WnsError } from '@homepot/wns-core'
import { describe, expect, it } from 'vitest'
import { computeRetryDelay } from './compute-retry-delay'
import { DEFAULT_RETRY_OPTIONS } from './retry-options'

const options = { ...DEFAULT_RETRY_OPTIONS, baseDelayMs: 100, maxDelayMs: 1_000 }

describe('computeRetryDelay', () => {
  it('draws the wait uniformly below an exponentially growing ceiling (full jitter)', () => {
    const nearlyOne = () => 0.999_999
    expect(computeRetryDelay(new WnsError('SERVICE_UNAVAILABLE'), 1, options, nearlyOne)).toBe(99)
    expect(computeRetryDelay(new WnsError('SERVICE_UNAVAILABLE'), 2, options, nearlyOne)).toBe(199)
    expect(computeRetryDelay(new WnsError('SERVICE_UNAVAILABLE'), 3, options, nearlyOne)).toBe(399)
    expect(computeRetryDelay(new WnsError('SERVICE_UNAVAILABLE'), 3, options, () => 0)).toBe(0)
    expect(computeRetryDelay(new WnsError('SERVICE_UNAVAILABLE'), 3, options, () => 0.5)).toBe(200)
  })

  it('never computes more than maxDelayMs', () => {
    const delay = computeRetryDelay(new WnsError('TIMEOUT'), 30, options, () => 0.999_999)
    expect(delay).toBe(999)
  })

  it('uses Retry-After as it is, even above maxDelayMs', () => {
    const error = new WnsError('SERVICE_UNAVAILABLE', { retryAfterMs: 120_000 })
    expect(computeRetryDelay(error, 1, options, () => 0.5)).toBe(120_000)
  })

  it('waits throttleDelayMs after a 406 without Retry-After, and Retry-After when present', () => {
    const throttled = { ...options, throttleDelayMs: 7_000 }
    expect(computeRetryDelay(new WnsError('THROTTLED'), 1, throttled)).toBe(7_000)
    const withHeader = new WnsError('THROTTLED', { retryAfterMs: 900_000 })
    expect(computeRetryDelay(withHeader, 1, throttled)).toBe(900_000)
  })
})
