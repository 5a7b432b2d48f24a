import { z } from 'zod'
import { WNS_CHANNEL_DOMAIN } from '../constants'
import { WnsError } from '../errors/wns-error'
import { canonicalHostEnd } from './canonical-channel-uri'
import { parseUrl } from './parse-url'

/**
 * Default upper bound on a channel URI's length, in characters. Real channel URIs measure
 * 180–215 characters; Microsoft documents no maximum (protocol notes §3, **unconfirmed**), so the
 * default is generous and only stops absurd inputs.
 */
export const DEFAULT_CHANNEL_URI_MAX_LENGTH = 2048

/** Lower bound of HOMEPOT's legacy length rule (opt in with `legacyLengthRule`). */
export const LEGACY_CHANNEL_URI_MIN_LENGTH = 100

/** Upper bound of HOMEPOT's legacy length rule (opt in with `legacyLengthRule`). */
export const LEGACY_CHANNEL_URI_MAX_LENGTH = 200

/** Options of {@link validateChannelUri}. */
export interface ChannelUriOptions {
  /**
   * Longest accepted URI, in characters.
   * @default DEFAULT_CHANNEL_URI_MAX_LENGTH (2048), or 200 with `legacyLengthRule`
   */
  readonly maxLength?: number
  /**
   * Shortest accepted URI, in characters.
   * @default 0 (no lower bound), or 100 with `legacyLengthRule`
   */
  readonly minLength?: number
  /**
   * Apply HOMEPOT's legacy rule that a channel URI has 100–200 characters. Real URIs can be
   * longer than 200, so this is off by default; an explicit `minLength`/`maxLength` still wins.
   * @default false
   */
  readonly legacyLengthRule?: boolean
}

/** Result of {@link validateChannelUri}: the parsed URL, or why the URI was refused. */
export type ChannelUriValidation = { valid: true; url: URL } | { valid: false; reason: string }

/**
 * The length bounds {@link ChannelUriOptions} resolve to.
 * @internal
 */
export interface ChannelUriBounds {
  readonly min: number
  readonly max: number
}

const optionsSchema = z.strictObject({
  maxLength: z.int().positive().optional(),
  minLength: z.int().nonnegative().optional(),
  legacyLengthRule: z.boolean().optional(),
})

/** What no options resolve to; returned without running the schema on an empty object. */
const DEFAULT_BOUNDS: ChannelUriBounds = Object.freeze({
  min: 0,
  max: DEFAULT_CHANNEL_URI_MAX_LENGTH,
})

const DOMAIN_SUFFIX = `.${WNS_CHANNEL_DOMAIN}`
const LABEL = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/

/**
 * Checks that `uri` is a channel URI our server may POST a bearer token to, following the WNS
 * overview's rule: `https` only, to `notify.windows.com` or one of its sub-domains.
 *
 * The raw text is checked before the WHATWG parser sees it (parsers silently drop tabs, fold
 * backslashes, map full-width dots and strip userinfo, so a parsed hostname alone can be fooled),
 * and the parsed URL must then agree with the raw host. Refused: other schemes or hosts, look-alike
 * and suffix tricks, userinfo, ports other than 443, upper-case or percent-encoded hosts, trailing
 * dots, IP literals, punycode labels, whitespace, control or non-ASCII characters anywhere, dot
 * segments, fragments, a missing, empty or repeated `token` query parameter, and lengths out of
 * bounds. The URI is a black box: nothing is rewritten, and senders post to the original string.
 *
 * @throws {WnsError} `INVALID_OPTIONS` when `options` itself is malformed (never for a bad URI).
 * @see https://learn.microsoft.com/windows/apps/design/shell/tiles-and-notifications/windows-push-notification-services--wns--overview
 * @example
 * const result = validateChannelUri(uri)
 * if (!result.valid) console.warn(`refusing channel: ${result.reason}`)
 */
export function validateChannelUri(uri: string, options?: ChannelUriOptions): ChannelUriValidation {
  return validateChannelUriWithin(uri, resolveChannelUriBounds(options))
}

/**
 * {@link validateChannelUri} with its options already resolved to bounds.
 * @internal
 */
export function validateChannelUriWithin(
  uri: string,
  bounds: ChannelUriBounds,
): ChannelUriValidation {
  // The canonical shape passes every rule below and parses back to itself (see
  // canonicalHostEnd), so the rules are skipped for it; the URL is still parsed, for the result.
  if (isWithin(uri, bounds) && canonicalHostEnd(uri) !== -1) {
    const url = parseUrl(uri)
    if (url !== undefined) return { valid: true, url }
  }
  const reason = findProblem(uri, bounds)
  if (reason !== undefined) return { valid: false, reason }
  const url = parseUrl(uri)
  if (url === undefined) return { valid: false, reason: 'the URL parser refuses it' }
  const rawHost = hostOf(uri)
  if (
    url.protocol !== 'https:' ||
    url.username !== '' ||
    url.password !== '' ||
    url.port !== '' ||
    url.hostname !== rawHost
  ) {
    return { valid: false, reason: 'the URL parser reads a different host than the text shows' }
  }
  return { valid: true, url }
}

/**
 * Whether `uri` is a string whose length is within `bounds`.
 * @internal
 */
export function isWithin(uri: unknown, bounds: ChannelUriBounds): uri is string {
  return typeof uri === 'string' && uri.length >= bounds.min && uri.length <= bounds.max
}

/**
 * Whether `uri` passes {@link validateChannelUri}.
 * @throws {WnsError} `INVALID_OPTIONS` when `options` itself is malformed.
 * @example
 * isValidChannelUri('https://db5.notify.windows.com/?token=AwYAAAD…') // true
 */
export function isValidChannelUri(uri: string, options?: ChannelUriOptions): boolean {
  return validateChannelUri(uri, options).valid
}

/**
 * Validates channel-URI options and resolves them to length bounds.
 * @throws {WnsError} `INVALID_OPTIONS` naming the option (`channelUriOptions.maxLength`).
 * @internal
 */
export function resolveChannelUriBounds(options: ChannelUriOptions | undefined): ChannelUriBounds {
  if (options === undefined || options === null) return DEFAULT_BOUNDS
  const parsed = optionsSchema.safeParse(options)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    const path = ['channelUriOptions', ...(issue?.path ?? []).map(String)].join('.')
    throw new WnsError('INVALID_OPTIONS', {
      message: `${path} is not valid: ${issue?.message ?? 'unknown problem'}`,
      field: path,
    })
  }
  const { maxLength, minLength, legacyLengthRule } = parsed.data
  return {
    min: minLength ?? (legacyLengthRule ? LEGACY_CHANNEL_URI_MIN_LENGTH : 0),
    max:
      maxLength ??
      (legacyLengthRule ? LEGACY_CHANNEL_URI_MAX_LENGTH : DEFAULT_CHANNEL_URI_MAX_LENGTH),
  }
}

const SCHEME = 'https://'

/** The raw authority: what follows `https://` up to the first character that ends it. */
function authorityOf(uri: string): string {
  const rest = uri.slice(SCHEME.length)
  const end = rest.search(/[/?#\\]/)
  return end === -1 ? rest : rest.slice(0, end)
}

function hostOf(uri: string): string {
  const authority = authorityOf(uri)
  const colon = authority.indexOf(':')
  return colon === -1 ? authority : authority.slice(0, colon)
}

function findProblem(uri: unknown, bounds: ChannelUriBounds): string | undefined {
  if (typeof uri !== 'string') return 'it is not a string'
  if (uri === '') return 'it is empty'
  if (uri.length < bounds.min)
    return `it has ${uri.length} characters; at least ${bounds.min} are required`
  if (uri.length > bounds.max)
    return `it has ${uri.length} characters; at most ${bounds.max} are allowed`
  // biome-ignore lint/suspicious/noControlCharactersInRegex: refusing control characters is the point
  if (/[\u0000-\u001f\u007f]/.test(uri)) return 'it contains a control character'
  if (/\s/.test(uri)) return 'it contains whitespace'
  if (/[^\x21-\x7e]/.test(uri)) return 'it contains a non-ASCII character'
  if (uri.includes('\\')) return 'it contains a backslash, which URL parsers read as a slash'
  if (!uri.startsWith(SCHEME)) {
    return /^https:\/\//i.test(uri)
      ? 'the scheme must be written in lower case'
      : 'only https:// channel URIs are allowed'
  }
  return findAuthorityProblem(uri) ?? findPathAndQueryProblem(uri)
}

function findAuthorityProblem(uri: string): string | undefined {
  const authority = authorityOf(uri)
  if (authority === '') return 'it has no host'
  if (authority.includes('@')) return 'it must not contain user information (@)'
  if (authority.startsWith('[')) return 'IP literal hosts are not allowed'
  const colon = authority.indexOf(':')
  if (colon !== -1 && authority.slice(colon + 1) !== '443')
    return 'the port must be 443 or left out'
  const host = hostOf(uri)
  if (host.includes('%')) return 'the host must not be percent-encoded'
  if (host !== host.toLowerCase()) return 'the host must be in lower case'
  if (host.endsWith('.')) return 'the host must not end with a dot'
  if (host !== WNS_CHANNEL_DOMAIN && !host.endsWith(DOMAIN_SUFFIX))
    return `the host must be ${WNS_CHANNEL_DOMAIN} or a sub-domain of it`
  for (const label of host.split('.')) {
    if (!LABEL.test(label)) return 'the host has an empty or malformed label'
    if (label.startsWith('xn--')) return 'the host must not contain punycode (xn--) labels'
  }
  return undefined
}

function findPathAndQueryProblem(uri: string): string | undefined {
  const afterHost = uri.slice(SCHEME.length + authorityOf(uri).length)
  if (!afterHost.startsWith('/')) return 'the host must be followed by a path (/)'
  if (afterHost.includes('#')) return 'it must not contain a fragment (#)'
  if (/%(?![0-9a-f]{2})/i.test(uri)) return 'it contains a malformed percent-encoding'
  const queryStart = afterHost.indexOf('?')
  const path = queryStart === -1 ? afterHost : afterHost.slice(0, queryStart)
  const isDotSegment = (segment: string) => /^(?:\.|%2e){1,2}$/i.test(segment)
  if (path.split('/').some(isDotSegment)) return 'the path must not contain dot segments'
  if (queryStart === -1) return 'it has no token query parameter'
  const tokens = afterHost
    .slice(queryStart + 1)
    .split('&')
    .map((pair) => pair.split('='))
    .filter(([name]) => safeDecode(name ?? '') === 'token')
  if (tokens.length === 0) return 'it has no token query parameter'
  if (tokens.length > 1) return 'it has more than one token query parameter'
  if (!tokens[0]?.slice(1).join('=')) return 'its token query parameter is empty'
  return undefined
}

/** Percent-decodes, keeping the text as it is when it does not decode (e.g. `%ff`). */
function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text)
  } catch {
    return text
  }
}
