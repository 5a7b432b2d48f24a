import type { WnsDiagnostics } from '@homepot/wns-core'

/**
 * What a successful send (or toast removal) resolves to. WNS accepted the request; it never
 * confirms delivery to the device.
 *
 * @example
 * const result = await client.send(channelUri, toast({ text: ['Hi'] }), { requestForStatus: true })
 * if (result.dropped) console.log('WNS dropped it:', result.notificationStatus)
 * console.log(result.msgId, result.deviceConnectionStatus, result.attempts, result.latencyMs)
 */
export interface WnsSendResult {
  /** Always `true`: failures reject with a `WnsError` instead. */
  readonly ok: true
  /** The channel URI the notification went to. */
  readonly channelUri: string
  /** The HTTP status WNS answered with (200). */
  readonly status: number
  /** `X-WNS-Status` (or the legacy `X-WNS-NotificationStatus`): `received`, `dropped`, `channelthrottled`. */
  readonly notificationStatus: string | undefined
  /** Whether WNS accepted the request but discarded the notification (`X-WNS-Status: dropped`). */
  readonly dropped: boolean
  /** `X-WNS-Msg-ID`, for support cases. */
  readonly msgId?: string
  /** `X-WNS-DeviceConnectionStatus`, present when `requestForStatus` was set. */
  readonly deviceConnectionStatus?: string
  /**
   * How long to wait before sending to this channel again, when WNS accepted the request but said
   * so (`Retry-After` / `X-WNS-CONTINUE-AFTER` on a throttled channel), in milliseconds.
   */
  readonly retryAfterMs?: number
  /** HTTP requests made for this send: retries and the one resend after a 401 included. */
  readonly attempts: number
  /** Milliseconds from the call to the answer, waits between retries included. */
  readonly latencyMs: number
  /** Every diagnostic header WNS returned. */
  readonly diagnostics: WnsDiagnostics
}
