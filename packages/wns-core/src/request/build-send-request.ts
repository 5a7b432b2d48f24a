import { assertValidChannelUri } from '../channel/assert-valid-channel-uri'
import type { ChannelUriOptions } from '../channel/validate-channel-uri'
import { WnsError } from '../errors/wns-error'
import {
  WNS_CONTENT_TYPES,
  WNS_NOTIFICATION_TYPES,
  type WnsNotification,
} from '../notification/notification'
import { bodyByteLength } from '../notification/utf8'
import { bearerAuthorization } from './bearer-authorization'
import { buildWnsHeaders } from './build-wns-headers'
import type { WnsSendOptions } from './send-options'
import type { WnsHttpRequest } from './wns-http-request'

/** Input of {@link buildSendRequest}. */
export interface BuildSendRequestInput {
  /** Where to send: the device's channel URI, checked with {@link assertValidChannelUri}. */
  readonly channelUri: string
  /** The built notification (from `toast`, `tile`, `badge`, `raw` or `fromXml`). */
  readonly notification: WnsNotification
  /** The access token, without the `Bearer ` prefix. */
  readonly accessToken: string
  /** Per-send options; see {@link buildWnsHeaders}. */
  readonly options?: WnsSendOptions
  /** How strictly to check the channel URI. */
  readonly channelUriOptions?: ChannelUriOptions
}

/**
 * Describes the `POST` that sends `notification` to a channel: `Authorization: Bearer …`,
 * `Content-Type`, `Content-Length` in bytes, `X-WNS-Type` and the option headers. The channel URI
 * is validated first; `url` is the original string.
 *
 * @throws {WnsError} `INVALID_CHANNEL_URI` (field `channelUri`), `INVALID_OPTIONS` (a bad option
 *   or access token), or `INVALID_PAYLOAD` when `notification` is not a built notification.
 * @example
 * const request = buildSendRequest({ channelUri, notification: toast({ text: ['Hi'] }), accessToken })
 * await fetch(request.url, request)
 */
export function buildSendRequest(input: BuildSendRequestInput): WnsHttpRequest {
  assertValidChannelUri(input.channelUri, input.channelUriOptions, 'channelUri')
  const authorization = bearerAuthorization(input.accessToken)
  const { notification } = input
  if (notification === null || typeof notification !== 'object') {
    throw notificationError('notification', 'must be a built notification')
  }
  if (!WNS_NOTIFICATION_TYPES.includes(notification.type)) {
    throw notificationError(
      'notification.type',
      `must be one of ${WNS_NOTIFICATION_TYPES.join(', ')}`,
    )
  }
  const { body } = notification
  if (typeof body !== 'string' && !(body instanceof Uint8Array)) {
    throw notificationError('notification.body', 'must be a string or a Uint8Array')
  }
  const { headers, warnings } = buildWnsHeaders(notification.type, input.options)
  return {
    method: 'POST',
    url: input.channelUri,
    headers: {
      Authorization: authorization,
      'Content-Type': WNS_CONTENT_TYPES[notification.type],
      'Content-Length': String(bodyByteLength(body)),
      ...headers,
    },
    body,
    warnings,
  }
}

function notificationError(field: string, problem: string): WnsError {
  return new WnsError('INVALID_PAYLOAD', { message: `${field} ${problem}`, field })
}
