/**
 * How the client retries a send that failed in a way that can succeed later (500, 503, 406,
 * timeouts, connection failures). 400, 403, 404, 410 and 413 are never retried; a 401 is
 * answered by one re-authentication and one resend, which does not count against `maxAttempts`'
 * backoff but does count as an attempt.
 */
export interface WnsRetryOptions {
  /**
   * Most HTTP attempts for one send, the first included. `1` turns retries off.
   * @default 4
   */
  readonly maxAttempts?: number
  /**
   * Upper bound of the first backoff; attempt `n` waits a random time in
   * `[0, min(maxDelayMs, baseDelayMs * 2^(n-1)))` ("full jitter").
   * @default 250
   */
  readonly baseDelayMs?: number
  /**
   * Largest computed backoff. A server's `Retry-After` is honoured even when it is longer.
   * @default 30000
   */
  readonly maxDelayMs?: number
  /**
   * Time budget for one send's retries: no retry starts, and no wait is taken, past it. A retry
   * whose wait would end after the deadline is not made; the last error is returned at once
   * instead (with its `retryAfterMs`, so the caller can schedule it). An attempt already in flight
   * keeps its `timeoutMs`, so a send ends within `deadlineMs + timeoutMs` at the latest.
   * @default 60000
   */
  readonly deadlineMs?: number
  /**
   * Wait after a 406 (throttled) that came without `Retry-After`. WNS documents no value; ten
   * seconds is this library's choice: long enough to ease off, and short enough that one retry
   * still fits in the default `deadlineMs` (a wait that would overrun the deadline is not taken).
   * @default 10000
   */
  readonly throttleDelayMs?: number
}

/** {@link WnsRetryOptions} with every field filled in. */
export type ResolvedRetryOptions = Required<WnsRetryOptions>

/**
 * The defaults of {@link WnsRetryOptions}.
 *
 * @example
 * new WnsClient({ retry: { ...DEFAULT_RETRY_OPTIONS, maxAttempts: 6 } })
 */
export const DEFAULT_RETRY_OPTIONS: ResolvedRetryOptions = Object.freeze({
  maxAttempts: 4,
  baseDelayMs: 250,
  maxDelayMs: 30_000,
  deadlineMs: 60_000,
  throttleDelayMs: 10_000,
})
