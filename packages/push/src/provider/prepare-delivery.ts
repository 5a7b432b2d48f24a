import { WnsError } from '@homepot/wns-core'
import {
  createPushNotificationPayload,
  type PushNotificationPayload,
} from '../payload/push-notification-payload'
import { createFailureResult } from '../result/create-push-result'
import type { PushNotificationResult } from '../result/push-notification-result'

/** One validated entry of a bulk send, with its position in the caller's list. */
export interface PushDelivery {
  /** Position in the list given to `sendBulkNotifications`. */
  readonly index: number
  /** The device token, as given. */
  readonly deviceToken: string
  /** The validated payload. */
  readonly payload: PushNotificationPayload
}

/**
 * Checks every `[deviceToken, payload]` entry of a bulk send: a delivery for each valid one, an
 * `INVALID_PAYLOAD` result (naming `notifications[i]…`) for each invalid one.
 * @internal
 */
export function prepareDeliveries(
  platform: string,
  entries: readonly unknown[],
  field: string,
): Array<PushDelivery | PushNotificationResult> {
  return entries.map((entry, index) => {
    const path = `${field}[${index}]`
    if (!Array.isArray(entry) || entry.length !== 2) {
      const token = Array.isArray(entry) && typeof entry[0] === 'string' ? entry[0] : ''
      return invalid(platform, token, `${path} must be a [deviceToken, payload] pair`, path)
    }
    return prepareDelivery(platform, index, entry[0], entry[1], `${path}[0]`, `${path}[1]`)
  })
}

/**
 * Checks one device token and payload: a delivery with the validated payload, or an
 * `INVALID_PAYLOAD` result naming the field.
 * @internal
 */
export function prepareDelivery(
  platform: string,
  index: number,
  deviceToken: unknown,
  payload: unknown,
  tokenField: string,
  payloadField: string,
): PushDelivery | PushNotificationResult {
  if (typeof deviceToken !== 'string') {
    return invalid(platform, '', `${tokenField} must be a string`, tokenField)
  }
  try {
    const validated = createPushNotificationPayload(
      payload as PushNotificationPayload,
      payloadField,
    )
    return { index, deviceToken, payload: validated }
  } catch (error) {
    return createFailureResult(deviceToken, platform, error)
  }
}

function invalid(
  platform: string,
  deviceToken: string,
  message: string,
  field: string,
): PushNotificationResult {
  return createFailureResult(
    deviceToken,
    platform,
    new WnsError('INVALID_PAYLOAD', { message, field }),
  )
}
