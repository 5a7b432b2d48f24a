/**
 * Where a client gets its WNS access tokens. The built-in one ({@link createTokenProvider})
 * caches, refreshes ahead of expiry and shares one request among all waiters; supply your own
 * (for example one backed by a shared cache) through the client's `tokenProvider` option.
 *
 * @example
 * const provider: AccessTokenProvider = {
 *   getToken: async () => (await redis.get('wns-token')) ?? (await refresh()),
 *   invalidate: (token) => void redis.del('wns-token'),
 * }
 * const client = new WnsClient({ tokenProvider: provider })
 */
export interface AccessTokenProvider {
  /**
   * A token that is valid now. Rejects with a `WnsError` (`AUTH_FAILED` when the token endpoint
   * refuses, `TIMEOUT`/`NETWORK_ERROR`/`ABORTED` otherwise).
   */
  getToken(signal?: AbortSignal): Promise<string>
  /**
   * Tells the provider WNS refused `token` (401). Only that token is dropped: a burst of 401s
   * for the same token causes one refresh, and a stale report never drops a newer token.
   */
  invalidate(token: string): void
}

/** A token and the moment it stops being valid. */
export interface AccessTokenGrant {
  /** The bearer token. */
  readonly accessToken: string
  /** When it expires, in milliseconds since the epoch. */
  readonly expiresAt: number
}
