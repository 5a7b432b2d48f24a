import type { MockState } from '../state/mock-state'
import type { MockRequest, MockResponse } from './mock-exchange'
import { WWW_AUTHENTICATE, wnsError } from './wns-answers'

const BEARER = /^Bearer +([\x21-\x7e]+)$/i

/**
 * Checks the bearer token of a notification request: the app it belongs to, or the 401 WNS
 * answers for a missing, malformed, unknown or expired token.
 * @internal
 */
export function checkAuthorization(
  state: MockState,
  request: MockRequest,
): { appId: string } | { refusal: MockResponse } {
  const header = request.headers.authorization
  const token = header === undefined ? undefined : BEARER.exec(header.trim())?.[1]
  if (token === undefined) {
    const description =
      header === undefined
        ? 'The Authorization header is missing'
        : 'The Authorization header is not a bearer token'
    return { refusal: unauthorized(request, description, WWW_AUTHENTICATE.invalid) }
  }
  const check = state.tokens.check(token)
  if (check.ok) return { appId: check.appId }
  return check.problem === 'expired'
    ? { refusal: unauthorized(request, 'The access token has expired', WWW_AUTHENTICATE.expired) }
    : { refusal: unauthorized(request, 'The access token is not valid', WWW_AUTHENTICATE.invalid) }
}

function unauthorized(request: MockRequest, description: string, challenge: string): MockResponse {
  return wnsError(request, 401, description, { 'www-authenticate': challenge })
}
