/** What replaces a secret in any text this library produces. */
export const REDACTED = '[REDACTED]'

const BEARER = /\b(Bearer)\s+[^\s",;]+/gi
const FORM_SECRET = /\b(client_secret|access_token|refresh_token|assertion)=[^&\s"]*/gi
const JSON_SECRET =
  /"(client_secret|access_token|refresh_token|clientSecret|accessToken)"\s*:\s*"(?:[^"\\]|\\.)*"/g

/**
 * Removes bearer tokens, client secrets and access tokens from a piece of text, plus any exact
 * `secrets` given (a client secret may appear anywhere, for example in a server's echo).
 *
 * @example
 * redactSecrets('Authorization: Bearer abc.def') // 'Authorization: Bearer [REDACTED]'
 */
export function redactSecrets(text: string, secrets: Iterable<string | undefined> = []): string {
  let out = text
    .replace(BEARER, `$1 ${REDACTED}`)
    .replace(FORM_SECRET, `$1=${REDACTED}`)
    .replace(JSON_SECRET, `"$1":"${REDACTED}"`)
  for (const secret of secrets) {
    // Very short strings would redact ordinary words; real secrets are long.
    if (secret && secret.length >= 6) out = out.split(secret).join(REDACTED)
  }
  return out
}

/** Header names whose values are secrets, lower-case. */
const SECRET_HEADERS = new Set(['authorization', 'proxy-authorization', 'cookie', 'set-cookie'])

/**
 * A copy of request headers with the `Authorization` value replaced by `Bearer [REDACTED]`
 * (and other credential headers by `[REDACTED]`), safe to attach to errors and logs.
 */
export function redactHeaders(
  headers: Readonly<Record<string, string | undefined>>,
): Record<string, string> {
  const out: Record<string, string> = {}
  for (const [name, value] of Object.entries(headers)) {
    if (value === undefined) continue
    const lower = name.toLowerCase()
    if (lower === 'authorization')
      out[name] = /^bearer\s/i.test(value) ? `Bearer ${REDACTED}` : REDACTED
    else if (SECRET_HEADERS.has(lower)) out[name] = REDACTED
    else out[name] = value
  }
  return out
}
