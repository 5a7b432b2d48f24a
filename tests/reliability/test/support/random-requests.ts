import { toast, WNS_MAX_PAYLOAD_BYTES } from '@homepot/wns-core'
import fc from 'fast-check'

/** A request for the fake, as the fuzz tests generate it. */
export interface RandomRequest {
  readonly method: string
  readonly url: string
  /** Header names in lower case. */
  readonly headers: Readonly<Record<string, string>>
  readonly body: Uint8Array
}

/** What a generator needs to know about the fake it aims at. */
export interface RequestTargets {
  /** An active channel of the fake. */
  readonly channelUri: string
  /** A token the fake issued and still accepts. */
  readonly accessToken: string
}

// Header values every way in can carry: visible ASCII, space, and Latin-1 above 0x7f.
const headerValue = fc
  .string({
    unit: fc
      .oneof(
        { weight: 9, arbitrary: fc.integer({ min: 0x21, max: 0x7e }) },
        { weight: 1, arbitrary: fc.integer({ min: 0xa0, max: 0xff }) },
        { weight: 1, arbitrary: fc.constant(0x20) },
      )
      .map((unit) => String.fromCharCode(unit)),
    maxLength: 40,
  })
  .map((value) => value.trim())

const mostly = <T>(plausible: fc.Arbitrary<T>): fc.Arbitrary<T | string> =>
  fc.oneof({ weight: 3, arbitrary: plausible }, { weight: 1, arbitrary: headerValue })

const WNS_HEADERS = {
  'x-wns-type': mostly(
    fc.constantFrom('wns/toast', 'wns/tile', 'wns/badge', 'wns/raw', 'WNS/TOAST'),
  ),
  'content-type': mostly(
    fc.constantFrom(
      'text/xml',
      'application/octet-stream',
      'text/xml; charset=utf-8',
      'application/json',
    ),
  ),
  'x-wns-cache-policy': mostly(fc.constantFrom('cache', 'no-cache')),
  'x-wns-requestforstatus': mostly(fc.constantFrom('true', 'false')),
  'x-wns-tag': mostly(fc.stringMatching(/^[a-z0-9]{1,20}$/)),
  'x-wns-group': mostly(fc.stringMatching(/^[a-z0-9]{1,20}$/)),
  'x-wns-ttl': mostly(fc.integer({ min: -5, max: 100_000 }).map(String)),
  'x-wns-priority': mostly(fc.integer({ min: 0, max: 5 }).map(String)),
  'x-wns-suppresspopup': mostly(fc.constantFrom('true', 'false')),
  'x-wns-match': mostly(
    fc.constantFrom('type:wns/toast;all', 'type:wns/toast;tag=a', 'type:wns/toast;group=g;tag=t'),
  ),
  'ms-cv': mostly(fc.stringMatching(/^[A-Za-z0-9+/]{1,30}\.[0-9]{1,3}$/)),
}

function body(): fc.Arbitrary<Uint8Array> {
  const encoder = new TextEncoder()
  const validToast = toast({ text: ['fuzz'] }).body as string
  return fc.oneof(
    fc.constant(new Uint8Array()),
    fc.constant(encoder.encode(validToast)),
    fc.constant(encoder.encode('<badge value="3"/>')),
    fc.uint8Array({ maxLength: 64 }),
    fc.string({ unit: 'binary', maxLength: 64 }).map((text) => encoder.encode(text)),
    fc
      .array(fc.constantFrom('<toast>', '</toast>', '<visual>', '<text>', '&', '<', ']]>', 'x'), {
        maxLength: 10,
      })
      .map((parts) => encoder.encode(parts.join(''))),
    fc.constant(new Uint8Array(WNS_MAX_PAYLOAD_BYTES + 1).fill(0x41)),
  )
}

/**
 * Requests to the fake's notification endpoint: random method, target, headers and body. Most
 * are invalid; a few happen to be valid (a real token, headers and body that WNS accepts), which
 * the tests recognise with the core's own request checks.
 */
export function randomNotificationRequest(targets: RequestTargets): fc.Arbitrary<RandomRequest> {
  const url = fc.oneof(
    { weight: 4, arbitrary: fc.constant(targets.channelUri) },
    {
      weight: 1,
      arbitrary: fc
        .stringMatching(/^[A-Za-z0-9%]{1,40}$/)
        .map((token) => `https://db5.notify.windows.com/?token=${token}`),
    },
    {
      weight: 1,
      arbitrary: fc
        .stringMatching(/^\/[A-Za-z0-9/._~-]{0,20}$/)
        .map((path) => `https://db5.notify.windows.com${path}`),
    },
  )
  const authorization = fc.oneof(
    { weight: 3, arbitrary: fc.constant(`Bearer ${targets.accessToken}`) },
    { weight: 1, arbitrary: headerValue.map((token) => `Bearer ${token}`) },
    { weight: 1, arbitrary: headerValue },
  )
  const extra = fc.dictionary(fc.stringMatching(/^x-[a-z0-9-]{1,12}$/), headerValue, {
    maxKeys: 3,
  })
  const known = fc.record({ ...WNS_HEADERS, authorization }, { requiredKeys: [] })
  return fc
    .record({
      method: fc.oneof(
        { weight: 6, arbitrary: fc.constantFrom('POST', 'DELETE') },
        { weight: 1, arbitrary: fc.constantFrom('GET', 'PUT', 'PATCH', 'OPTIONS', 'HEAD') },
      ),
      url,
      headers: fc.tuple(extra, known).map(([a, b]) => ({ ...a, ...b })),
      body: body(),
    })
    .map((request) =>
      request.method === 'GET' || request.method === 'HEAD'
        ? { ...request, body: new Uint8Array() }
        : request,
    )
}

/** Requests to the token endpoints that can never carry the right secret. */
export function randomTokenRequest(knownClientIds: readonly string[]): fc.Arbitrary<RandomRequest> {
  const field = (name: string, plausible: fc.Arbitrary<string>) =>
    fc.option(fc.tuple(fc.constant(name), mostly(plausible)), { nil: undefined })
  return fc
    .record({
      method: fc.oneof(
        { weight: 5, arbitrary: fc.constant('POST') },
        { weight: 1, arbitrary: fc.constantFrom('GET', 'PUT', 'DELETE') },
      ),
      url: fc.constantFrom(
        'https://login.live.com/accesstoken.srf',
        'https://login.live.com/other',
        'https://login.microsoftonline.com/common/oauth2/v2.0/token',
        'https://login.microsoftonline.com/x/oauth2/token',
      ),
      contentType: mostly(fc.constantFrom('application/x-www-form-urlencoded', 'application/json')),
      fields: fc.tuple(
        field('grant_type', fc.constantFrom('client_credentials', 'password')),
        field('client_id', fc.constantFrom(...knownClientIds)),
        // Never the real secret: these secrets are generated, the registered ones are not.
        field('client_secret', fc.stringMatching(/^fuzz-[A-Za-z0-9]{0,20}$/)),
        field('scope', fc.constantFrom('notify.windows.com', 'https://wns.windows.com/.default')),
        field('resource', headerValue),
      ),
    })
    .map(({ method, url, contentType, fields }) => {
      const form = new URLSearchParams()
      for (const entry of fields) if (entry) form.append(entry[0], entry[1])
      const bytes = method === 'GET' ? new Uint8Array() : new TextEncoder().encode(form.toString())
      return { method, url, headers: { 'content-type': contentType }, body: bytes }
    })
}
