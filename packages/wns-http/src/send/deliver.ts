import { classifyResponse, toWnsError, type WnsSuccess } from '@homepot/wns-core'
import type { Dispatcher } from 'undici'
import { silentLogger, type WnsLogger } from '../logging/logger'
import type { ResolvedRetryOptions } from '../retry/retry-options'
import { retryAfterFailure } from '../retry/run-with-retries'
import { abortedError } from '../retry/sleep'
import type { AccessTokenProvider } from '../tokens/access-token-provider'
import { peekToken } from '../tokens/peek-token'
import type { DispatchedResponse } from '../transport/dispatch-handler'
import { dispatchRequest } from '../transport/dispatch-request'
import { mapDispatchError } from '../transport/map-transport-error'
import type { PreparedSend } from './send-preparer'
import type { WnsSendResult } from './send-result'

/**
 * What {@link deliver} needs from the client.
 * @internal
 */
export interface DeliveryContext {
  readonly dispatcher: Dispatcher
  /** `dispatcher` is undici's own Agent, Pool or Client (see `isNativeDispatcher`). */
  readonly native: boolean
  readonly tokenProvider: AccessTokenProvider
  readonly logger: WnsLogger
  readonly random?: () => number
}

/**
 * Per-call settings of {@link deliver}.
 * @internal
 */
export interface DeliveryOptions {
  readonly timeoutMs: number
  readonly retry: ResolvedRetryOptions
  readonly signal?: AbortSignal | undefined
}

/** One send in progress. */
interface Delivery {
  readonly context: DeliveryContext
  readonly prepared: PreparedSend
  readonly options: DeliveryOptions
  readonly startedAt: number
  attempts: number
  reauthenticated: boolean
}

/**
 * Sends a prepared request: gets a token, posts, classifies the answer with the core; on a 401
 * drops that token and resends once with a fresh one; retries what the core calls retryable
 * within the retry policy. Resolves a {@link WnsSendResult}; rejects with a `WnsError`.
 *
 * The first attempt runs here directly; the retry machinery is entered only after it fails.
 * @internal
 */
export async function deliver(
  context: DeliveryContext,
  prepared: PreparedSend,
  options: DeliveryOptions,
): Promise<WnsSendResult> {
  const delivery: Delivery = {
    context,
    prepared,
    options,
    startedAt: performance.now(),
    attempts: 0,
    reauthenticated: false,
  }
  const deadline = Date.now() + options.retry.deadlineMs
  try {
    return await attempt(delivery)
  } catch (error) {
    const host = hostOf(prepared)
    return retryAfterFailure(() => attempt(delivery), error, deadline, {
      retry: options.retry,
      signal: options.signal,
      ...(context.random ? { random: context.random } : {}),
      onRetry: ({ error: failure, attempt: number, delayMs }) =>
        context.logger.warn(
          { host, code: failure.code, attempt: number, delayMs },
          'retrying WNS request',
        ),
    })
  }
}

/** One attempt: a token, one request, and one resend after a first 401. */
async function attempt(delivery: Delivery): Promise<WnsSendResult> {
  const { context, prepared, options } = delivery
  const { tokenProvider, logger } = context
  const { signal } = options
  // An attempt in flight keeps its whole timeout even near the deadline: cutting it short would
  // report TIMEOUT instead of WNS's answer, and a request WNS already took would be sent again.
  const timeoutMs = options.timeoutMs
  for (;;) {
    const token =
      (signal?.aborted ? undefined : peekToken(tokenProvider)) ??
      (await tokenProvider.getToken(signal))
    delivery.attempts++
    if (signal?.aborted) throw abortedError(signal)
    let response: DispatchedResponse
    try {
      response = await send(delivery, token, timeoutMs)
    } catch (cause) {
      throw mapDispatchError(cause, timeoutMs, signal, () => prepared.template.describe(token))
    }
    const outcome = classifyResponse(response)
    if (logger !== silentLogger) {
      logger.debug(
        {
          method: prepared.template.method,
          host: hostOf(prepared),
          status: response.status,
          attempts: delivery.attempts,
        },
        'WNS answered',
      )
    }
    if (outcome.ok) return toResult(delivery, outcome)
    if (outcome.reauthenticate && !delivery.reauthenticated) {
      delivery.reauthenticated = true
      tokenProvider.invalidate(token)
      logger.warn(
        { host: hostOf(prepared), status: response.status },
        'WNS refused the access token; resending once with a new one',
      )
      continue
    }
    throw toWnsError(outcome, prepared.template.describe(token))
  }
}

function send(delivery: Delivery, token: string, timeoutMs: number): Promise<DispatchedResponse> {
  const { context, prepared, options } = delivery
  const { template, target } = prepared
  return dispatchRequest(
    context.dispatcher,
    {
      origin: target.origin,
      path: target.path,
      method: template.method as Dispatcher.HttpMethod,
      headers: template.headersWith(token) as string[],
      body: template.body,
      // timeoutMs is at least 1 (validated), so undici never reads it as "no timeout".
      headersTimeout: timeoutMs,
      bodyTimeout: timeoutMs,
    },
    { timeoutMs, signal: options.signal, native: context.native },
  )
}

function toResult(delivery: Delivery, outcome: WnsSuccess): WnsSendResult {
  // Field by field, in the order of WnsSendResult, without spreads for the optional fields.
  const result = {
    ok: true,
    channelUri: delivery.prepared.channelUri,
    status: outcome.status,
    notificationStatus: outcome.notificationStatus,
    dropped: outcome.dropped,
  } as { -readonly [K in keyof WnsSendResult]: WnsSendResult[K] }
  if (outcome.msgId !== undefined) result.msgId = outcome.msgId
  if (outcome.deviceConnectionStatus !== undefined)
    result.deviceConnectionStatus = outcome.deviceConnectionStatus
  if (outcome.retryAfterMs !== undefined) result.retryAfterMs = outcome.retryAfterMs
  result.attempts = delivery.attempts
  result.latencyMs = performance.now() - delivery.startedAt
  result.diagnostics = outcome.diagnostics
  return result
}

/** The host, for logs: the target's origin without `https://` (channel URIs are all https). */
function hostOf(prepared: PreparedSend): string {
  return prepared.target.origin.slice('https://'.length)
}
