import { WnsError } from '../errors/wns-error'
import type { WnsFailure } from './classify-response'

/**
 * Turns a {@link WnsFailure} into the {@link WnsError} to throw or report, keeping its code, flags,
 * wait time and diagnostics. The request, when given, is attached with its `Authorization`
 * redacted.
 *
 * @example
 * const outcome = classifyResponse(response)
 * if (!outcome.ok) throw toWnsError(outcome, request)
 */
export function toWnsError(
  failure: WnsFailure,
  request?: { method: string; url: string; headers: Record<string, string | undefined> },
): WnsError {
  return new WnsError(failure.code, {
    message: failure.message,
    status: failure.status,
    retryable: failure.retryable,
    reauthenticate: failure.reauthenticate,
    channelAction: failure.channelAction,
    diagnostics: failure.diagnostics,
    ...(failure.retryAfterMs === undefined ? {} : { retryAfterMs: failure.retryAfterMs }),
    ...(request === undefined ? {} : { request }),
  })
}
