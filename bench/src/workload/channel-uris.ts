/**
 * Realistic WNS channel URIs for the benchmarks: `https://db5.notify.windows.com/?token=<150
 * characters>`, 188 characters long (real ones measure 180–215, see docs/wns-protocol §9).
 * Every index gives a distinct URI, and the same index always gives the same URI, so every
 * variant posts to the same set of URLs.
 */

const CHANNEL_PREFIX = 'https://db5.notify.windows.com/?token='
const TOKEN_LENGTH = 150
const TOKEN_HEAD = 'AwYAAAD'
const INDEX_WIDTH = 8
const FILLER_LENGTH = TOKEN_LENGTH - TOKEN_HEAD.length - INDEX_WIDTH
const BASE64URL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'

/** A fixed pseudo-random base64url string (xorshift32), long enough to slice fillers from. */
const FILLER_SOURCE = ((): string => {
  let state = 0x9e3779b9
  let text = ''
  for (let i = 0; i < FILLER_LENGTH * 3; i += 1) {
    state ^= state << 13
    state ^= state >>> 17
    state ^= state << 5
    text += BASE64URL[(state >>> 0) % 64]
  }
  return text
})()

/** The largest index {@link channelUri} accepts (8 base-36 digits). */
export const MAX_CHANNEL_INDEX = 36 ** INDEX_WIDTH - 1

/**
 * The channel URI for `index`: distinct per index, deterministic, 188 characters.
 * @throws {RangeError} when `index` is not an integer in 0..{@link MAX_CHANNEL_INDEX}.
 * @example channelUri(0) // 'https://db5.notify.windows.com/?token=AwYAAAD00000000…'
 */
export function channelUri(index: number): string {
  if (!Number.isInteger(index) || index < 0 || index > MAX_CHANNEL_INDEX) {
    throw new RangeError(
      `channel index must be an integer in 0..${MAX_CHANNEL_INDEX}, got ${index}`,
    )
  }
  const offset = index % (FILLER_SOURCE.length - FILLER_LENGTH)
  return (
    CHANNEL_PREFIX +
    TOKEN_HEAD +
    index.toString(36).padStart(INDEX_WIDTH, '0') +
    FILLER_SOURCE.slice(offset, offset + FILLER_LENGTH)
  )
}

/**
 * The first `count` channel URIs as an array (for the throughput runs).
 * @example channelUris(3).length // 3
 */
export function channelUris(count: number): string[] {
  const uris = new Array<string>(count)
  for (let i = 0; i < count; i += 1) uris[i] = channelUri(i)
  return uris
}

/**
 * The first `count` channel URIs, generated one at a time so that nothing but the current URI
 * is held in memory (for the streaming memory runs).
 * @example for await (const uri of generateChannelUris(1_000_000)) { … }
 */
export async function* generateChannelUris(count: number): AsyncGenerator<string> {
  for (let i = 0; i < count; i += 1) yield channelUri(i)
}
