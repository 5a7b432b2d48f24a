import { WnsError } from '../errors/wns-error'
import { type BuildOptions, createNotification } from '../notification/create-notification'
import type { WnsNotification } from '../notification/notification'
import { formatCodePoint } from '../xml/xml-characters'
import { formatPath } from './format-issue'

/** A value `JSON.stringify` writes faithfully. `undefined` object properties are left out. */
export type JsonValue =
  | string
  | number
  | boolean
  | null
  | readonly JsonValue[]
  | { readonly [key: string]: JsonValue | undefined }

/**
 * Builds a raw notification (`wns/raw`, `application/octet-stream`): app-defined bytes that
 * Windows hands to the app and never shows. The body is always a `Uint8Array`.
 *
 * - A `Uint8Array` (or `Buffer`) is copied as is, so later changes to it do not alter the body.
 * - A string is encoded as UTF-8.
 * - Any other value is written with `JSON.stringify` and encoded as UTF-8.
 *
 * @param data - The bytes, text or JSON value to send.
 * @param options - `maxPayloadBytes` (default `WNS_MAX_PAYLOAD_BYTES`).
 * @returns An immutable {@link WnsNotification} whose `body` is a `Uint8Array`.
 * @throws {WnsError} `INVALID_PAYLOAD` when a string holds a lone surrogate (UTF-8 cannot
 * encode it), or a value is not JSON: a function, symbol, bigint, `undefined` (at the top or in
 * an array), a non-finite number, a `Map` or `Set`, or a cycle. `field` names the path, e.g.
 * `raw.items[2]`.
 * @throws {WnsError} `PAYLOAD_TOO_LARGE` when the bytes are over `maxPayloadBytes`.
 * @example
 * raw({ kind: 'config', version: '1.2.3' }) // body: UTF-8 of {"kind":"config","version":"1.2.3"}
 * raw(new Uint8Array([1, 2, 3]))
 */
export function raw(
  data: string | Uint8Array | JsonValue,
  options?: BuildOptions,
): WnsNotification {
  if (data instanceof Uint8Array) return createNotification('raw', new Uint8Array(data), options)
  let text: string
  if (typeof data === 'string') {
    const lone = findLoneSurrogate(data)
    if (lone >= 0) {
      throw new WnsError('INVALID_PAYLOAD', {
        field: 'raw',
        message: `raw contains a lone surrogate ${formatCodePoint(data.charCodeAt(lone))} at index ${lone}, which UTF-8 cannot encode`,
      })
    }
    text = data
  } else {
    assertJson(data, [], new Set())
    text = JSON.stringify(data)
  }
  return createNotification('raw', new TextEncoder().encode(text), options)
}

function findLoneSurrogate(text: string): number {
  for (let index = 0; index < text.length; index++) {
    const unit = text.charCodeAt(index)
    if (unit < 0xd800 || unit > 0xdfff) continue
    const next = text.charCodeAt(index + 1)
    if (unit <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) index++
    else return index
  }
  return -1
}

// JSON.stringify would silently drop functions and symbols, write NaN as null and turn a Map
// into {}: each would send something other than what the caller holds, so each is refused.
function assertJson(value: unknown, path: PropertyKey[], ancestors: Set<object>): void {
  if (typeof value === 'string' || typeof value === 'boolean' || value === null) return
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw jsonError(path, `is ${value}, which JSON cannot represent`)
    return
  }
  if (typeof value !== 'object')
    throw jsonError(path, `is ${describeType(value)}, which JSON cannot represent`)
  if (typeof (value as { toJSON?: unknown }).toJSON === 'function') return
  if (value instanceof Map || value instanceof Set)
    throw jsonError(path, `is a ${value.constructor.name}, which JSON.stringify would write as {}`)
  if (ancestors.has(value)) throw jsonError(path, 'refers back to one of its ancestors (a cycle)')
  ancestors.add(value)
  if (Array.isArray(value)) {
    // An index loop, not forEach: holes of sparse arrays must be seen (JSON writes them as null).
    for (let index = 0; index < value.length; index++)
      assertJson(value[index], [...path, index], ancestors)
  } else {
    for (const [key, item] of Object.entries(value))
      if (item !== undefined) assertJson(item, [...path, key], ancestors)
  }
  ancestors.delete(value)
}

function describeType(value: unknown): string {
  return value === undefined ? 'undefined' : `a ${typeof value}`
}

function jsonError(path: readonly PropertyKey[], problem: string): WnsError {
  const field = formatPath('raw', path)
  return new WnsError('INVALID_PAYLOAD', { field, message: `${field} ${problem}` })
}
