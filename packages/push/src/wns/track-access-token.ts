import type { AccessTokenProvider } from '@homepot/wns-http'

/** An {@link AccessTokenProvider} that also tells whether it holds a token WNS has not refused. */
export interface TrackedAccessTokenProvider extends AccessTokenProvider {
  /**
   * `true` once a token was obtained, until WNS refuses it (401) and no newer one has arrived.
   * The inner provider renews tokens ahead of expiry on use; an expiry that passes while nothing
   * is sent is not seen here (`@homepot/wns-http` exposes no expiry to read).
   */
  readonly hasValidToken: boolean
}

/**
 * Wraps a token provider to track whether a usable token is held, for `getPlatformInfo()`'s
 * `tokenValid`. The token itself is never stored outside the inner provider's closure except as
 * the last value handed out (needed to match `invalidate()`).
 * @internal
 */
export function trackAccessToken(inner: AccessTokenProvider): TrackedAccessTokenProvider {
  let current: string | undefined
  return {
    get hasValidToken() {
      return current !== undefined
    },
    async getToken(signal) {
      const token = await inner.getToken(signal)
      current = token
      return token
    },
    invalidate(token) {
      if (token === current) current = undefined
      inner.invalidate(token)
    },
  }
}
