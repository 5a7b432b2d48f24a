import type { ChannelAction, WnsErrorCode } from '@homepot/wns-core'

/**
 * An error code on a failed result. The built-in providers use the {@link WnsErrorCode}s (the
 * simulation provider included); providers registered by others may add their own.
 */
export type PushErrorCode = WnsErrorCode | (string & {})

/**
 * What happened to one notification for one device. Providers resolve to results and never throw
 * for a per-device failure: check `success`, then branch on `errorCode`.
 *
 * @example
 * const result = await provider.sendNotification(channelUri, notification)
 * if (!result.success && result.channelAction === 'remove') await devices.forget(channelUri)
 */
export interface PushNotificationResult {
  /** Whether the push service accepted the notification. */
  readonly success: boolean
  /** The device token (for WNS, the channel URI) it was sent to. */
  readonly deviceToken: string
  /** The provider's platform name, e.g. `wns_windows`. */
  readonly platform: string
  /** The push service's id for the notification (WNS: `X-WNS-Msg-ID`). */
  readonly messageId?: string
  /** Stable code of the failure. Only on failures. */
  readonly errorCode?: PushErrorCode
  /** Human-readable reason. Only on failures; never contains a secret or a token. */
  readonly errorMessage?: string
  /** Whether sending the same notification later can succeed. Only on failures. */
  readonly retryable?: boolean
  /** What to do with the device token: keep it, ask the device to re-register, or remove it. */
  readonly channelAction?: ChannelAction
  /** Seconds the push service asked us to wait before sending again, when it said so. */
  readonly retryAfterSeconds?: number
  /** The push service's delivery status, e.g. WNS `received` or `dropped`. */
  readonly notificationStatus?: string
  /** The device's connection status, when the provider asked for it (WNS `requestForStatus`). */
  readonly deviceConnectionStatus?: string
  /** How long the send took, in milliseconds (simulated by the simulation provider). */
  readonly latencyMs?: number
  /** When the result was produced. */
  readonly timestamp: Date
}
