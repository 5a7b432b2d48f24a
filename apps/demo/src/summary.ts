import type { PushNotificationResult } from '@homepot/push'
import type { WnsNotificationType } from '@homepot/wns-core'

/** What one bulk send of one notification type came to. */
export interface TypeSummary {
  readonly type: WnsNotificationType
  /** Terminals the notification was sent to. */
  readonly attempted: number
  /** Accepted by WNS for delivery (`X-WNS-Status: received`). */
  readonly sent: number
  /** Accepted by WNS but dropped (offline device with caching off, or expired TTL). */
  readonly dropped: number
  /** Refused or failed, all codes together. */
  readonly failed: number
  /** Failures by error code. */
  readonly failedByCode: Readonly<Record<string, number>>
  /** Channels WNS said are gone (410): removed from the fleet. */
  readonly channelsRemoved: number
  /** Channels WNS no longer recognises (404): their terminals must re-register. */
  readonly channelsToReregister: number
  /** Wall-clock time of the bulk send. */
  readonly durationMs: number
}

/** Counts one bulk send's results; every result lands in exactly one of sent, dropped, failed. */
export function summarise(
  type: WnsNotificationType,
  results: readonly PushNotificationResult[],
  durationMs: number,
): TypeSummary {
  let sent = 0
  let dropped = 0
  let channelsRemoved = 0
  let channelsToReregister = 0
  const failedByCode: Record<string, number> = {}
  for (const result of results) {
    if (result.success) {
      if (result.notificationStatus === 'dropped') dropped++
      else sent++
      continue
    }
    const code = result.errorCode ?? 'UNKNOWN'
    failedByCode[code] = (failedByCode[code] ?? 0) + 1
    if (result.channelAction === 'remove') channelsRemoved++
    if (result.channelAction === 'reregister') channelsToReregister++
  }
  const failed = results.length - sent - dropped
  return {
    type,
    attempted: results.length,
    sent,
    dropped,
    failed,
    failedByCode,
    channelsRemoved,
    channelsToReregister,
    durationMs,
  }
}
