import { WnsError } from '../errors/wns-error'

/**
 * The `Authorization` header value for an access token. The token must be header-safe: a space,
 * CR or LF in it would let it smuggle other headers.
 * @throws {WnsError} `INVALID_OPTIONS` (field `accessToken`); the message never quotes the token.
 * @internal
 */
export function bearerAuthorization(accessToken: string): string {
  if (typeof accessToken !== 'string' || !/^[\x21-\x7e]+$/.test(accessToken)) {
    const hint = /^bearer\s/i.test(String(accessToken)) ? ' (pass it without "Bearer ")' : ''
    throw new WnsError('INVALID_OPTIONS', {
      message: `accessToken must be a non-empty string of printable ASCII characters without spaces${hint}`,
      field: 'accessToken',
    })
  }
  return `Bearer ${accessToken}`
}
