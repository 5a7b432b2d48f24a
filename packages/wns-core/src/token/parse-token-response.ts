import { WnsError } from '../errors/wns-error'
import type { AccessToken } from './access-token'

/** Options of {@link parseTokenResponse}. */
export interface ParseTokenResponseOptions {
  /** Exact secrets (the client secret) to scrub from anything quoted in an error message. */
  readonly secrets?: Iterable<string | undefined>
}

/** How much of an endpoint's `error` / `error_description` an error message quotes. */
const QUOTE_LIMIT = 300

/**
 * Reads the token endpoint's answer. Accepts what both flows send in practice (protocol notes §9):
 * `token_type` `bearer` or `Bearer`, `expires_in` as a number, a numeric string (`"86399"`) or
 * missing.
 *
 * @param now - The clock to compute `expiresAt` from, in epoch milliseconds.
 * @default now `Date.now()`
 * @throws {WnsError} `AUTH_FAILED` with `status` for a non-2xx answer (its OAuth `error` and
 *   `error_description` in the message; retryable for 429 and 5xx) and for a 2xx answer that is
 *   not a usable token. The body is never quoted whole, and quoted parts go through
 *   `redactSecrets`.
 * @example
 * const token = parseTokenResponse(response.status, await response.text())
 * headers.Authorization = `Bearer ${token.accessToken}`
 */
export function parseTokenResponse(
  status: number,
  bodyText: string,
  now: number = Date.now(),
  options: ParseTokenResponseOptions = {},
): AccessToken {
  const fail = (problem: string) =>
    new WnsError('AUTH_FAILED', {
      message: `The token endpoint answered ${status}${problem}`,
      status,
      retryable: status === 429 || status >= 500,
      secrets: options.secrets ?? [],
    })
  const json = parseJson(bodyText)
  if (status < 200 || status > 299) {
    const error = quote(json?.error)
    const description = quote(json?.error_description)
    if (error === undefined) throw fail(' without an OAuth error code')
    throw fail(`: ${error}${description === undefined ? '' : ` (${description})`}`)
  }
  if (json === undefined) throw fail(' with a body that is not a JSON object')
  const accessToken = json.access_token
  if (typeof accessToken !== 'string' || accessToken === '') throw fail(' without an access_token')
  if (!/^[\x21-\x7e]+$/.test(accessToken)) {
    throw fail(' with an access_token that is not safe to put in a header')
  }
  const tokenType = json.token_type
  if (typeof tokenType !== 'string' || tokenType.toLowerCase() !== 'bearer') {
    throw fail(` with token_type ${quote(tokenType, 20) ?? 'missing'}; only bearer is supported`)
  }
  const expiresInSeconds = readExpiresIn(json.expires_in)
  if (expiresInSeconds === null) throw fail(' with an expires_in that is not a number of seconds')
  return {
    accessToken,
    tokenType: 'bearer',
    expiresInSeconds,
    expiresAt: expiresInSeconds === undefined ? undefined : now + expiresInSeconds * 1000,
  }
}

function parseJson(text: string): Record<string, unknown> | undefined {
  try {
    const value: unknown = JSON.parse(text)
    return typeof value === 'object' && value !== null && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : undefined
  } catch {
    return undefined
  }
}

/** `undefined` when missing, `null` when present but not a non-negative number of seconds. */
function readExpiresIn(value: unknown): number | undefined | null {
  if (value === undefined || value === null) return undefined
  if (typeof value === 'number') return Number.isFinite(value) && value >= 0 ? value : null
  if (typeof value === 'string' && /^\d+(?:\.\d+)?$/.test(value.trim())) return Number(value)
  return null
}

/** A short, printable, quoted copy of a string field; the caller's WnsError redacts secrets. */
function quote(value: unknown, limit = QUOTE_LIMIT): string | undefined {
  if (typeof value !== 'string' || value === '') return undefined
  const printable = value.replace(/[^\x20-\x7e]/g, ' ').trim()
  return JSON.stringify(printable.length > limit ? `${printable.slice(0, limit)}…` : printable)
}
