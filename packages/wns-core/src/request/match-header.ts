import { WNS_MAX_GROUP_LENGTH, WNS_MAX_TAG_LENGTH } from '../constants'
import { WnsError } from '../errors/wns-error'
import { headerTextSchema } from './option-rules'

/**
 * Which toasts an `X-WNS-Match` header (sent with `DELETE`) removes from Action Center: all of the
 * app's toasts, those with a tag (optionally within a group), or those in a group.
 */
export type WnsMatch =
  | { all: true }
  | { tag: string; group?: string }
  | { group: string; tag?: string }

const PREFIX = 'type:wns/toast;'
const tagSchema = headerTextSchema(WNS_MAX_TAG_LENGTH)
const groupSchema = headerTextSchema(WNS_MAX_GROUP_LENGTH)

/**
 * Writes the `X-WNS-Match` header value for a {@link WnsMatch}:
 * `type:wns/toast;group=G;tag=T`, `type:wns/toast;group=G`, `type:wns/toast;tag=T` or
 * `type:wns/toast;all`. Tags and groups follow the same rules as `X-WNS-Tag` and `X-WNS-Group`.
 * The header is documented for phone channels only (details **unconfirmed**).
 *
 * @throws {WnsError} `INVALID_OPTIONS` with `field` `match`, `match.tag` or `match.group`.
 * @see https://learn.microsoft.com/windows/apps/design/shell/tiles-and-notifications/push-request-response-headers
 * @example
 * buildMatchHeader({ group: 'chat', tag: '42' }) // 'type:wns/toast;group=chat;tag=42'
 */
export function buildMatchHeader(match: WnsMatch): string {
  if (typeof match !== 'object' || match === null) throw matchError('match', 'must be an object')
  const extra = Object.keys(match).find((key) => !['all', 'tag', 'group'].includes(key))
  if (extra !== undefined) {
    throw matchError(`match.${extra}`, 'is not a known field; valid fields are all, tag, group')
  }
  const { all, tag, group } = match as { all?: unknown; tag?: unknown; group?: unknown }
  if (all !== undefined) {
    if (all !== true) throw matchError('match.all', 'must be true')
    if (tag !== undefined || group !== undefined) {
      throw matchError('match', 'must not combine all with a tag or a group')
    }
    return `${PREFIX}all`
  }
  if (tag === undefined && group === undefined) {
    throw matchError('match', 'needs a tag, a group, or all: true')
  }
  const parts: string[] = []
  if (group !== undefined) parts.push(`group=${checked(groupSchema, group, 'match.group')}`)
  if (tag !== undefined) parts.push(`tag=${checked(tagSchema, tag, 'match.tag')}`)
  return PREFIX + parts.join(';')
}

/**
 * Reads an `X-WNS-Match` header value (for the fake server); `undefined` when it is not one of the
 * four documented forms or a tag or group breaks the `X-WNS-Tag`/`X-WNS-Group` rules. The fields
 * may come in either order.
 *
 * @example
 * parseMatchHeader('type:wns/toast;tag=42') // { tag: '42' }
 */
export function parseMatchHeader(value: string): WnsMatch | undefined {
  if (typeof value !== 'string') return undefined
  const text = value.trim()
  if (text.slice(0, PREFIX.length).toLowerCase() !== PREFIX) return undefined
  const rest = text.slice(PREFIX.length)
  if (rest === 'all') return { all: true }
  const fields: { tag?: string; group?: string } = {}
  for (const part of rest.split(';')) {
    const equals = part.indexOf('=')
    const name = part.slice(0, equals)
    const fieldValue = part.slice(equals + 1)
    if (equals === -1 || (name !== 'tag' && name !== 'group') || fields[name] !== undefined) {
      return undefined
    }
    const schema = name === 'tag' ? tagSchema : groupSchema
    if (!schema.safeParse(fieldValue).success) return undefined
    fields[name] = fieldValue
  }
  if (fields.tag !== undefined) return { ...fields, tag: fields.tag }
  if (fields.group !== undefined) return { ...fields, group: fields.group }
  return undefined
}

function checked(schema: typeof tagSchema, value: unknown, field: string): string {
  const result = schema.safeParse(value)
  if (result.success) return result.data
  throw matchError(field, result.error.issues[0]?.message ?? 'is not valid')
}

function matchError(field: string, message: string): WnsError {
  return new WnsError('INVALID_OPTIONS', { message: `${field} ${message}`, field })
}
