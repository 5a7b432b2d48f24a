import type { WnsNotificationType } from '@homepot/wns-core'

/** A notification WNS accepted for a channel, as the fake recorded it. */
export interface WnsReceivedNotification {
  /** `toast`, `tile`, `badge` or `raw` (from `X-WNS-Type`). */
  readonly type: WnsNotificationType
  /** `POST` for a notification, `DELETE` for a toast removal (`X-WNS-Match`). */
  readonly method: 'POST' | 'DELETE'
  /** The request headers, names in lower case, with `Authorization` redacted. */
  readonly headers: Readonly<Record<string, string>>
  /** The XML text for toast, tile and badge; the exact bytes for raw; `''` for a removal. */
  readonly body: string | Uint8Array
  /** When WNS accepted it (the mock's clock, epoch milliseconds). */
  readonly receivedAt: number
  /** The `X-WNS-Msg-ID` WNS answered with. */
  readonly msgId: string
  /** Id of the app whose token sent it. */
  readonly appId: string
}

/** A notification held for an offline channel, delivered when the channel comes back. */
export interface WnsPendingNotification extends WnsReceivedNotification {
  /** When it stops being deliverable (epoch milliseconds); absent when it never expires. */
  readonly expiresAt?: number
}

/** A notification that reached the device: straight away, or later from the offline cache. */
export interface WnsDeliveredNotification extends WnsReceivedNotification {
  /** When it reached the device (epoch milliseconds); later than `receivedAt` if it was cached. */
  readonly deliveredAt: number
}
