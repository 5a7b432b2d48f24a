/** The four kinds of WNS notification. */
export type WnsNotificationType = 'toast' | 'tile' | 'badge' | 'raw'

/** All notification types, in a stable order. */
export const WNS_NOTIFICATION_TYPES: readonly WnsNotificationType[] = [
  'toast',
  'tile',
  'badge',
  'raw',
]

/** `Content-Type` WNS expects: XML for visual notifications, bytes for raw. */
export type WnsContentType = 'text/xml' | 'application/octet-stream'

/**
 * A built notification: what to send, ready for any sender. Produced by the builders
 * (`toast`, `tile`, `badge`, `raw`, `fromXml`); immutable.
 */
export interface WnsNotification {
  /** Which kind of notification this is. */
  readonly type: WnsNotificationType
  /** The body: XML text for toast, tile and badge; bytes for raw. */
  readonly body: string | Uint8Array
  /** The `Content-Type` to send the body with. */
  readonly contentType: WnsContentType
  /** Size of the body in UTF-8 bytes: what WNS measures against its payload limit. */
  readonly byteLength: number
  /** The headers the notification itself implies: `X-WNS-Type`. */
  readonly headers: Readonly<Record<string, string>>
}

/** The `X-WNS-Type` value for each notification type. */
export const WNS_TYPE_HEADER_VALUES: Readonly<Record<WnsNotificationType, string>> = {
  toast: 'wns/toast',
  tile: 'wns/tile',
  badge: 'wns/badge',
  raw: 'wns/raw',
}

/** The `Content-Type` for each notification type. */
export const WNS_CONTENT_TYPES: Readonly<Record<WnsNotificationType, WnsContentType>> = {
  toast: 'text/xml',
  tile: 'text/xml',
  badge: 'text/xml',
  raw: 'application/octet-stream',
}
