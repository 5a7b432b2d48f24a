import { WnsError } from '../errors/wns-error'
import { type ChannelUriOptions, validateChannelUri } from './validate-channel-uri'

/** How much of a refused URI an error message may quote (never past the start of the query). */
const QUOTED_PREFIX_LENGTH = 40

/**
 * Returns the parsed URL of a valid channel URI, or throws. Post to the original string, not to
 * `url.href`: the channel URI is a black box.
 *
 * @param field - The name the error message and `WnsError.field` use for the value.
 * @default field `'channelUri'`
 * @throws {WnsError} `INVALID_CHANNEL_URI` naming `field` and the reason; the message quotes at most
 *   a short prefix of the URI, cut before its query so the channel token never appears.
 * @throws {WnsError} `INVALID_OPTIONS` when `options` itself is malformed.
 * @example
 * assertValidChannelUri(device.channelUri, undefined, 'devices[3].channelUri')
 */
export function assertValidChannelUri(
  uri: string,
  options?: ChannelUriOptions,
  field = 'channelUri',
): URL {
  const result = validateChannelUri(uri, options)
  if (result.valid) return result.url
  throw channelUriError(uri, result.reason, field)
}

/**
 * The `INVALID_CHANNEL_URI` error for `uri`, refused for `reason`, quoting at most a short prefix
 * cut before the query.
 * @internal
 */
export function channelUriError(uri: unknown, reason: string, field: string): WnsError {
  const quoted = typeof uri === 'string' ? ` (it starts with "${quotePrefix(uri)}")` : ''
  return new WnsError('INVALID_CHANNEL_URI', {
    message: `${field} is not a valid WNS channel URI: ${reason}${quoted}`,
    field,
  })
}

function quotePrefix(uri: string): string {
  const beforeQuery = uri.split(/[?#]/, 1)[0] ?? ''
  const prefix = beforeQuery.slice(0, QUOTED_PREFIX_LENGTH).replace(/[^\x20-\x7e]|"/g, '?')
  return beforeQuery.length > QUOTED_PREFIX_LENGTH || beforeQuery.length < uri.length
    ? `${prefix}…`
    : prefix
}
