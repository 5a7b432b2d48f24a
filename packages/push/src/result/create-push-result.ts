import { WNS_ERROR_CODES, WnsError } from '@homepot/wns-core'
import type { PushNotificationResult } from './push-notification-result'

/** The fields of a successful result besides `success`, `deviceToken`, `platform` and `timestamp`. */
export type PushSuccessDetails = Omit<
  PushNotificationResult,
  'success' | 'deviceToken' | 'platform' | 'timestamp' | 'errorCode' | 'errorMessage' | 'retryable'
>

/**
 * Builds a successful {@link PushNotificationResult}; for provider authors.
 *
 * @example
 * return createSuccessResult('https://…', 'fcm_linux', { messageId: response.name })
 */
export function createSuccessResult(
  deviceToken: string,
  platform: string,
  details: PushSuccessDetails = {},
): PushNotificationResult {
  return Object.freeze({
    success: true,
    deviceToken,
    platform,
    ...withoutUndefined(details),
    timestamp: new Date(),
  })
}

/**
 * Builds a failed {@link PushNotificationResult} from anything thrown; for provider authors.
 * A `WnsError` keeps its code, message, `retryable`, `channelAction` and retry delay; any other
 * error becomes `NETWORK_ERROR` when it looks like a socket failure and `UNEXPECTED_RESPONSE`
 * otherwise.
 *
 * @example
 * try { await send() } catch (error) { return createFailureResult(token, 'fcm_linux', error) }
 */
export function createFailureResult(
  deviceToken: string,
  platform: string,
  error: unknown,
  details: Pick<PushNotificationResult, 'latencyMs' | 'messageId' | 'notificationStatus'> = {},
): PushNotificationResult {
  const wnsError = toWnsError(error)
  const fromService = wnsError.diagnostics
  return Object.freeze({
    success: false,
    deviceToken,
    platform,
    ...withoutUndefined({
      messageId: details.messageId ?? fromService.msgId,
      errorCode: wnsError.code,
      errorMessage: wnsError.message,
      retryable: wnsError.retryable,
      channelAction: wnsError.channelAction,
      retryAfterSeconds:
        wnsError.retryAfterMs === undefined ? undefined : Math.ceil(wnsError.retryAfterMs / 1000),
      notificationStatus: details.notificationStatus ?? fromService.notificationStatus,
      deviceConnectionStatus: fromService.deviceConnectionStatus,
      latencyMs: details.latencyMs,
    }),
    timestamp: new Date(),
  })
}

function toWnsError(error: unknown): WnsError {
  if (WnsError.isInstance(error)) return error
  const code = (error as { code?: unknown } | undefined)?.code
  const isSocketError = typeof code === 'string' && /^(E[A-Z]+|UND_ERR)/.test(code)
  return new WnsError(isSocketError ? 'NETWORK_ERROR' : 'UNEXPECTED_RESPONSE', {
    message:
      error instanceof Error
        ? error.message
        : WNS_ERROR_CODES[isSocketError ? 'NETWORK_ERROR' : 'UNEXPECTED_RESPONSE'].message,
    cause: error,
  })
}

type Defined<T> = { [K in keyof T]: Exclude<T[K], undefined> }

function withoutUndefined<T extends object>(value: T): Partial<Defined<T>> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<
    Defined<T>
  >
}
