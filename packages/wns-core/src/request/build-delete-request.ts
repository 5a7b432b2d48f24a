import { assertValidChannelUri } from '../channel/assert-valid-channel-uri'
import type { ChannelUriOptions } from '../channel/validate-channel-uri'
import { WnsError } from '../errors/wns-error'
import { bearerAuthorization } from './bearer-authorization'
import { buildMatchHeader, type WnsMatch } from './match-header'
import { phoneOnlyWarning } from './option-rules'
import { WNS_REQUEST_HEADERS } from './request-headers'
import type { WnsHttpRequest } from './wns-http-request'

/** Input of {@link buildDeleteRequest}. */
export interface BuildDeleteRequestInput {
  /** The device's channel URI, checked with {@link assertValidChannelUri}. */
  readonly channelUri: string
  /** Which toasts to remove from Action Center. */
  readonly match: WnsMatch
  /** The access token, without the `Bearer ` prefix. */
  readonly accessToken: string
  /** How strictly to check the channel URI. */
  readonly channelUriOptions?: ChannelUriOptions
  /**
   * Refuse to build the request, since `X-WNS-Match` is documented for phone channels only.
   * @default false
   */
  readonly strict?: boolean
}

/**
 * Describes the `DELETE` that removes toasts from Action Center: `Authorization` and
 * `X-WNS-Match`, no body. It always carries a warning that the reference documents the header for
 * phone channels only.
 *
 * @throws {WnsError} `INVALID_CHANNEL_URI`, or `INVALID_OPTIONS` for a bad match or access token,
 *   or for any match when `strict` is set.
 * @example
 * buildDeleteRequest({ channelUri, accessToken, match: { group: 'chat' } })
 */
export function buildDeleteRequest(input: BuildDeleteRequestInput): WnsHttpRequest {
  assertValidChannelUri(input.channelUri, input.channelUriOptions, 'channelUri')
  const authorization = bearerAuthorization(input.accessToken)
  if (input.strict) {
    throw new WnsError('INVALID_OPTIONS', {
      message: `match (${WNS_REQUEST_HEADERS.match}) is documented for phone channels only; strict mode refuses it`,
      field: 'match',
    })
  }
  return {
    method: 'DELETE',
    url: input.channelUri,
    headers: {
      Authorization: authorization,
      [WNS_REQUEST_HEADERS.match]: buildMatchHeader(input.match),
    },
    body: undefined,
    warnings: [phoneOnlyWarning(WNS_REQUEST_HEADERS.match)],
  }
}
