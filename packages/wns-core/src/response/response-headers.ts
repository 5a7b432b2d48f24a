/**
 * Response headers in any of the shapes HTTP clients hand them over: a plain record (undici's
 * `request`, Node's `IncomingMessage.headers`; any case of names, repeated headers as arrays) or an
 * object with `get(name)` (fetch's `Headers`).
 */
export type WnsResponseHeaders =
  | Readonly<Record<string, string | readonly string[] | undefined>>
  | { get(name: string): string | null | undefined }

/**
 * Returns a case-insensitive lookup over `headers`; repeated values are joined with `, `.
 * @internal
 */
export function headerReader(headers: WnsResponseHeaders): (name: string) => string | undefined {
  if (typeof (headers as { get?: unknown }).get === 'function') {
    const source = headers as { get(name: string): string | null | undefined }
    return (name) => source.get(name) ?? undefined
  }
  const lowerCased = new Map<string, string>()
  for (const [name, value] of Object.entries(headers as Record<string, unknown>)) {
    const text = Array.isArray(value) ? value.join(', ') : value
    if (typeof text === 'string') lowerCased.set(name.toLowerCase(), text)
  }
  return (name) => lowerCased.get(name.toLowerCase())
}
