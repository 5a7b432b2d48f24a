import { type PreparedRequest, withAccessToken } from './prepared-request'

/**
 * A built request, ready to be sent to any channel with any token: every send of the same
 * notification with the same options shares one, so the core builds (and checks) it once, the
 * body is encoded once, and the header list undici takes is made once per access token.
 * Nothing in it is changed after it is made: requests in flight share its arrays.
 * @internal
 */
export class RequestTemplate {
  readonly method: string
  /** The body as bytes (a string body encoded to UTF-8 once), or `null` for none. */
  readonly body: Uint8Array | null
  readonly #prepared: PreparedRequest
  #headers: readonly string[] = []
  #headersToken: string | undefined

  /** @param prepared - what the core built, with the pending token; the template owns it. */
  constructor(prepared: PreparedRequest) {
    this.#prepared = prepared
    this.method = prepared.method
    const { body } = prepared
    this.body = body === undefined ? null : typeof body === 'string' ? Buffer.from(body) : body
  }

  /** The headers as undici's `[name, value, …]` list, carrying `token` as the bearer token. */
  headersWith(token: string): readonly string[] {
    if (token !== this.#headersToken) {
      const { headers, authorizationHeader } = this.#prepared
      const list: string[] = []
      for (const name in headers) {
        list.push(
          name,
          name === authorizationHeader ? `Bearer ${token}` : (headers[name] as string),
        )
      }
      this.#headers = list
      this.#headersToken = token
    }
    return this.#headers
  }

  /** The request as an error describes it: a copy carrying `token`, which `WnsError` redacts. */
  describe(token: string): PreparedRequest {
    const prepared = this.#prepared
    return withAccessToken({ ...prepared, headers: { ...prepared.headers } }, token)
  }
}
