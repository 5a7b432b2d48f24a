import { WnsError, type WnsNotification, type WnsSendOptions } from '@homepot/wns-core'
import type { WnsBulkItem } from './bulk-types'

/**
 * The parts of one bulk item, as far as they can be read; the core validates them when it builds
 * the request.
 * @throws {WnsError} `INVALID_PAYLOAD` (field `items[i]`) when the item is not an object.
 * @internal
 */
export function readBulkItem(
  item: unknown,
  index: number,
): { channelUri: string; notification: WnsNotification; options: WnsSendOptions } {
  if (typeof item !== 'object' || item === null) {
    throw new WnsError('INVALID_PAYLOAD', {
      message: `items[${index}] must be an object with channelUri and notification`,
      field: `items[${index}]`,
    })
  }
  const { channelUri, notification, options } = item as Partial<WnsBulkItem>
  return {
    channelUri: channelUri as string,
    notification: notification as WnsNotification,
    options: options ?? {},
  }
}
