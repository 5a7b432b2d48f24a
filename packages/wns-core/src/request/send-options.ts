/**
 * `X-WNS-PRIORITY` value: 1 high, 2 medium, 3 low, 4 very low. When it is left out WNS uses 1 for
 * toast, 2 for tile and badge, 3 for raw.
 */
export type WnsPriority = 1 | 2 | 3 | 4

/**
 * Names for the {@link WnsPriority} values.
 * @example
 * buildWnsHeaders('toast', { priority: WNS_PRIORITY.HIGH })
 */
export const WNS_PRIORITY = { HIGH: 1, MEDIUM: 2, LOW: 3, VERY_LOW: 4 } as const

/** `X-WNS-Cache-Policy` value: whether WNS keeps the notification while the device is offline. */
export type WnsCachePolicy = 'cache' | 'no-cache'

/**
 * Per-send options that become `X-WNS-*` request headers. Each is checked against the notification
 * type it is sent with (see {@link buildWnsHeaders}).
 * @see https://learn.microsoft.com/windows/apps/design/shell/tiles-and-notifications/push-request-response-headers
 */
export interface WnsSendOptions {
  /**
   * `X-WNS-TTL`: seconds until WNS drops the notification; a non-negative integer. `0` cannot be
   * combined with `cachePolicy: 'cache'` (WNS answers 400).
   */
  readonly ttlSeconds?: number
  /**
   * `X-WNS-Cache-Policy`: whether WNS stores the notification while the device is offline.
   * @default WNS's: `cache` for tile and badge, `no-cache` for raw
   */
  readonly cachePolicy?: WnsCachePolicy
  /** `X-WNS-RequestForStatus`: ask WNS to report `X-WNS-DeviceConnectionStatus` in its answer. */
  readonly requestForStatus?: boolean
  /**
   * `X-WNS-Tag` (tile and toast only): at most 16 printable ASCII characters, no `;`. A newer
   * notification with the same tag replaces the older one.
   */
  readonly tag?: string
  /**
   * `X-WNS-Group` (toast only): at most 16 printable ASCII characters, no `;`. Documented for phone
   * channels only, so it adds a warning, and is refused when `strict` is set.
   */
  readonly group?: string
  /**
   * `X-WNS-SuppressPopup` (toast only): put the toast in Action Center without showing it.
   * Documented for phone channels only: adds a warning, refused when `strict` is set.
   */
  readonly suppressPopup?: boolean
  /**
   * `X-WNS-PRIORITY`: delivery priority, 1 (high) to 4 (very low); see {@link WNS_PRIORITY}.
   * @default WNS's: 1 for toast, 2 for tile and badge, 3 for raw
   */
  readonly priority?: WnsPriority
  /** `MS-CV`: a correlation vector WNS echoes back, at most 127 printable ASCII characters. */
  readonly correlationVector?: string
  /**
   * Refuse options the header reference documents for phone channels only, instead of warning.
   * @default false
   */
  readonly strict?: boolean
}

/**
 * Longest `MS-CV` value accepted: the correlation vector specification (v2) caps vectors at 127
 * characters. WNS documents no limit of its own (**unconfirmed**).
 */
export const WNS_MAX_CORRELATION_VECTOR_LENGTH = 127
