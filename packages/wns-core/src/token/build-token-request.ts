import { z } from 'zod'
import { parseUrl } from '../channel/parse-url'
import { ENTRA_TOKEN_SCOPE, entraTokenUrl, LIVE_TOKEN_SCOPE, LIVE_TOKEN_URL } from '../constants'
import { WnsError } from '../errors/wns-error'
import { isEntraCredentials, type WnsCredentials } from './credentials'
import { encodeForm } from './form-encoding'

/** Overrides for {@link buildTokenRequest}, for sovereign clouds and for tests against a fake. */
export interface TokenRequestOptions {
  /**
   * Token endpoint to use instead of the flow's own. Must be `https`, or `http` on a loopback host.
   * @default LIVE_TOKEN_URL, or entraTokenUrl(tenantId) for Entra credentials
   */
  readonly url?: string
  /**
   * OAuth scope to ask for.
   * @default LIVE_TOKEN_SCOPE (`notify.windows.com`), or ENTRA_TOKEN_SCOPE for Entra credentials
   */
  readonly scope?: string
}

/** The token request {@link buildTokenRequest} describes; send it with any HTTP client. */
export interface TokenHttpRequest {
  method: 'POST'
  url: string
  headers: Record<string, string>
  /** The form body. It contains the client secret: never log it. */
  body: string
}

const idText = z
  .string({ error: 'must be a string' })
  .min(1, 'must not be empty')
  .regex(/^[\x21-\x7e]+$/, 'must be printable ASCII without spaces')
const secret = z.string({ error: 'must be a string' }).min(1, 'must not be empty')
const liveSchema = z.strictObject({ packageSid: idText, clientSecret: secret })
const entraSchema = z.strictObject({
  tenantId: idText.regex(/^[A-Za-z0-9.-]+$/, 'must be a tenant id (GUID) or domain name'),
  clientId: idText,
  clientSecret: secret,
})
const optionsSchema = z.strictObject({ url: z.string().optional(), scope: idText.optional() })
const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]'])

/**
 * Describes the OAuth client-credentials request for a WNS access token: `POST`, form-encoded
 * `grant_type=client_credentials`, `client_id`, `client_secret` and `scope`, to login.live.com for
 * {@link LiveCredentials} or to the tenant's Entra ID endpoint for {@link EntraCredentials}.
 *
 * @throws {WnsError} `INVALID_OPTIONS` naming the field (`credentials.packageSid`,
 *   `tokenOptions.url`…); unknown fields are refused. Messages never contain the secret.
 * @see https://learn.microsoft.com/windows/apps/design/shell/tiles-and-notifications/windows-push-notification-services--wns--overview
 * @example
 * const request = buildTokenRequest({ packageSid: 'ms-app://s-1-15-2-…', clientSecret })
 * const response = await fetch(request.url, request)
 */
export function buildTokenRequest(
  credentials: WnsCredentials,
  options: TokenRequestOptions = {},
): TokenHttpRequest {
  const entra = isEntraCredentials(credentials)
  const secrets = [(credentials as { clientSecret?: unknown } | null)?.clientSecret]
  const checked = (entra ? entraSchema : liveSchema).safeParse(credentials)
  if (!checked.success) throw invalid('credentials', checked.error, entra, secrets)
  const checkedOptions = optionsSchema.safeParse(options)
  if (!checkedOptions.success) throw invalid('tokenOptions', checkedOptions.error, entra, secrets)

  const url =
    options.url ??
    (entra ? entraTokenUrl((credentials as { tenantId: string }).tenantId) : LIVE_TOKEN_URL)
  if (options.url !== undefined) assertTokenUrl(options.url)
  const clientId = entra ? credentials.clientId : credentials.packageSid
  return {
    method: 'POST',
    url,
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', Accept: 'application/json' },
    body: encodeForm([
      ['grant_type', 'client_credentials'],
      ['client_id', clientId],
      ['client_secret', credentials.clientSecret],
      ['scope', options.scope ?? (entra ? ENTRA_TOKEN_SCOPE : LIVE_TOKEN_SCOPE)],
    ]),
  }
}

function assertTokenUrl(url: string): void {
  const parsed = parseUrl(url)
  const allowed =
    parsed !== undefined &&
    (parsed.protocol === 'https:' || (parsed.protocol === 'http:' && LOOPBACK.has(parsed.hostname)))
  if (!allowed) {
    throw new WnsError('INVALID_OPTIONS', {
      message: 'tokenOptions.url must be an https URL (or http on a loopback host)',
      field: 'tokenOptions.url',
    })
  }
}

function invalid(root: string, error: z.ZodError, entra: boolean, secrets: unknown[]): WnsError {
  const issue = error.issues[0]
  let field = root
  let message = `${root} must be an object`
  if (issue?.code === 'unrecognized_keys') {
    field = `${root}.${String(issue.keys[0])}`
    const valid =
      root === 'tokenOptions'
        ? 'url, scope'
        : entra
          ? 'tenantId, clientId, clientSecret'
          : 'packageSid, clientSecret'
    message = `${field} is not a known field; valid fields are ${valid}`
  } else if (issue && issue.path.length > 0) {
    field = `${root}.${issue.path.map(String).join('.')}`
    message = `${field} ${issue.message}`
  }
  return new WnsError('INVALID_OPTIONS', {
    message,
    field,
    secrets: secrets.filter((s): s is string => typeof s === 'string'),
  })
}
