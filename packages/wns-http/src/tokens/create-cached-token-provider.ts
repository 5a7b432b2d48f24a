import { abortedError } from '../retry/sleep'
import type { AccessTokenGrant, AccessTokenProvider } from './access-token-provider'
import { allowTokenPeek } from './peek-token'

/** Settings of {@link createCachedTokenProvider}. */
export interface CachedTokenProviderOptions {
  /**
   * Fetches a fresh token. Called at most once at a time; its signal is the provider's own (never
   * a caller's), so one caller giving up does not fail the others waiting for the same token.
   */
  readonly fetchToken: () => Promise<AccessTokenGrant>
  /**
   * How long before expiry a token is replaced. Capped at half the token's lifetime, so a short
   * lived token is still used for a while.
   * @default 300000 (5 minutes)
   */
  readonly refreshMarginMs?: number
  /**
   * The clock.
   * @default Date.now
   */
  readonly now?: () => number
}

/** Default of {@link CachedTokenProviderOptions.refreshMarginMs}. */
export const DEFAULT_REFRESH_MARGIN_MS = 300_000

interface CachedToken {
  readonly accessToken: string
  /** From this moment on the token is replaced before use. */
  readonly refreshAt: number
}

/**
 * Wraps any token source in the caching policy every provider needs: reuse until `expiresAt`
 * minus a margin, one fetch in flight however many callers wait (single flight through a shared
 * promise), and invalidation by token value (node-apn's "generation"), so a burst of 401s for
 * the same token refreshes it once.
 *
 * A failed fetch is not cached: the next call tries again.
 *
 * @example
 * const provider = createCachedTokenProvider({
 *   fetchToken: async () => ({ accessToken: await vault.read('wns'), expiresAt: Date.now() + 3_600_000 }),
 * })
 */
export function createCachedTokenProvider(
  options: CachedTokenProviderOptions,
): AccessTokenProvider {
  const now = options.now ?? Date.now
  const margin = options.refreshMarginMs ?? DEFAULT_REFRESH_MARGIN_MS
  let cached: CachedToken | undefined
  let inFlight: Promise<string> | undefined

  const refresh = (): Promise<string> => {
    inFlight ??= options
      .fetchToken()
      .then((grant) => {
        const issuedAt = now()
        const lifetime = Math.max(0, grant.expiresAt - issuedAt)
        cached = {
          accessToken: grant.accessToken,
          refreshAt: grant.expiresAt - Math.min(margin, lifetime / 2),
        }
        return grant.accessToken
      })
      .finally(() => {
        inFlight = undefined
      })
    return inFlight
  }

  const current = (): string | undefined =>
    cached && now() < cached.refreshAt ? cached.accessToken : undefined
  const provider: AccessTokenProvider = {
    getToken(signal) {
      if (signal?.aborted) return Promise.reject(abortedError(signal))
      const token = current()
      if (token !== undefined) return Promise.resolve(token)
      const shared = refresh()
      return signal ? raceWithSignal(shared, signal) : shared
    },
    invalidate(token) {
      if (cached?.accessToken === token) cached = undefined
    },
  }
  allowTokenPeek(provider, current)
  return provider
}

/** `promise`, or an `ABORTED` rejection as soon as `signal` aborts; the promise runs on. */
function raceWithSignal<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const onAbort = (): void => reject(abortedError(signal))
    signal.addEventListener('abort', onAbort, { once: true })
    promise.then(
      (value) => {
        signal.removeEventListener('abort', onAbort)
        resolve(value)
      },
      (error: unknown) => {
        signal.removeEventListener('abort', onAbort)
        reject(error)
      },
    )
  })
}
