import {
  buildTokenRequest,
  isEntraCredentials,
  parseTokenResponse,
  type WnsCredentials,
  WnsError,
} from '@homepot/wns-core'
import type { Dispatcher } from 'undici'
import { silentLogger, type WnsLogger } from '../logging/logger'
import { safeHost } from '../transport/map-transport-error'
import { sendHttpRequest } from '../transport/send-http-request'
import type { AccessTokenProvider } from './access-token-provider'
import {
  createCachedTokenProvider,
  DEFAULT_REFRESH_MARGIN_MS,
} from './create-cached-token-provider'

/** Settings of {@link createTokenProvider}. */
export interface TokenProviderOptions {
  /** The undici dispatcher token requests go through (the client passes its own). */
  readonly dispatcher: Dispatcher
  /**
   * How long before expiry a token is replaced (capped at half its lifetime).
   * @default 300000 (5 minutes)
   */
  readonly refreshMarginMs?: number
  /**
   * Time allowed for one token request.
   * @default 15000
   */
  readonly timeoutMs?: number
  /** Where to log token acquisitions and failures. Secrets and tokens are never logged. */
  readonly logger?: WnsLogger
  /**
   * Lifetime assumed when the token endpoint gives no `expires_in` (old login.live.com answers).
   * Microsoft documents none; 24 hours is the value live.com commonly sends (**unconfirmed**,
   * protocol notes §2a). Guessing long is safe: a 401 replaces an expired token at once.
   * @default 86400000
   */
  readonly defaultLifetimeMs?: number
  /**
   * The clock.
   * @default Date.now
   */
  readonly now?: () => number
}

/** Default of {@link TokenProviderOptions.defaultLifetimeMs}. */
const DEFAULT_TOKEN_LIFETIME_MS = 86_400_000

/**
 * The built-in {@link AccessTokenProvider} for one set of credentials: Partner Center
 * (`{ packageSid, clientSecret }` → login.live.com) or Entra ID (`{ tenantId, clientId,
 * clientSecret }` → login.microsoftonline.com, scope `https://wns.windows.com/.default`).
 * The request is built and the answer parsed by `@homepot/wns-core`; this adds the I/O and the
 * caching of {@link createCachedTokenProvider}.
 *
 * @throws nothing itself; `getToken()` rejects with `AUTH_FAILED` carrying the endpoint's `error`
 * and `error_description` (never the secret), or with `TIMEOUT` / `NETWORK_ERROR`.
 * @see https://learn.microsoft.com/windows/apps/design/shell/tiles-and-notifications/windows-push-notification-services--wns--overview
 * @example
 * const provider = createTokenProvider(
 *   { packageSid: 'ms-app://s-1-15-2-…', clientSecret: process.env.WNS_CLIENT_SECRET ?? '' },
 *   { dispatcher: new Agent() },
 * )
 * const token = await provider.getToken()
 */
export function createTokenProvider(
  credentials: WnsCredentials,
  options: TokenProviderOptions,
): AccessTokenProvider {
  const logger = options.logger ?? silentLogger
  const now = options.now ?? Date.now
  const timeoutMs = options.timeoutMs ?? 15_000
  const defaultLifetimeMs = options.defaultLifetimeMs ?? DEFAULT_TOKEN_LIFETIME_MS
  const flow = isEntraCredentials(credentials) ? 'entra' : 'live'
  const secrets = [credentials.clientSecret]

  const fetchToken = async () => {
    const tokenRequest = buildTokenRequest(credentials)
    const host = safeHost(tokenRequest.url)
    logger.debug({ flow, host }, 'requesting WNS access token')
    let response: Awaited<ReturnType<typeof sendHttpRequest>>
    try {
      response = await sendHttpRequest(tokenRequest, {
        dispatcher: options.dispatcher,
        timeoutMs,
        readBody: true,
      })
    } catch (error) {
      const failure = WnsError.isInstance(error)
        ? error
        : new WnsError('NETWORK_ERROR', { cause: error, secrets })
      logger.warn({ flow, host, code: failure.code }, 'token request failed')
      throw failure
    }
    try {
      const issuedAt = now()
      const token = parseTokenResponse(response.status, response.bodyText, issuedAt, { secrets })
      const expiresAt = token.expiresAt ?? issuedAt + defaultLifetimeMs
      logger.info({ flow, host, expiresAt }, 'WNS access token acquired')
      return { accessToken: token.accessToken, expiresAt }
    } catch (error) {
      const code = WnsError.isInstance(error) ? error.code : 'AUTH_FAILED'
      logger.warn({ flow, host, status: response.status, code }, 'token endpoint refused')
      throw WnsError.isInstance(error)
        ? error
        : new WnsError('AUTH_FAILED', { status: response.status, cause: error, secrets })
    }
  }

  return createCachedTokenProvider({
    fetchToken,
    refreshMarginMs: options.refreshMarginMs ?? DEFAULT_REFRESH_MARGIN_MS,
    now,
  })
}
