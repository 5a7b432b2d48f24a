/**
 * Response headers in any of the shapes HTTP clients hand them over: a plain record (undici's
 * `request`, Node's `IncomingMessage.headers`; any case of names, repeated headers as arrays) or an
 * object with `get(name)` (fetch's `Headers`).
 */
export type WnsResponseHeaders =
  | Readonly<Record<string, string | readonly string[] | undefined>>
  | { get(name: string): string | null | undefined }

/**
 * Every response header `classifyResponse` reads, in lower case: a sender that collects headers
 * itself may keep only these and pass them on as a record.
 *
 * @see https://learn.microsoft.com/windows/apps/design/shell/tiles-and-notifications/push-request-response-headers
 * @example
 * const kept = Object.fromEntries(
 *   Object.entries(all).filter(([name]) => CLASSIFIED_RESPONSE_HEADERS.includes(name.toLowerCase())),
 * )
 */
export const CLASSIFIED_RESPONSE_HEADERS: readonly string[] = Object.freeze([
  'x-wns-status',
  'x-wns-notificationstatus',
  'x-wns-msg-id',
  'x-wns-deviceconnectionstatus',
  'x-wns-debug-trace',
  'x-wns-error-description',
  'www-authenticate',
  'ms-cv',
  'retry-after',
  'x-wns-continue-after',
])

const CLASSIFIED = new Set(CLASSIFIED_RESPONSE_HEADERS)

/**
 * Returns a case-insensitive lookup over `headers`; repeated values are joined with `, `. Of a
 * plain record it keeps only the {@link CLASSIFIED_RESPONSE_HEADERS}, the only names it is asked
 * for.
 * @internal
 */
export function headerReader(headers: WnsResponseHeaders): (name: string) => string | undefined {
  if (typeof (headers as { get?: unknown }).get === 'function') {
    const source = headers as { get(name: string): string | null | undefined }
    return (name) => source.get(name) ?? undefined
  }
  const record = headers as Readonly<Record<string, unknown>>
  const kept = new Map<string, string>()
  for (const name of Object.keys(record)) {
    const lower = name.toLowerCase()
    if (!CLASSIFIED.has(lower)) continue
    const value = record[name]
    const text = Array.isArray(value) ? value.join(', ') : value
    if (typeof text === 'string') kept.set(lower, text)
  }
  return (name) => kept.get(name.toLowerCase())
}
