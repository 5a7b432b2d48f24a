import { WnsError } from '@homepot/wns-core'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { DEFAULT_RETRY_OPTIONS } from './retry-options'
import { runWithRetries } from './run-with-retries'

const retry = { ...DEFAULT_RETRY_OPTIONS, baseDelayMs: 100, maxDelayMs: 1_000, deadlineMs: 10_000 }

/** Milliseconds between consecutive calls. */
const gaps = (calls: number[]) => calls.slice(1).map((time, i) => time - (calls[i] ?? 0))

/** An operation that fails with the given errors, in order, then succeeds. */
function failing(...errors: WnsError[]) {
  const calls: number[] = []
  const operation = vi.fn(async ({ attempt }: { attempt: number }) => {
    calls.push(Date.now())
    const error = errors[attempt - 1]
    if (error) throw error
    return `done after ${attempt}`
  })
  return { operation, calls }
}

describe('runWithRetries', () => {
  beforeEach(() => {
    vi.useFakeTimers()
  })
  afterEach(() => {
    vi.useRealTimers()
  })

  it('retries retryable errors and resolves with the first success', async () => {
    const { operation, calls } = failing(
      new WnsError('SERVICE_UNAVAILABLE'),
      new WnsError('INTERNAL_SERVER_ERROR'),
    )
    const promise = runWithRetries(operation, { retry, random: () => 0.5 })
    await vi.runAllTimersAsync()
    await expect(promise).resolves.toBe('done after 3')
    expect(gaps(calls)).toEqual([50, 100])
  })

  it.each([
    'BAD_REQUEST',
    'FORBIDDEN',
    'CHANNEL_EXPIRED',
    'CHANNEL_GONE',
    'PAYLOAD_TOO_LARGE',
  ] as const)('never retries %s', async (code) => {
    const { operation } = failing(new WnsError(code))
    await expect(runWithRetries(operation, { retry })).rejects.toMatchObject({ code })
    expect(operation).toHaveBeenCalledTimes(1)
  })

  it('stops after maxAttempts and rethrows the last error', async () => {
    const { operation } = failing(
      new WnsError('SERVICE_UNAVAILABLE'),
      new WnsError('SERVICE_UNAVAILABLE'),
      new WnsError('TIMEOUT'),
      new WnsError('SERVICE_UNAVAILABLE'),
    )
    const promise = runWithRetries(operation, { retry: { ...retry, maxAttempts: 3 } })
    const settled = expect(promise).rejects.toMatchObject({ code: 'TIMEOUT' })
    await vi.runAllTimersAsync()
    await settled
    expect(operation).toHaveBeenCalledTimes(3)
  })

  it('waits as long as Retry-After says', async () => {
    const { operation, calls } = failing(
      new WnsError('SERVICE_UNAVAILABLE', { retryAfterMs: 3_000 }),
    )
    const promise = runWithRetries(operation, { retry })
    await vi.runAllTimersAsync()
    await expect(promise).resolves.toBe('done after 2')
    expect(gaps(calls)).toEqual([3_000])
  })

  it('gives up at once when the wait would overrun the deadline', async () => {
    const { operation } = failing(new WnsError('THROTTLED', { retryAfterMs: 900_000 }))
    await expect(runWithRetries(operation, { retry })).rejects.toMatchObject({
      code: 'THROTTLED',
      retryAfterMs: 900_000,
    })
    expect(operation).toHaveBeenCalledTimes(1)
  })

  it('tells each attempt how much of the deadline is left', async () => {
    const seen: number[] = []
    const operation = async ({
      attempt,
      remainingMs,
    }: {
      attempt: number
      remainingMs: number
    }) => {
      seen.push(remainingMs)
      if (attempt === 1) throw new WnsError('SERVICE_UNAVAILABLE', { retryAfterMs: 4_000 })
      return 'ok'
    }
    const promise = runWithRetries(operation, { retry })
    await vi.runAllTimersAsync()
    await promise
    expect(seen).toEqual([10_000, 6_000])
  })

  it('rejects with ABORTED as soon as the signal aborts during a wait', async () => {
    const { operation } = failing(new WnsError('SERVICE_UNAVAILABLE', { retryAfterMs: 5_000 }))
    const controller = new AbortController()
    const promise = runWithRetries(operation, { retry, signal: controller.signal })
    const settled = expect(promise).rejects.toMatchObject({ code: 'ABORTED' })
    await vi.advanceTimersByTimeAsync(1_000)
    controller.abort()
    await settled
    expect(operation).toHaveBeenCalledTimes(1)
    expect(vi.getTimerCount()).toBe(0)
  })

  it('rethrows errors that are not WnsErrors without retrying', async () => {
    const operation = vi.fn(async () => {
      throw new TypeError('bug')
    })
    await expect(runWithRetries(operation, { retry })).rejects.toBeInstanceOf(TypeError)
    expect(operation).toHaveBeenCalledTimes(1)
  })

  it('reports each retry with its wait', async () => {
    const onRetry = vi.fn()
    const { operation } = failing(new WnsError('INTERNAL_SERVER_ERROR'))
    const promise = runWithRetries(operation, { retry, random: () => 0, onRetry })
    await vi.runAllTimersAsync()
    await promise
    expect(onRetry).toHaveBeenCalledWith(
      expect.objectContaining({
        attempt: 1,
        delayMs: 0,
        error: expect.objectContaining({ code: 'INTERNAL_SERVER_ERROR' }),
      }),
    )
  })
})
