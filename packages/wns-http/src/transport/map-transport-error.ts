import { WnsError } from '@homepot/wns-core'
import { abortedError } from '../retry/sleep'
import { DispatchTimeoutError } from './dispatch-handler'

/** undici error codes that mean "the server did not answer in time". */
const TIMEOUT_CODES = new Set([
  'UND_ERR_CONNECT_TIMEOUT',
  'UND_ERR_HEADERS_TIMEOUT',
  'UND_ERR_BODY_TIMEOUT',
  'ETIMEDOUT',
])

/**
 * Turns what undici threw into a {@link WnsError}: `TIMEOUT` for its timeouts, `NETWORK_ERROR`
 * (retryable) for resets, refusals, DNS and TLS failures and anything else on the wire.
 * `WnsError`s pass through unchanged.
 * @internal
 */
export function mapTransportError(
  error: unknown,
  request: { method: string; url: string; headers: Record<string, string> },
): WnsError {
  if (WnsError.isInstance(error)) return error
  const code = transportErrorCode(error)
  const detail = error instanceof Error ? error.message : String(error)
  const host = safeHost(request.url)
  if (code !== undefined && TIMEOUT_CODES.has(code)) {
    return new WnsError('TIMEOUT', {
      message: `${request.method} ${host} timed out (${code})`,
      request,
      cause: error,
    })
  }
  return new WnsError('NETWORK_ERROR', {
    message: `${request.method} ${host} failed: ${code ?? detail}`,
    request,
    cause: error,
  })
}

/** What a request is described with in errors (its `Authorization` is redacted by `WnsError`). */
type ErrorRequest = { method: string; url: string; headers: Record<string, string> }

/**
 * The `TIMEOUT` error of an exchange that got no (complete) answer within `timeoutMs`.
 * @internal
 */
export function answerTimeoutError(request: ErrorRequest, timeoutMs: number): WnsError {
  return new WnsError('TIMEOUT', {
    message: `${request.method} ${safeHost(request.url)} did not answer within ${timeoutMs} ms`,
    request,
  })
}

/** undici's codes for a request's own `headersTimeout` and `bodyTimeout`. */
const ANSWER_TIMEOUT_CODES = new Set(['UND_ERR_HEADERS_TIMEOUT', 'UND_ERR_BODY_TIMEOUT'])

/**
 * Turns why a dispatched send failed into its {@link WnsError}: `TIMEOUT` (with the message of
 * {@link answerTimeoutError}) when its timer or the request's `headersTimeout`/`bodyTimeout` ran
 * out, `ABORTED` when `signal` aborted, else what {@link mapTransportError} says. `request` is
 * only called when the error needs it.
 * @internal
 */
export function mapDispatchError(
  cause: unknown,
  timeoutMs: number,
  signal: AbortSignal | undefined,
  request: () => ErrorRequest,
): WnsError {
  if (cause instanceof DispatchTimeoutError) return answerTimeoutError(request(), timeoutMs)
  if (signal?.aborted) return abortedError(signal)
  const code = transportErrorCode(cause)
  if (code !== undefined && ANSWER_TIMEOUT_CODES.has(code)) {
    return answerTimeoutError(request(), timeoutMs)
  }
  return mapTransportError(cause, request())
}

/** The `code` of an error or of its cause (undici wraps socket errors). */
function transportErrorCode(error: unknown): string | undefined {
  for (let current = error, depth = 0; current && depth < 4; depth++) {
    const code = (current as { code?: unknown }).code
    if (typeof code === 'string') return code
    current = (current as { cause?: unknown }).cause
  }
  return undefined
}

/** The host of a URL, for messages: never the query, which carries the channel token. */
export function safeHost(url: string): string {
  try {
    return new URL(url).host
  } catch {
    return '(invalid URL)'
  }
}
