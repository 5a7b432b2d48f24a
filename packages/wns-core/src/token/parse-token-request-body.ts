import { ENTRA_TOKEN_SCOPE, LIVE_TOKEN_SCOPE } from '../constants'
import { decodeForm } from './form-encoding'

/**
 * The OAuth 2.0 error codes a token endpoint answers a bad request with (RFC 6749 §5.2). Which
 * ones login.live.com actually sends is **unconfirmed** (protocol notes §2a).
 */
export type OAuthErrorCode =
  | 'invalid_request'
  | 'invalid_client'
  | 'unsupported_grant_type'
  | 'invalid_scope'

/** The fields of a well-formed client-credentials token request. */
export interface TokenRequestFields {
  grantType: 'client_credentials'
  /** Package SID (live.com flow) or application id (Entra flow). */
  clientId: string
  clientSecret: string
  scope: string
}

/** Result of {@link parseTokenRequestBody}: the fields, or the OAuth error to answer with. */
export type TokenRequestBodyParse =
  | { ok: true; value: TokenRequestFields }
  | { ok: false; error: OAuthErrorCode; reason: string }

/** Options of {@link parseTokenRequestBody}. */
export interface ParseTokenRequestBodyOptions {
  /**
   * Scopes the endpoint grants.
   * @default [LIVE_TOKEN_SCOPE, ENTRA_TOKEN_SCOPE]
   */
  readonly scopes?: readonly string[]
}

const REQUIRED = ['grant_type', 'client_id', 'client_secret', 'scope'] as const

/**
 * The server-side twin of {@link buildTokenRequest}, for the fake token endpoint: reads a
 * form-encoded client-credentials request and says which OAuth error a real endpoint would answer.
 * Checks, in order: the body decodes and repeats no parameter (`invalid_request`), `grant_type` is
 * `client_credentials` (missing: `invalid_request`; other: `unsupported_grant_type`), `client_id`
 * and `client_secret` are present (`invalid_client`), `scope` is present (`invalid_request`) and
 * known (`invalid_scope`). Whether the credentials are right is the caller's to decide. The
 * reason never contains the client secret.
 *
 * @example
 * const parsed = parseTokenRequestBody(await readBody(request))
 * if (!parsed.ok) return json(400, { error: parsed.error, error_description: parsed.reason })
 */
export function parseTokenRequestBody(
  body: string,
  options: ParseTokenRequestBodyOptions = {},
): TokenRequestBodyParse {
  const pairs = typeof body === 'string' ? decodeForm(body) : undefined
  if (pairs === undefined) {
    return fail('invalid_request', 'the body is not application/x-www-form-urlencoded')
  }
  const fields = new Map<string, string>()
  for (const [name, value] of pairs) {
    if (fields.has(name))
      return fail('invalid_request', `the parameter ${quoteName(name)} is repeated`)
    fields.set(name, value)
  }
  const [grantType, clientId, clientSecret, scope] = REQUIRED.map(
    (name) => fields.get(name) || undefined,
  )
  if (grantType === undefined) return fail('invalid_request', 'grant_type is missing')
  if (grantType !== 'client_credentials') {
    return fail('unsupported_grant_type', 'grant_type must be client_credentials')
  }
  if (clientId === undefined) return fail('invalid_client', 'client_id is missing')
  if (clientSecret === undefined) return fail('invalid_client', 'client_secret is missing')
  if (scope === undefined) return fail('invalid_request', 'scope is missing')
  const scopes = options.scopes ?? [LIVE_TOKEN_SCOPE, ENTRA_TOKEN_SCOPE]
  if (!scopes.includes(scope))
    return fail('invalid_scope', `scope must be one of ${scopes.join(', ')}`)
  return { ok: true, value: { grantType, clientId, clientSecret, scope } }
}

function quoteName(name: string): string {
  return JSON.stringify(name.slice(0, 40))
}

function fail(error: OAuthErrorCode, reason: string): TokenRequestBodyParse {
  return { ok: false, error, reason }
}
