import {
  BADGE_GLYPHS,
  type BadgeGlyph,
  badge,
  buildWnsHeaders,
  raw,
  tile,
  toast,
  utf8ByteLength,
  WNS_MAX_PAYLOAD_BYTES,
  WnsError,
  type WnsNotification,
  type WnsNotificationType,
  type WnsPriority,
  type WnsSendOptions,
} from '@homepot/wns-core'
import type { PushNotificationPayload } from '../payload/push-notification-payload'
import type { PushPriority } from '../payload/push-priority'

/**
 * `X-WNS-PRIORITY` for each {@link PushPriority}. WNS has no level above 1 (high), so `CRITICAL`
 * and `HIGH` share it; `LOW` is WNS's 3 (low), leaving 4 (very low) unused.
 */
export const WNS_PRIORITY_BY_PUSH_PRIORITY: Readonly<Record<PushPriority, WnsPriority>> =
  Object.freeze({ critical: 1, high: 1, normal: 2, low: 3 })

/** Settings of {@link buildWnsMessage}: the provider-wide parts of a send. */
export interface WnsMessageOptions {
  /** What the payload becomes. @default 'toast' */
  readonly notificationType?: WnsNotificationType | undefined
  /** Largest body, in UTF-8 bytes. @default WNS_MAX_PAYLOAD_BYTES (5000) */
  readonly maxPayloadBytes?: number | undefined
  /** `X-WNS-Cache-Policy`. @default none sent */
  readonly cachePolicy?: 'cache' | 'no-cache' | undefined
  /** `X-WNS-RequestForStatus: true`. @default false */
  readonly requestForStatus?: boolean | undefined
}

/** A payload mapped to WNS: the body to send and the `X-WNS-*` options to send it with. */
export interface WnsMessage {
  /** The built notification (body, content type, `X-WNS-Type`). */
  readonly notification: WnsNotification
  /** Send options: `priority`, `ttlSeconds`, `tag`, `cachePolicy`, `requestForStatus`. */
  readonly sendOptions: WnsSendOptions
}

/**
 * Maps a platform-neutral payload to a WNS notification, as the `wns_windows` provider sends it
 * (see the table in the package README):
 * - toast: `title` and `body` are the two texts; `data` is the `launch` argument, as JSON;
 * - tile: `title` and `body` on the medium, wide and large bindings; `data` is the visual's
 *   `arguments`, as JSON;
 * - badge: `data.badge_value` (or `data.badgeValue`), a count or a glyph;
 * - raw: `{ title, body, data }` as UTF-8 JSON bytes;
 * - `priority` → `X-WNS-PRIORITY`, `ttlSeconds` → `X-WNS-TTL`, `collapseKey` → `X-WNS-Tag`
 *   (toast and tile only: WNS accepts the tag on no other type).
 *
 * Pure: no I/O. The payload should already be validated (`createPushNotificationPayload`).
 *
 * @throws {WnsError} `PAYLOAD_TOO_LARGE` when the body would exceed `maxPayloadBytes`;
 *   `INVALID_PAYLOAD` naming the payload field (`payload.collapseKey must be at most 16
 *   characters`, `payload.data.badge_value is required for badge notifications`).
 * @example
 * const { notification, sendOptions } = buildWnsMessage(
 *   { title: 'Update', body: 'v1.2.3 is ready', priority: PushPriority.HIGH, collapseKey: 'update' },
 *   { notificationType: 'toast' },
 * )
 * // sendOptions: { priority: 1, tag: 'update' }
 */
export function buildWnsMessage(
  payload: PushNotificationPayload,
  options: WnsMessageOptions = {},
): WnsMessage {
  const type = options.notificationType ?? 'toast'
  const maxPayloadBytes = options.maxPayloadBytes ?? WNS_MAX_PAYLOAD_BYTES
  const sendOptions = buildSendOptions(type, payload, options)
  assertFits(type, payload, maxPayloadBytes)
  return { notification: buildNotification(type, payload, maxPayloadBytes), sendOptions }
}

function buildNotification(
  type: WnsNotificationType,
  payload: PushNotificationPayload,
  maxPayloadBytes: number,
): WnsNotification {
  const build = { maxPayloadBytes }
  const args = dataArguments(payload)
  try {
    switch (type) {
      case 'toast':
        return toast({ text: [payload.title, payload.body], ...(args && { launch: args }) }, build)
      case 'tile':
        return tile(
          {
            ...(args && { arguments: args }),
            bindings: (['TileMedium', 'TileWide', 'TileLarge'] as const).map((template) => ({
              template,
              children: [
                { text: payload.title, hintStyle: template === 'TileMedium' ? 'base' : 'subtitle' },
                { text: payload.body, hintStyle: 'captionSubtle', hintWrap: true },
              ],
            })),
          },
          build,
        )
      case 'badge':
        return badge(badgeValue(payload), build)
      case 'raw':
        return raw(rawBody(payload), build)
    }
  } catch (error) {
    throw renameField(error, type)
  }
}

/** The payload's data as the JSON launch/arguments string, or nothing when there is no data. */
function dataArguments(payload: PushNotificationPayload): string | undefined {
  const { data } = payload
  return data === undefined || Object.keys(data).length === 0 ? undefined : JSON.stringify(data)
}

/** Raw notifications carry the whole displayable payload; delivery settings travel as headers. */
function rawBody(payload: PushNotificationPayload): string {
  const { title, body, data } = payload
  return JSON.stringify(data === undefined ? { title, body } : { title, body, data })
}

function badgeValue(payload: PushNotificationPayload): number | BadgeGlyph {
  const data = payload.data ?? {}
  // HOMEPOT's key first; `badgeValue` is accepted for camelCase callers.
  const key = !('badge_value' in data) && 'badgeValue' in data ? 'badgeValue' : 'badge_value'
  const value = data[key]
  const field = `payload.data.${key}`
  const glyphs = BADGE_GLYPHS.join(', ')
  if (value === undefined) {
    throw new WnsError('INVALID_PAYLOAD', {
      message: `${field} is required for badge notifications: a count from 0 or one of ${glyphs}`,
      field,
    })
  }
  if (typeof value === 'string' && /^\d+$/.test(value)) return Number(value)
  if (typeof value === 'number' && Number.isInteger(value) && value >= 0) return value
  if (typeof value === 'string' && (BADGE_GLYPHS as readonly string[]).includes(value)) {
    return value as BadgeGlyph
  }
  throw new WnsError('INVALID_PAYLOAD', {
    message: `${field} must be a count from 0 or one of ${glyphs}`,
    field,
  })
}

const OPTION_FIELDS: Readonly<Record<string, string>> = {
  'options.priority': 'payload.priority',
  'options.ttlSeconds': 'payload.ttlSeconds',
  'options.tag': 'payload.collapseKey',
}

function buildSendOptions(
  type: WnsNotificationType,
  payload: PushNotificationPayload,
  options: WnsMessageOptions,
): WnsSendOptions {
  const sendOptions: { -readonly [K in keyof WnsSendOptions]: WnsSendOptions[K] } = {}
  if (payload.priority !== undefined) {
    sendOptions.priority = WNS_PRIORITY_BY_PUSH_PRIORITY[payload.priority]
  }
  if (payload.ttlSeconds !== undefined) sendOptions.ttlSeconds = payload.ttlSeconds
  if (payload.collapseKey !== undefined && (type === 'toast' || type === 'tile')) {
    sendOptions.tag = payload.collapseKey
  }
  if (options.cachePolicy !== undefined) sendOptions.cachePolicy = options.cachePolicy
  if (options.requestForStatus === true) sendOptions.requestForStatus = true
  try {
    // Checked now, so a bad collapseKey fails before any request and names the payload field.
    buildWnsHeaders(type, sendOptions)
  } catch (error) {
    if (!WnsError.isInstance(error)) throw error
    const field = error.field === undefined ? undefined : OPTION_FIELDS[error.field]
    if (field === undefined || error.field === undefined) throw error
    const problem = error.message.slice(error.field.length).trim()
    const header = field === 'payload.collapseKey' ? ' (it is sent as X-WNS-Tag)' : ''
    throw new WnsError('INVALID_PAYLOAD', {
      message: `${field} ${problem}${header}`,
      field,
      cause: error,
    })
  }
  return sendOptions
}

/**
 * Refuses a payload whose texts alone already exceed the limit, so an oversized payload is
 * reported as `PAYLOAD_TOO_LARGE` even when a builder limit (such as the 2048-character launch
 * argument) would trip first.
 */
function assertFits(
  type: WnsNotificationType,
  payload: PushNotificationPayload,
  maxPayloadBytes: number,
): void {
  const args = dataArguments(payload)
  const texts = utf8ByteLength(payload.title) + utf8ByteLength(payload.body)
  const minimum =
    type === 'raw'
      ? utf8ByteLength(rawBody(payload))
      : type === 'badge'
        ? 0
        : (type === 'tile' ? 3 * texts : texts) + (args === undefined ? 0 : utf8ByteLength(args))
  if (minimum > maxPayloadBytes) {
    throw new WnsError('PAYLOAD_TOO_LARGE', {
      message: `the ${type} payload would be at least ${minimum} bytes; WNS accepts at most ${maxPayloadBytes} bytes`,
      field: 'payload',
    })
  }
}

const SPEC_FIELD_SOURCES: ReadonlyArray<readonly [RegExp, string]> = [
  [/^(toast\.launch|tile\.arguments)/, 'payload.data'],
  [/^toast\.text\[0\]|^tile\.bindings\[\d+\]\.children\[0\]/, 'payload.title'],
  [/^toast\.text\[1\]|^tile\.bindings\[\d+\]\.children\[1\]/, 'payload.body'],
  [/^badge/, 'payload.data.badge_value'],
]

/** Builder errors name the WNS spec (`toast.launch`); say which payload field fed it. */
function renameField(error: unknown, type: WnsNotificationType): unknown {
  if (!WnsError.isInstance(error) || error.code !== 'INVALID_PAYLOAD') return error
  const specField = error.field ?? ''
  if (specField.startsWith('payload')) return error
  const source = SPEC_FIELD_SOURCES.find(([pattern]) => pattern.test(specField))?.[1] ?? 'payload'
  return new WnsError('INVALID_PAYLOAD', {
    message: `${source} cannot be sent as a ${type} notification: ${error.message}`,
    field: source,
    cause: error,
  })
}
