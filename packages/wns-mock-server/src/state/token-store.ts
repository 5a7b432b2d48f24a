import { createAccessToken } from '../protocol/random-ids'

/** What the fake concluded about a bearer token. @internal */
export type TokenCheck =
  | { readonly ok: true; readonly appId: string }
  | { readonly ok: false; readonly problem: 'invalid' | 'expired' }

interface IssuedToken {
  readonly appId: string
  expiresAt: number
}

/** Access tokens the fake issued, with their apps and expiry times. @internal */
export class TokenStore {
  readonly #tokens = new Map<string, IssuedToken>()
  readonly #now: () => number

  constructor(now: () => number) {
    this.#now = now
  }

  issue(appId: string, ttlSeconds: number): string {
    const token = createAccessToken()
    this.#tokens.set(token, { appId, expiresAt: this.#now() + ttlSeconds * 1000 })
    return token
  }

  check(token: string): TokenCheck {
    const issued = this.#tokens.get(token)
    if (issued === undefined) return { ok: false, problem: 'invalid' }
    if (this.#now() >= issued.expiresAt) return { ok: false, problem: 'expired' }
    return { ok: true, appId: issued.appId }
  }

  /** Makes every token issued so far answer as expired; later tokens are unaffected. */
  expireAll(): void {
    for (const issued of this.#tokens.values()) issued.expiresAt = Number.NEGATIVE_INFINITY
  }

  get size(): number {
    return this.#tokens.size
  }

  clear(): void {
    this.#tokens.clear()
  }
}
