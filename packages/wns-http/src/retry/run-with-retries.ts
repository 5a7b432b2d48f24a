import { WnsError } from '@homepot/wns-core'
import { computeRetryDelay } from './compute-retry-delay'
import type { ResolvedRetryOptions } from './retry-options'
import { sleep } from './sleep'

/** What {@link runWithRetries} passes to each attempt. */
export interface AttemptContext {
  /** 1 for the first attempt. */
  readonly attempt: number
  /** Milliseconds left before the total deadline (never below 0). */
  readonly remainingMs: number
}

/** Settings of one {@link runWithRetries} run. */
export interface RunWithRetriesOptions {
  readonly retry: ResolvedRetryOptions
  readonly signal?: AbortSignal | undefined
  readonly now?: () => number
  readonly random?: () => number
  /** Called before each wait. */
  readonly onRetry?: (event: { error: WnsError; attempt: number; delayMs: number }) => void
}

/**
 * Runs `operation` until it succeeds, fails with an error that is not retryable, runs out of
 * attempts, or a wait would overrun the deadline; then rethrows the last error.
 *
 * Why not cockatiel's `retry()` (installed, and used for nothing else): cockatiel 3's
 * `RetryPolicy` sleeps between attempts with a plain `setTimeout` that ignores the abort signal —
 * an abort during a 15-minute `Retry-After` would hang for 15 minutes — and it has no notion of a
 * total deadline. Both are requirements here, so the loop is ours (and small); the delay policy
 * (full jitter, `Retry-After` first) lives in {@link computeRetryDelay}.
 * @internal
 */
export async function runWithRetries<T>(
  operation: (context: AttemptContext) => Promise<T>,
  options: RunWithRetriesOptions,
): Promise<T> {
  const now = options.now ?? Date.now
  const deadline = now() + options.retry.deadlineMs
  try {
    return await operation({ attempt: 1, remainingMs: Math.max(0, deadline - now()) })
  } catch (error) {
    return retryAfterFailure(operation, error, deadline, options)
  }
}

/**
 * The rest of {@link runWithRetries} once attempt 1 has failed with `error`, for callers that make
 * the first attempt themselves and enter the retry machinery only after a failure. `deadline` is
 * the total deadline (epoch milliseconds on `options.now`'s clock), fixed before attempt 1.
 * @internal
 */
export async function retryAfterFailure<T>(
  operation: (context: AttemptContext) => Promise<T>,
  error: unknown,
  deadline: number,
  options: RunWithRetriesOptions,
): Promise<T> {
  const now = options.now ?? Date.now
  const { retry, signal } = options
  let failure = error
  for (let attempt = 1; ; attempt++) {
    if (!WnsError.isInstance(failure) || !failure.retryable || attempt >= retry.maxAttempts) {
      throw failure
    }
    const delayMs = computeRetryDelay(failure, attempt, retry, options.random)
    if (now() + delayMs >= deadline) throw failure
    options.onRetry?.({ error: failure, attempt, delayMs })
    await sleep(delayMs, signal)
    try {
      return await operation({ attempt: attempt + 1, remainingMs: Math.max(0, deadline - now()) })
    } catch (next) {
      failure = next
    }
  }
}
