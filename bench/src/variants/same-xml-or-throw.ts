import type { WnsNotification } from '@homepot/wns-core'

/**
 * Harness check: the notification a variant built must carry exactly the XML the other variants
 * send, or the comparison is not like for like.
 * @throws {Error} when the bodies differ.
 */
export function sameXmlOrThrow(notification: WnsNotification, xml: string): void {
  if (notification.body !== xml) {
    throw new Error('the variant built a different toast XML than the harness; fix the workload')
  }
}
