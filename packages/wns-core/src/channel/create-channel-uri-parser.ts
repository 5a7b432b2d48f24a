import { channelUriError } from './assert-valid-channel-uri'
import { canonicalHostEnd } from './canonical-channel-uri'
import {
  type ChannelUriOptions,
  isWithin,
  resolveChannelUriBounds,
  validateChannelUriWithin,
} from './validate-channel-uri'

/**
 * Where a valid channel URI sends a request to, split as HTTP clients take it (undici's
 * `dispatch({ origin, path })`, Node's `https.request({ host, path })`).
 */
export interface ChannelUriTarget {
  /** `https://` and the host, without a default port: `https://db5.notify.windows.com`. */
  readonly origin: string
  /** The path and query, as the WHATWG URL parser serializes them: `/?token=AwYAAAD…`. */
  readonly path: string
}

/**
 * Checks one channel URI and returns its {@link ChannelUriTarget}; made by
 * {@link createChannelUriParser}.
 *
 * @param field - The name the error message and `WnsError.field` use for the value.
 * @default field `'channelUri'`
 * @throws {WnsError} `INVALID_CHANNEL_URI`, exactly as {@link assertValidChannelUri} throws it.
 */
export type ChannelUriParser = (uri: string, field?: string) => ChannelUriTarget

/**
 * Makes a channel-URI check for senders that check many URIs with the same options: the options
 * are validated once, here, and each call then applies {@link validateChannelUri}'s rules and
 * returns the origin and path to request, as `new URL(uri)` would give them, without parsing
 * URIs in the shape WNS hands out (a character-by-character check proves those valid).
 *
 * @throws {WnsError} `INVALID_OPTIONS` naming the option when `options` is malformed.
 * @see https://learn.microsoft.com/windows/apps/design/shell/tiles-and-notifications/windows-push-notification-services--wns--overview
 * @example
 * const parseChannelUri = createChannelUriParser({ maxLength: 1024 })
 * const { origin, path } = parseChannelUri(device.channelUri)
 * await agent.request({ origin, path, method: 'POST', headers, body })
 */
export function createChannelUriParser(options?: ChannelUriOptions): ChannelUriParser {
  const bounds = resolveChannelUriBounds(options)
  return (uri, field = 'channelUri') => {
    if (isWithin(uri, bounds)) {
      const hostEnd = canonicalHostEnd(uri)
      if (hostEnd !== -1) return { origin: uri.slice(0, hostEnd), path: uri.slice(hostEnd) }
    }
    const result = validateChannelUriWithin(uri, bounds)
    if (!result.valid) throw channelUriError(uri, result.reason, field)
    const { url } = result
    // `url.origin`, spelled out: a valid channel URI is https with no port left after parsing.
    return { origin: `${url.protocol}//${url.host}`, path: url.pathname + url.search }
  }
}
