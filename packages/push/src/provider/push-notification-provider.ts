import type { PushNotificationPayload } from '../payload/push-notification-payload'
import type { PushNotificationResult } from '../result/push-notification-result'

/** One entry of a bulk send: the device token and what to send it, HOMEPOT's `(token, payload)`. */
export type PushNotificationTarget = readonly [
  deviceToken: string,
  payload: PushNotificationPayload,
]

/**
 * What {@link PushNotificationProvider.healthCheck} reports. Never thrown: an unhealthy provider
 * says why in `error`.
 */
export interface PushHealthCheck {
  /** `healthy` when the provider is initialized and its service answers. */
  readonly status: 'healthy' | 'unhealthy'
  /** The provider's platform name. */
  readonly platform: string
  /** Whether `initialize()` completed and `cleanup()` has not run since. */
  readonly initialized: boolean
  /** The provider's platform information, when it is healthy. */
  readonly platformInfo?: PushPlatformInfo
  /** Why the provider is unhealthy (never contains a secret). */
  readonly error?: string
  /** Stable code of the failure, when it has one. */
  readonly errorCode?: string
  /** When the check ran. */
  readonly timestamp: Date
}

/**
 * What {@link PushNotificationProvider.getPlatformInfo} reports. Providers add their own fields.
 */
export interface PushPlatformInfo {
  /** The provider's platform name. */
  readonly platform: string
  /** `operational` once initialized, `not_initialized` before, `closed` after `cleanup()`. */
  readonly serviceStatus: 'operational' | 'not_initialized' | 'closed'
  /** The kind of notification the provider sends, when the platform has kinds. */
  readonly notificationType?: string
  /** Whether the provider holds a currently valid access token, when the platform uses tokens. */
  readonly tokenValid?: boolean
  /** Provider-specific details. */
  readonly [detail: string]: unknown
}

/**
 * The interface every push provider implements; mirrors HOMEPOT's `PushNotificationProvider`
 * (`send_notification` → `sendNotification`, and so on). Get one from `getNotificationProvider()`
 * or `getPushProvider()`; write one by extending `BasePushProvider`.
 *
 * Lifecycle: `initialize()` once, send any number of times, `cleanup()` at shutdown. Sending
 * before `initialize()` or after `cleanup()` rejects with `WnsError` code `INVALID_OPTIONS`
 * (`field: 'provider'`); everything that goes wrong for one device is a failed result instead.
 *
 * @example
 * const provider = getNotificationProvider('wns_windows', { package_sid, client_secret })
 * await provider.initialize()
 * const result = await provider.sendNotification(channelUri, { title: 'Hi', body: 'There' })
 * await provider.cleanup()
 */
export interface PushNotificationProvider {
  /** The platform name the provider is registered under, e.g. `wns_windows`. */
  readonly platform: string
  /** Whether `initialize()` completed and `cleanup()` has not run since. */
  readonly initialized: boolean
  /**
   * Prepares the provider (for WNS: gets an access token). Calling it again is harmless; after
   * `cleanup()` it makes the provider usable again.
   * @throws {WnsError} when the provider cannot start, e.g. `AUTH_FAILED` for refused credentials.
   */
  initialize(): Promise<void>
  /**
   * Sends one notification to one device. Resolves to a failed result (never rejects) for an
   * invalid token, an invalid or oversized payload, or any answer of the push service.
   * @throws {WnsError} `INVALID_OPTIONS` when the provider is not initialized.
   */
  sendNotification(
    deviceToken: string,
    payload: PushNotificationPayload,
  ): Promise<PushNotificationResult>
  /**
   * Sends many notifications; resolves to exactly one result per input, in input order.
   * @throws {WnsError} `INVALID_OPTIONS` when the provider is not initialized.
   */
  sendBulkNotifications(
    notifications: readonly PushNotificationTarget[],
  ): Promise<PushNotificationResult[]>
  /** Whether `token` is a device token this provider can send to. Never throws. */
  validateDeviceToken(token: string): boolean
  /** Reports whether the provider works; never rejects. */
  healthCheck(): Promise<PushHealthCheck>
  /** Describes the provider's configuration and state (no secrets). */
  getPlatformInfo(): Promise<PushPlatformInfo>
  /** Releases connections and cached tokens. Calling it again is harmless. */
  cleanup(): Promise<void>
}
