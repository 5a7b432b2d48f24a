/** One entry of a channel-URI test corpus: the input and why it must be accepted or refused. */
export interface ChannelUriCase {
  /** The exact string a device (or an attacker posing as one) could hand to the backend. */
  readonly uri: string
  /** Why a channel-URI check must accept or refuse it. */
  readonly why: string
}

const T = 'token=AwYAAADFR58iDWZCoMjweQoqVvVnQ%2f8in90z02ni%2bug3kMy5DE1P8c7jISqT0ue4VaNQ'
const HOST = 'db5.notify.windows.com'

/**
 * Channel URIs that {@link validateChannelUri} must refuse, each with the reason. Most would send
 * the app's bearer token to a host other than WNS (SSRF), or reach WNS only after a URL parser
 * rewrote them. Public so that other packages' security tests (senders, the fake server, HOMEPOT
 * adapters) can run the same corpus against their own entry points.
 *
 * @example
 * for (const { uri, why } of HOSTILE_CHANNEL_URIS) {
 *   expect(isValidChannelUri(uri), why).toBe(false)
 * }
 */
export const HOSTILE_CHANNEL_URIS: readonly ChannelUriCase[] = Object.freeze([
  // --- scheme
  { uri: `http://${HOST}/?${T}`, why: 'plain http would send the bearer token unencrypted' },
  { uri: `HTTPS://${HOST}/?${T}`, why: 'an upper-case scheme is not how WNS writes channels' },
  { uri: `wss://${HOST}/?${T}`, why: 'only https is allowed, not WebSocket' },
  { uri: `ftp://${HOST}/?${T}`, why: 'only https is allowed' },
  { uri: `//${HOST}/?${T}`, why: 'a scheme-relative URI has no scheme to check' },
  { uri: `${HOST}/?${T}`, why: 'a bare host has no scheme' },
  {
    uri: `https:/${HOST}/?${T}`,
    why: 'one slash: URL parsers repair it, so the text is not canonical',
  },
  { uri: `https:${HOST}/?${T}`, why: 'no slashes: URL parsers repair it' },
  { uri: `javascript:alert(1)//.${HOST}/?${T}`, why: 'a script URL that merely mentions the host' },
  { uri: `data:text/html,https://${HOST}/?${T}`, why: 'a data URL wrapping a channel URI' },
  // --- host: other domains and suffix tricks
  { uri: `https://evil.example/?${T}`, why: 'an unrelated host would receive the bearer token' },
  {
    uri: `https://notify.windows.com.evil.example/?${T}`,
    why: 'the WNS domain as a prefix of another domain',
  },
  {
    uri: `https://${HOST}.evil.example/?${T}`,
    why: 'a channel host followed by an attacker domain',
  },
  {
    uri: `https://evilnotify.windows.com/?${T}`,
    why: 'ends in notify.windows.com but not at a dot boundary',
  },
  { uri: `https://windows.com/?${T}`, why: 'the parent domain is not the channel domain' },
  {
    uri: `https://wns.windows.com/?${T}`,
    why: 'a Microsoft host that is not under notify.windows.com',
  },
  { uri: `https://notify.windows.co/?${T}`, why: 'a look-alike top-level domain' },
  { uri: `https://notify-windows.com/?${T}`, why: 'a look-alike registrable domain' },
  {
    uri: `https://evil.example/.notify.windows.com/?${T}`,
    why: 'the WNS domain in the path, not the host',
  },
  {
    uri: `https://evil.example#.notify.windows.com/?${T}`,
    why: 'a fragment ends the host before the WNS domain',
  },
  {
    uri: `https://evil.example?.notify.windows.com/?${T}`,
    why: 'a query ends the host before the WNS domain',
  },
  {
    uri: `https://notify.windows.com.127.0.0.1.nip.io/?${T}`,
    why: 'a wildcard DNS name resolving to loopback',
  },
  { uri: `https://localhost/?${T}`, why: 'loopback by name' },
  // --- userinfo
  {
    uri: `https://${HOST}@evil.example/?${T}`,
    why: 'userinfo that looks like the host; the real host is evil.example',
  },
  { uri: `https://evil.example@${HOST}/?${T}`, why: 'userinfo is never part of a channel URI' },
  { uri: `https://user:pass@${HOST}/?${T}`, why: 'credentials in the URI' },
  {
    uri: `https://:@${HOST}/?${T}`,
    why: 'empty userinfo: parsers drop it, so the text is not what is sent',
  },
  {
    uri: `https://notify.windows.com:443@evil.example/?${T}`,
    why: 'a port-looking userinfo before the real host',
  },
  // --- ports
  { uri: `https://${HOST}:8443/?${T}`, why: 'a port other than 443' },
  { uri: `https://${HOST}:80/?${T}`, why: 'the plain-http port' },
  {
    uri: `https://${HOST}:/?${T}`,
    why: 'an empty port: parsers drop it, so the text is not canonical',
  },
  { uri: `https://${HOST}:0443/?${T}`, why: 'a zero-padded port that parsers normalise to 443' },
  { uri: `https://${HOST}:443:443/?${T}`, why: 'two ports' },
  // --- host spelling and encodings
  {
    uri: `https://${HOST}./?${T}`,
    why: 'a trailing dot (absolute DNS name) is not how WNS writes hosts',
  },
  { uri: `https://${HOST}../?${T}`, why: 'two trailing dots' },
  { uri: `https://notify.windows.com./?${T}`, why: 'the apex domain with a trailing dot' },
  {
    uri: `https://DB5.NOTIFY.WINDOWS.COM/?${T}`,
    why: 'an upper-case host: parsers lower-case it, so the text is not canonical',
  },
  { uri: `https://db5.Notify.Windows.com/?${T}`, why: 'a mixed-case host' },
  { uri: `https://db5.notify.windows%2ecom/?${T}`, why: 'a percent-encoded dot in the host' },
  { uri: `https://%64b5.notify.windows.com/?${T}`, why: 'a percent-encoded letter in the host' },
  {
    uri: `https://evil.example%2f.notify.windows.com/?${T}`,
    why: 'a percent-encoded slash hiding another host',
  },
  {
    uri: `https://evil.example%00.notify.windows.com/?${T}`,
    why: 'a percent-encoded NUL splitting the host',
  },
  {
    uri: `https://db5.notify.wind\u043Ews.com/?${T}`,
    why: 'a Cyrillic look-alike letter (IDN homograph)',
  },
  {
    uri: `https://db5\uFF0Enotify.windows.com/?${T}`,
    why: 'a full-width dot that parsers map to "."',
  },
  {
    uri: `https://db5\u3002notify.windows.com/?${T}`,
    why: 'an ideographic full stop that parsers map to "."',
  },
  {
    uri: `https://xn--db5-qqa.notify.windows.com/?${T}`,
    why: 'a punycode label; WNS hosts are plain ASCII',
  },
  { uri: `https://.notify.windows.com/?${T}`, why: 'an empty label' },
  { uri: `https://db5..notify.windows.com/?${T}`, why: 'an empty label in the middle' },
  { uri: `https://-db5.notify.windows.com/?${T}`, why: 'a label starting with a hyphen' },
  {
    uri: `https://db5_x.notify.windows.com/?${T}`,
    why: 'an underscore is not a host-name character',
  },
  // --- IP literals
  { uri: `https://127.0.0.1/?${T}`, why: 'an IPv4 loopback literal' },
  { uri: `https://169.254.169.254/?${T}`, why: 'the cloud metadata address' },
  { uri: `https://[::1]/?${T}`, why: 'an IPv6 literal' },
  { uri: `https://2130706433/?${T}`, why: 'a decimal IPv4 address that parsers read as 127.0.0.1' },
  { uri: `https://0x7f.0.0.1/?${T}`, why: 'a hexadecimal IPv4 address' },
  // --- backslashes
  {
    uri: `https:\\\\${HOST}/?${T}`,
    why: 'backslashes for slashes: parsers accept them, the text is not canonical',
  },
  {
    uri: `https://evil.example\\.notify.windows.com/?${T}`,
    why: 'a backslash ends the host for parsers: the host is evil.example',
  },
  { uri: `https://${HOST}\\@evil.example/?${T}`, why: 'a backslash before userinfo-looking text' },
  // --- whitespace, control and invisible characters
  { uri: ` https://${HOST}/?${T}`, why: 'a leading space that parsers strip' },
  { uri: `https://${HOST}/?${T}\n`, why: 'a trailing newline that parsers strip' },
  { uri: `https://${HOST} /?${T}`, why: 'a space inside the authority' },
  {
    uri: `https://db5.notify.win\tdows.com/?${T}`,
    why: 'a tab that parsers delete, joining the host back together',
  },
  { uri: `https://${HOST}/?${T}\r\nX-Injected: 1`, why: 'CR LF: header injection' },
  { uri: `https://${HOST}/?${T}\u0000`, why: 'a NUL character' },
  { uri: `https://${HOST}/\u200B?${T}`, why: 'a zero-width space' },
  { uri: `https://${HOST}/?${T}\u00A0`, why: 'a non-breaking space' },
  { uri: `https://${HOST}/\u202E?${T}`, why: 'a right-to-left override that disguises the text' },
  // --- path, query and fragment
  { uri: `https://${HOST}`, why: 'no path and no token' },
  { uri: `https://${HOST}?${T}`, why: 'no path: parsers insert "/", so the text is not canonical' },
  { uri: `https://${HOST}/`, why: 'no query, so no channel token' },
  { uri: `https://${HOST}/?token=`, why: 'an empty token' },
  { uri: `https://${HOST}/?tok=abc`, why: 'no parameter named token' },
  { uri: `https://${HOST}/?Token=abc`, why: 'the parameter name is case-sensitive' },
  { uri: `https://${HOST}/?${T}&token=AAAA`, why: 'two tokens: which one WNS reads is unknown' },
  {
    uri: `https://${HOST}/?${T}&%74oken=AAAA`,
    why: 'a second token hidden by percent-encoding its name',
  },
  { uri: `https://${HOST}/#?${T}`, why: 'the token is in the fragment, which is never sent' },
  { uri: `https://${HOST}/?${T}#frag`, why: 'a fragment has no place in a channel URI' },
  { uri: `https://${HOST}/../evil?${T}`, why: 'a dot segment that parsers collapse' },
  { uri: `https://${HOST}/%2e%2e/?${T}`, why: 'a percent-encoded dot segment' },
  { uri: `https://${HOST}/?token=%zz`, why: 'a malformed percent-encoding' },
  // --- size
  { uri: '', why: 'the empty string' },
  { uri: `https://${HOST}/?token=${'A'.repeat(2100)}`, why: 'longer than the default bound' },
])
