import { parseTokenRequestBody, type TokenRequestBodyParse } from '@homepot/wns-core'
import { decodeUtf8 } from './encoding'
import type { MockRequest } from './mock-exchange'

/**
 * Reads a token request's form body with `@homepot/wns-core`'s `parseTokenRequestBody` (which
 * also refuses a scope other than `scope`), after checking it is form-encoded UTF-8.
 * @internal
 */
export function readTokenForm(request: MockRequest, scope: string): TokenRequestBodyParse {
  const mediaType = request.headers['content-type']?.split(';', 1)[0]?.trim().toLowerCase()
  if (mediaType !== 'application/x-www-form-urlencoded') {
    return {
      ok: false,
      error: 'invalid_request',
      reason: 'the body must be application/x-www-form-urlencoded',
    }
  }
  const text = decodeUtf8(request.body)
  if (text === undefined) {
    return { ok: false, error: 'invalid_request', reason: 'the body is not valid UTF-8' }
  }
  return parseTokenRequestBody(text, { scopes: [scope] })
}

/**
 * Whether a form body carries a non-empty parameter; Entra answers a missing secret and a
 * missing client id with different errors.
 * @internal
 */
export function hasFormField(request: MockRequest, name: string): boolean {
  const text = decodeUtf8(request.body)
  return text !== undefined && Boolean(new URLSearchParams(text).get(name))
}
