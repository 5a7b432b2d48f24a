import type { AccessTokenProvider } from './access-token-provider'

/** How to read each built-in provider's cached token without a promise. */
const peekers = new WeakMap<AccessTokenProvider, () => string | undefined>()

/**
 * Lets {@link peekToken} read `provider`'s token synchronously. `peek` must return exactly what
 * `getToken()` (without an aborted signal) would resolve at once, or `undefined` when
 * `getToken()` would have to wait.
 * @internal
 */
export function allowTokenPeek(
  provider: AccessTokenProvider,
  peek: () => string | undefined,
): void {
  peekers.set(provider, peek)
}

/**
 * The token `provider.getToken()` would resolve at once, read without a promise; `undefined` when
 * it would have to wait, or for providers that allow no peeking (any provider given by a user).
 * Each send asks for a token, and nearly every time the cached one is good.
 * @internal
 */
export function peekToken(provider: AccessTokenProvider): string | undefined {
  return peekers.get(provider)?.()
}
