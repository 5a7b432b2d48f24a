/**
 * `application/x-www-form-urlencoded` serialisation (WHATWG URL standard): only `*-._` and
 * alphanumerics stay as they are, and spaces become `+`.
 * @internal
 */
export function encodeForm(fields: ReadonlyArray<readonly [string, string]>): string {
  return fields
    .map(([name, value]) => `${encodeComponent(name)}=${encodeComponent(value)}`)
    .join('&')
}

function encodeComponent(text: string): string {
  return encodeURIComponent(text)
    .replace(/[!'()~]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)
    .replace(/%20/g, '+')
}

/**
 * Parses a form body into its name/value pairs, in order; `undefined` when a percent-escape is
 * malformed.
 * @internal
 */
export function decodeForm(body: string): Array<[string, string]> | undefined {
  const pairs: Array<[string, string]> = []
  for (const part of body.split('&')) {
    if (part === '') continue
    const equals = part.indexOf('=')
    const name = decodeComponent(equals === -1 ? part : part.slice(0, equals))
    const value = decodeComponent(equals === -1 ? '' : part.slice(equals + 1))
    if (name === undefined || value === undefined) return undefined
    pairs.push([name, value])
  }
  return pairs
}

function decodeComponent(text: string): string | undefined {
  try {
    return decodeURIComponent(text.replace(/\+/g, ' '))
  } catch {
    return undefined
  }
}
