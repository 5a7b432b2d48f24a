import {
  buildTokenRequest,
  type ChannelUriOptions,
  type WnsCredentials,
  WnsError,
} from '@homepot/wns-core'
import type { Dispatcher } from 'undici'
import { silentLogger, type WnsLogger } from '../logging/logger'
import {
  DEFAULT_RETRY_OPTIONS,
  type ResolvedRetryOptions,
  type WnsRetryOptions,
} from '../retry/retry-options'
import type { AccessTokenProvider } from '../tokens/access-token-provider'
import { DEFAULT_REFRESH_MARGIN_MS } from '../tokens/create-cached-token-provider'
import {
  callOptionsSchema,
  clientOptionsSchema,
  DEFAULT_CONCURRENCY,
  DEFAULT_TIMEOUT_MS,
  type WnsCallOptions,
  type WnsClientOptions,
} from './client-options'
import { toOptionsError } from './options-error'
import { readCredentialsFromEnv } from './read-credentials-from-env'

/**
 * The client's options, validated and with every default filled in.
 * @internal
 */
export interface ResolvedClientOptions {
  readonly credentials: WnsCredentials | undefined
  readonly tokenProvider: AccessTokenProvider | undefined
  readonly dispatcher: Dispatcher | undefined
  readonly timeoutMs: number
  readonly retry: ResolvedRetryOptions
  readonly logger: WnsLogger
  readonly concurrency: number
  readonly tokenRefreshMarginMs: number
  readonly channelUriOptions: ChannelUriOptions | undefined
}

/**
 * Per-call settings after merging a call's options over the client's.
 * @internal
 */
export interface ResolvedCallOptions {
  readonly signal: AbortSignal | undefined
  readonly timeoutMs: number
  readonly retry: ResolvedRetryOptions
}

/**
 * Validates the constructor's options and fills in defaults; credentials fall back to the
 * environment when neither `credentials` nor `tokenProvider` is given.
 * @throws {WnsError} `INVALID_OPTIONS` naming the field.
 * @internal
 */
export function resolveClientOptions(
  options: WnsClientOptions | undefined,
  env: Readonly<Record<string, string | undefined>> = process.env,
): ResolvedClientOptions {
  const parsed = clientOptionsSchema.safeParse(options ?? {})
  if (!parsed.success) throw toOptionsError(parsed.error, '')
  const data = parsed.data
  if (data.credentials !== undefined && data.tokenProvider !== undefined) {
    throw new WnsError('INVALID_OPTIONS', {
      message: 'credentials and tokenProvider must not both be given',
      field: 'tokenProvider',
    })
  }
  const given = data.credentials ?? (data.tokenProvider ? undefined : readCredentialsFromEnv(env))
  const credentials = given === undefined ? undefined : checkCredentials(given)
  if (credentials === undefined && data.tokenProvider === undefined) {
    throw new WnsError('INVALID_OPTIONS', {
      message:
        'credentials is required: pass { packageSid, clientSecret } or { tenantId, clientId, clientSecret }, a tokenProvider, or set WNS_PACKAGE_SID/WNS_CLIENT_SECRET',
      field: 'credentials',
    })
  }
  return {
    credentials,
    tokenProvider: data.tokenProvider,
    dispatcher: data.dispatcher,
    timeoutMs: data.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    retry: mergeRetryOptions(DEFAULT_RETRY_OPTIONS, data.retry),
    logger: data.logger ?? silentLogger,
    concurrency: data.concurrency ?? DEFAULT_CONCURRENCY,
    tokenRefreshMarginMs: data.tokenRefreshMarginMs ?? DEFAULT_REFRESH_MARGIN_MS,
    channelUriOptions: data.channelUriOptions as ChannelUriOptions | undefined,
  }
}

/**
 * Merges one call's options over the client's; returns `defaults` itself when there is nothing
 * to merge, so the common case allocates nothing.
 * @throws {WnsError} `INVALID_OPTIONS` naming the field.
 * @internal
 */
export function resolveCallOptions(
  defaults: ResolvedCallOptions,
  call: WnsCallOptions | undefined,
): ResolvedCallOptions {
  if (call === undefined) return defaults
  if (call.signal === undefined && call.timeoutMs === undefined && call.retry === undefined) {
    return defaults
  }
  const parsed = callOptionsSchema.safeParse(call)
  if (!parsed.success) throw toOptionsError(parsed.error, 'options')
  return {
    signal: parsed.data.signal ?? defaults.signal,
    timeoutMs: parsed.data.timeoutMs ?? defaults.timeoutMs,
    retry: mergeRetryOptions(defaults.retry, parsed.data.retry),
  }
}

/**
 * Checks credentials with the core's own rules by building (not sending) a token request, so
 * a malformed Package SID or tenant id fails here rather than at the first send.
 */
function checkCredentials(value: unknown): WnsCredentials {
  if (typeof value !== 'object' || value === null) {
    throw new WnsError('INVALID_OPTIONS', {
      message:
        'credentials must be { packageSid, clientSecret } or { tenantId, clientId, clientSecret }',
      field: 'credentials',
    })
  }
  buildTokenRequest(value as WnsCredentials)
  return value as WnsCredentials
}

function mergeRetryOptions(
  base: ResolvedRetryOptions,
  override: { readonly [K in keyof WnsRetryOptions]?: WnsRetryOptions[K] | undefined } | undefined,
): ResolvedRetryOptions {
  if (override === undefined) return base
  return {
    maxAttempts: override.maxAttempts ?? base.maxAttempts,
    baseDelayMs: override.baseDelayMs ?? base.baseDelayMs,
    maxDelayMs: override.maxDelayMs ?? base.maxDelayMs,
    deadlineMs: override.deadlineMs ?? base.deadlineMs,
    throttleDelayMs: override.throttleDelayMs ?? base.throttleDelayMs,
  }
}
