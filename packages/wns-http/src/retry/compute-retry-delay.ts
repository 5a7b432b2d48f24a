import type { WnsError } from '@homepot/wns-core'
import type { ResolvedRetryOptions } from './retry-options'

/**
 * How long to wait before attempt `attempt + 1`, after `error` ended attempt `attempt`.
 *
 * - The server's word wins: `Retry-After` / `X-WNS-CONTINUE-AFTER` (`error.retryAfterMs`) is used
 *   as it is, even above `maxDelayMs`.
 * - A 406 without it waits `throttleDelayMs`.
 * - Anything else gets exponential backoff with full jitter: a uniform draw from
 *   `[0, min(maxDelayMs, baseDelayMs * 2^(attempt-1)))`.
 *
 * @param random - a source of numbers in `[0, 1)`; `Math.random` unless a test pins it.
 * @internal
 */
export function computeRetryDelay(
  error: Pick<WnsError, 'code' | 'retryAfterMs'>,
  attempt: number,
  options: ResolvedRetryOptions,
  random: () => number = Math.random,
): number {
  if (error.retryAfterMs !== undefined && error.retryAfterMs >= 0) return error.retryAfterMs
  if (error.code === 'THROTTLED') return options.throttleDelayMs
  const ceiling = Math.min(options.maxDelayMs, options.baseDelayMs * 2 ** (attempt - 1))
  return Math.floor(random() * ceiling)
}
