import { WnsError } from '@homepot/wns-core'

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
