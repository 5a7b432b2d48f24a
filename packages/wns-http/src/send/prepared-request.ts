import type { HttpRequest } from '../transport/http-request'

/**
 * The token the core builders are given when a request is built ahead of any I/O; the real
 * bearer token replaces it on every attempt.
 * @internal
 */
export const PENDING_TOKEN = 'pending'

/**
 * A request built and validated once, before any I/O, whose `Authorization` header is set per
 * attempt. It belongs to one send: attempts run one after another, so setting the header in
 * place is safe and saves copying the headers on every attempt.
 * @internal
 */
export interface PreparedRequest extends HttpRequest {
  /** The channel URI, exactly as given. */
  readonly channelUri: string
  readonly headers: Record<string, string>
  /** The spelling of the authorization header name the builder used. */
  readonly authorizationHeader: string
}

/**
 * Adopts a request the core built with {@link PENDING_TOKEN} (no copy: the builder's output is
 * fresh and ours).
 * @internal
 */
export function prepareRequest(
  channelUri: string,
  built: {
    method: string
    url: string
    headers: Record<string, string>
    body?: string | Uint8Array | undefined
  },
): PreparedRequest {
  let authorizationHeader = 'Authorization'
  for (const name in built.headers) {
    if (name.toLowerCase() === 'authorization') authorizationHeader = name
  }
  return {
    method: built.method,
    url: built.url,
    headers: built.headers,
    body: built.body,
    channelUri,
    authorizationHeader,
  }
}

/**
 * The prepared request, now carrying `token` as its bearer token.
 * @internal
 */
export function withAccessToken(prepared: PreparedRequest, token: string): PreparedRequest {
  prepared.headers[prepared.authorizationHeader] = `Bearer ${token}`
  return prepared
}
