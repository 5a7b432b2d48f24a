import { classifyResponse, toWnsError } from '@homepot/wns-core'
import type { Dispatcher } from 'undici'
import type { WnsLogger } from '../logging/logger'
import type { ResolvedRetryOptions } from '../retry/retry-options'
import { runWithRetries } from '../retry/run-with-retries'
import type { AccessTokenProvider } from '../tokens/access-token-provider'
import { safeHost } from '../transport/map-transport-error'
import { sendHttpRequest } from '../transport/send-http-request'
import { type PreparedRequest, withAccessToken } from './prepared-request'
import type { WnsSendResult } from './send-result'

/**
 * What {@link deliver} needs from the client.
 * @internal
 */
export interface DeliveryContext {
  readonly dispatcher: Dispatcher
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

/**
 * Sends a prepared request: gets a token, posts, classifies the answer with the core; on a 401
 * drops that token and resends once with a fresh one; retries what the core calls retryable
 * within the retry policy. Resolves a {@link WnsSendResult}; rejects with a `WnsError`.
 * @internal
 */
export async function deliver(
  context: DeliveryContext,
  prepared: PreparedRequest,
  options: DeliveryOptions,
): Promise<WnsSendResult> {
  const { tokenProvider, logger, dispatcher } = context
  const { signal } = options
  const startedAt = performance.now()
  const host = safeHost(prepared.url)
  let attempts = 0
  let reauthenticated = false

  const attempt = async ({ remainingMs }: { remainingMs: number }): Promise<WnsSendResult> => {
    const timeoutMs = Math.min(options.timeoutMs, remainingMs)
    for (;;) {
      const token = await tokenProvider.getToken(signal)
      const request = withAccessToken(prepared, token)
      attempts++
      const response = await sendHttpRequest(request, { dispatcher, timeoutMs, signal })
      const outcome = classifyResponse({ status: response.status, headers: response.headers })
      logger.debug(
        { method: prepared.method, host, status: response.status, attempts },
        'WNS answered',
      )
      if (outcome.ok) {
        return {
          ok: true,
          channelUri: prepared.channelUri,
          status: outcome.status,
          notificationStatus: outcome.notificationStatus,
          dropped: outcome.dropped,
          ...(outcome.msgId === undefined ? {} : { msgId: outcome.msgId }),
          ...(outcome.deviceConnectionStatus === undefined
            ? {}
            : { deviceConnectionStatus: outcome.deviceConnectionStatus }),
          ...(outcome.retryAfterMs === undefined ? {} : { retryAfterMs: outcome.retryAfterMs }),
          attempts,
          latencyMs: performance.now() - startedAt,
          diagnostics: outcome.diagnostics,
        }
      }
      if (outcome.reauthenticate && !reauthenticated) {
        reauthenticated = true
        tokenProvider.invalidate(token)
        logger.warn(
          { host, status: response.status },
          'WNS refused the access token; resending once with a new one',
        )
        continue
      }
      throw toWnsError(outcome, request)
    }
  }

  return runWithRetries(attempt, {
    retry: options.retry,
    signal,
    ...(context.random ? { random: context.random } : {}),
    onRetry: ({ error, attempt: number, delayMs }) =>
      logger.warn({ host, code: error.code, attempt: number, delayMs }, 'retrying WNS request'),
  })
}
