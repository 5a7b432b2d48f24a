const SCHEME = 'https://'

/**
 * The canonical shape (see {@link canonicalHostEnd}). Every part is a character class with a
 * fixed end, so matching is linear: labels end at `.`, the path at `?`, and `%` is outside the
 * token's class.
 */
const CANONICAL = new RegExp(
  [
    '^https://',
    // labels: 1–63 of [a-z0-9-], alphanumeric at both ends, not xn--; then the WNS domain
    '(?:(?!xn--)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\\.)*notify\\.windows\\.com',
    // a path without `.` or `%`
    '/[A-Za-z0-9_~/-]*',
    // exactly one parameter, token, not empty
    '\\?token=(?:[A-Za-z0-9._~+/=-]|%[0-9A-Fa-f]{2})+$',
  ].join(''),
)

/**
 * Where the host of `uri` ends (the index of the `/` that follows it) when `uri` has the one
 * canonical shape WNS hands out, else `-1`. It is a cheap, conservative pre-check in front of the
 * full validator, never a replacement: `-1` only means "run the full check".
 *
 * The shape, matched by one anchored regular expression with no parsing:
 * `https://` + lower-case labels of `[a-z0-9-]` (1–63 characters, no `-` at either end, no `xn--`)
 * ending in `notify.windows.com` + `/` + a path of `[A-Za-z0-9_~/-]` (so no dot segment and no
 * percent sign) + `?token=` + a non-empty value of `[A-Za-z0-9._~+/=-]` and `%` followed by two
 * hex digits (so no `&`, `#`, whitespace, control or non-ASCII character).
 *
 * Why that is enough: every such string passes each rule of the full check (no user information,
 * port, upper case, percent sign or trailing dot in the host; a path; exactly one non-empty
 * `token` parameter; only well-formed percent-encodings), and the WHATWG parser reads it back
 * unchanged: ASCII lower-case labels without `xn--` are their own IDNA form, the last label
 * (`com`) is not a number, and none of the characters allowed is in the path or special-query
 * percent-encode sets. So the parsed origin is `uri.slice(0, end)`, and its path and query are
 * `uri.slice(end)`. The length bounds are the caller's to check.
 * @internal
 */
export function canonicalHostEnd(uri: string): number {
  // The host holds no `/`, so the first one after the scheme ends it.
  return CANONICAL.test(uri) ? uri.indexOf('/', SCHEME.length) : -1
}
