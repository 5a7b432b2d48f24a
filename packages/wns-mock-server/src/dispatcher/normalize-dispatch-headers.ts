/**
 * Request headers from undici dispatch options (a flat `[name, value, …]` array, a record, or an
 * iterable of pairs) as a record with lower-case names; repeated headers are joined with `, `.
 * @internal
 */
export function normalizeDispatchHeaders(headers: unknown): Record<string, string> {
  const out: Record<string, string> = {}
  const add = (name: unknown, value: unknown) => {
    if (value === undefined || value === null) return
    const key = String(name).toLowerCase()
    const text = Array.isArray(value) ? value.map(String).join(', ') : String(value)
    out[key] = out[key] === undefined ? text : `${out[key]}, ${text}`
  }
  if (headers === undefined || headers === null) return out
  if (Array.isArray(headers)) {
    if (headers.length > 0 && Array.isArray(headers[0])) {
      for (const [name, value] of headers as [unknown, unknown][]) add(name, value)
    } else {
      for (let i = 0; i + 1 < headers.length; i += 2) add(headers[i], headers[i + 1])
    }
  } else if (typeof (headers as Iterable<unknown>)[Symbol.iterator] === 'function') {
    for (const [name, value] of headers as Iterable<[unknown, unknown]>) add(name, value)
  } else {
    for (const [name, value] of Object.entries(headers as Record<string, unknown>)) add(name, value)
  }
  return out
}
