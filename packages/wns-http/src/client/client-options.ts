import type { ChannelUriOptions, WnsCredentials, WnsSendOptions } from '@homepot/wns-core'
import type { Dispatcher } from 'undici'
import { z } from 'zod'
import type { WnsLogger } from '../logging/logger'
import type { WnsRetryOptions } from '../retry/retry-options'
import type { AccessTokenProvider } from '../tokens/access-token-provider'

/**
 * Options of {@link WnsClient}. Validated once, in the constructor; unknown keys are refused.
 *
 * @example
 * new WnsClient({
 *   credentials: { tenantId, clientId, clientSecret },
 *   timeoutMs: 10_000,
 *   retry: { maxAttempts: 5, deadlineMs: 30_000 },
 *   concurrency: 64,
 * })
 */
export interface WnsClientOptions {
  /**
   * Partner Center `{ packageSid, clientSecret }` (login.live.com) or Entra ID
   * `{ tenantId, clientId, clientSecret }` (Windows App SDK apps).
   * @default read from `WNS_PACKAGE_SID`/`WNS_CLIENT_SECRET` or
   *   `WNS_TENANT_ID`/`WNS_CLIENT_ID`/`WNS_CLIENT_SECRET` (see `readCredentialsFromEnv`)
   */
  readonly credentials?: WnsCredentials
  /** Your own token source, instead of `credentials`. */
  readonly tokenProvider?: AccessTokenProvider
  /**
   * The undici dispatcher every request goes through, token requests included. When given, the
   * client does not close it.
   * @default an Agent the client creates (keep-alive, `concurrency` connections per host) and
   *   closes in `close()`
   */
  readonly dispatcher?: Dispatcher
  /**
   * Time allowed for one HTTP exchange (a send attempt, or a token request). A send through
   * undici's own `Agent`, `Pool` or `Client` with a limit of 10 s or more hands it to undici as the
   * request's `headersTimeout`/`bodyTimeout` (no timer per request): it then counts from when the
   * request is written, and undici checks it about once a second. Shorter limits, and sends
   * through any other dispatcher, are timed here from the start of the attempt.
   * @default 15000
   */
  readonly timeoutMs?: number
  /** Retry policy; each field has its own default (see {@link WnsRetryOptions}). */
  readonly retry?: WnsRetryOptions
  /** Structured logger, pino's `(fields, message)` order. @default silent */
  readonly logger?: WnsLogger
  /**
   * Default number of sends in flight in `sendMany`/`sendStream`, and the number of sockets per
   * WNS host of the Agent the client creates.
   * @default 32
   */
  readonly concurrency?: number
  /**
   * How long before expiry an access token is replaced (capped at half its lifetime).
   * @default 300000 (5 minutes)
   */
  readonly tokenRefreshMarginMs?: number
  /** Options of the channel-URI validator every send applies before any I/O. */
  readonly channelUriOptions?: ChannelUriOptions
}

/**
 * Per-call options: an abort signal and overrides of the client's timeout and retry policy.
 *
 * @example
 * await client.send(uri, notification, { signal: AbortSignal.timeout(5_000), retry: { maxAttempts: 1 } })
 */
export interface WnsCallOptions {
  /** Aborting it ends the call with an `ABORTED` `WnsError`, waits between retries included. */
  readonly signal?: AbortSignal
  /** Overrides the client's `timeoutMs` for this call. */
  readonly timeoutMs?: number
  /** Overrides fields of the client's retry policy for this call. */
  readonly retry?: WnsRetryOptions
}

/**
 * Options of `client.send()`: the core's send options (`ttlSeconds`, `cachePolicy`,
 * `requestForStatus`, `tag`, `group`, `suppressPopup`, `priority`, `correlationVector`, …) plus
 * the {@link WnsCallOptions}.
 */
export type WnsClientSendOptions = WnsSendOptions & WnsCallOptions

/** Default of {@link WnsClientOptions.timeoutMs}. */
export const DEFAULT_TIMEOUT_MS = 15_000

/** Default of {@link WnsClientOptions.concurrency}. */
export const DEFAULT_CONCURRENCY = 32

const hasMethods =
  (...names: string[]) =>
  (value: unknown): boolean =>
    typeof value === 'object' &&
    value !== null &&
    names.every((name) => typeof (value as Record<string, unknown>)[name] === 'function')

const milliseconds = z.number().int().nonnegative().max(2_147_483_647)

/** @internal */
export const retryOptionsSchema = z.strictObject({
  maxAttempts: z.number().int().min(1).max(100).optional(),
  baseDelayMs: milliseconds.optional(),
  maxDelayMs: milliseconds.optional(),
  deadlineMs: milliseconds.min(1).optional(),
  throttleDelayMs: milliseconds.optional(),
})

/** @internal */
export const abortSignalSchema = z.custom<AbortSignal>(
  (value) =>
    hasMethods('addEventListener', 'removeEventListener')(value) &&
    typeof (value as AbortSignal).aborted === 'boolean',
  { message: 'must be an AbortSignal' },
)

/** @internal */
export const clientOptionsSchema = z.strictObject({
  credentials: z.unknown().optional(),
  tokenProvider: z
    .custom<AccessTokenProvider>(hasMethods('getToken', 'invalidate'), {
      message: 'must have getToken() and invalidate() methods',
    })
    .optional(),
  dispatcher: z
    .custom<Dispatcher>(hasMethods('dispatch'), { message: 'must be an undici Dispatcher' })
    .optional(),
  timeoutMs: milliseconds.min(1).optional(),
  retry: retryOptionsSchema.optional(),
  logger: z
    .custom<WnsLogger>(hasMethods('debug', 'info', 'warn', 'error'), {
      message: 'must have debug(), info(), warn() and error() methods',
    })
    .optional(),
  concurrency: z.number().int().min(1).max(10_000).optional(),
  tokenRefreshMarginMs: milliseconds.optional(),
  channelUriOptions: z.record(z.string(), z.unknown()).optional(),
})

/** @internal */
export const callOptionsSchema = z.object({
  signal: abortSignalSchema.optional(),
  timeoutMs: milliseconds.min(1).optional(),
  retry: retryOptionsSchema.optional(),
})
