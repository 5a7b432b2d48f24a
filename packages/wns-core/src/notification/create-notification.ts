import { WNS_MAX_PAYLOAD_BYTES } from '../constants'
import { WnsError } from '../errors/wns-error'
import {
  WNS_CONTENT_TYPES,
  WNS_TYPE_HEADER_VALUES,
  type WnsNotification,
  type WnsNotificationType,
} from './notification'
import { bodyByteLength } from './utf8'

/** Options every builder accepts. */
export interface BuildOptions {
  /**
   * Largest body accepted, in UTF-8 bytes.
   * @default WNS_MAX_PAYLOAD_BYTES (5000)
   */
  readonly maxPayloadBytes?: number
}

/**
 * Wraps a finished body as a {@link WnsNotification}, refusing bodies over the payload limit.
 * Used by every builder; exported for senders that build bodies their own way.
 *
 * @throws {WnsError} `PAYLOAD_TOO_LARGE` when the body is over `maxPayloadBytes`.
 */
export function createNotification(
  type: WnsNotificationType,
  body: string | Uint8Array,
  options: BuildOptions = {},
): WnsNotification {
  const limit = options.maxPayloadBytes ?? WNS_MAX_PAYLOAD_BYTES
  const byteLength = bodyByteLength(body)
  if (byteLength > limit) {
    throw new WnsError('PAYLOAD_TOO_LARGE', {
      message: `${type} payload is ${byteLength} bytes; WNS accepts at most ${limit} bytes`,
      field: type,
    })
  }
  return Object.freeze({
    type,
    body,
    contentType: WNS_CONTENT_TYPES[type],
    byteLength,
    headers: Object.freeze({ 'X-WNS-Type': WNS_TYPE_HEADER_VALUES[type] }),
  })
}
