import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { WnsError } from '../errors/wns-error'
import type { WnsNotificationType } from '../notification/notification'
import { buildWnsHeaders } from './build-wns-headers'
import { parseWnsRequestHeaders } from './parse-wns-request-headers'
import type { WnsSendOptions } from './send-options'

const CONTENT_TYPES = {
  toast: 'text/xml',
  tile: 'text/xml',
  badge: 'text/xml',
  raw: 'application/octet-stream',
} as const

/** What a server sees: lower-case names, plus the Content-Type the sender adds. */
function onTheWire(type: WnsNotificationType, options: WnsSendOptions) {
  const { headers } = buildWnsHeaders(type, options)
  const wire: Record<string, string> = { 'content-type': CONTENT_TYPES[type] }
  for (const [name, value] of Object.entries(headers)) wire[name.toLowerCase()] = value
  return wire
}

const type = fc.constantFrom<WnsNotificationType>('toast', 'tile', 'badge', 'raw')
const printable = fc.string({
  unit: fc.integer({ min: 0x20, max: 0x7e }).map((c) => String.fromCharCode(c)),
})
const anyText = fc.oneof(printable, fc.string({ unit: 'binary', maxLength: 20 }))
const options = fc.record(
  {
    ttlSeconds: fc.integer({ min: -3, max: 10_000_000 }),
    cachePolicy: fc.constantFrom('cache', 'no-cache'),
    requestForStatus: fc.boolean(),
    tag: anyText,
    group: anyText,
    suppressPopup: fc.boolean(),
    priority: fc.integer({ min: -1, max: 6 }),
    correlationVector: anyText,
  },
  { requiredKeys: [] },
) as fc.Arbitrary<WnsSendOptions>

const headerText = (max: number) =>
  fc.stringMatching(new RegExp(`^[!-:<-~](?:[ -:<-~]{0,${max - 2}}[!-:<-~])?$`))
const validOptions = fc.record(
  {
    ttlSeconds: fc.nat(),
    cachePolicy: fc.constantFrom('cache', 'no-cache'),
    requestForStatus: fc.boolean(),
    tag: headerText(16),
    group: headerText(16),
    suppressPopup: fc.boolean(),
    priority: fc.constantFrom(1, 2, 3, 4),
    correlationVector: fc.stringMatching(/^[!-:<-~]{1,127}$/),
  },
  { requiredKeys: [] },
) as fc.Arbitrary<WnsSendOptions>

describe('parseWnsRequestHeaders', () => {
  it('reads back exactly the options the builder wrote, for every type', () => {
    let roundTrips = 0
    fc.assert(
      fc.property(type, validOptions, (notificationType, sendOptions) => {
        let built: ReturnType<typeof buildWnsHeaders>
        try {
          built = buildWnsHeaders(notificationType, sendOptions)
        } catch {
          return
        }
        roundTrips++
        const parsed = parseWnsRequestHeaders(onTheWire(notificationType, sendOptions))
        expect(parsed).toEqual({
          ok: true,
          value: {
            type: notificationType,
            contentType: CONTENT_TYPES[notificationType],
            options: sendOptions,
            warnings: built.warnings.map((w) =>
              w
                .replace(/^options\.group/, 'X-WNS-Group')
                .replace(/^options\.suppressPopup/, 'X-WNS-SuppressPopup'),
            ),
          },
        })
      }),
      { numRuns: 1000 },
    )
    expect(roundTrips).toBeGreaterThan(100)
  })

  it('refuses, on the same header, every value the builder refuses', () => {
    const headerOf: Record<string, string> = {
      'options.ttlSeconds': 'x-wns-ttl',
      'options.cachePolicy': 'x-wns-cache-policy',
      'options.tag': 'x-wns-tag',
      'options.group': 'x-wns-group',
      'options.priority': 'x-wns-priority',
      'options.correlationVector': 'ms-cv',
      'options.suppressPopup': 'x-wns-suppresspopup',
    }
    const outcomes = { accepted: 0, refused: 0 }
    fc.assert(
      fc.property(type, fc.oneof(options, validOptions), (notificationType, sendOptions) => {
        let field: string | undefined
        try {
          buildWnsHeaders(notificationType, sendOptions)
        } catch (error) {
          field = WnsError.isInstance(error) ? error.field : 'not a WnsError'
        }
        // Write the raw values as headers, the way a careless client would.
        const wire: Record<string, string> = {
          'x-wns-type': `wns/${notificationType}`,
          'content-type': CONTENT_TYPES[notificationType],
        }
        for (const [key, value] of Object.entries(sendOptions)) {
          const header = headerOf[`options.${key}`] ?? `x-wns-${key.toLowerCase()}`
          wire[header] = String(value)
        }
        const parsed = parseWnsRequestHeaders(wire)
        outcomes[field === undefined ? 'accepted' : 'refused']++
        if (field === undefined) expect(parsed.ok).toBe(true)
        else expect(parsed).toMatchObject({ ok: false, field: headerOf[field] })
      }),
      { numRuns: 2000 },
    )
    expect(outcomes.accepted).toBeGreaterThan(100)
    expect(outcomes.refused).toBeGreaterThan(100)
  })

  it.each([
    [{}, 'x-wns-type', /X-WNS-Type is missing/],
    [{ 'x-wns-type': 'wns/push' }, 'x-wns-type', /must be one of wns\/toast/],
    [{ 'x-wns-type': 'wns/toast' }, 'content-type', /Content-Type is missing/],
    [{ 'x-wns-type': 'wns/raw', 'content-type': 'text/xml' }, 'content-type', /octet-stream/],
    [
      { 'x-wns-type': 'wns/toast', 'content-type': 'application/json' },
      'content-type',
      /text\/xml/,
    ],
  ])('refuses %o, naming the %s header', (headers, field, reason) => {
    expect(parseWnsRequestHeaders(headers)).toEqual({
      ok: false,
      field,
      reason: expect.stringMatching(reason),
    })
  })

  it.each([
    [{ 'x-wns-ttl': '-5' }, 'x-wns-ttl', /X-WNS-TTL must be a non-negative integer/],
    [{ 'x-wns-ttl': 'soon' }, 'x-wns-ttl', /non-negative integer/],
    [{ 'x-wns-ttl': '0', 'x-wns-cache-policy': 'cache' }, 'x-wns-ttl', /conflicts/],
    [{ 'x-wns-priority': '9' }, 'x-wns-priority', /between 1 and 4/],
    [{ 'x-wns-cache-policy': 'forever' }, 'x-wns-cache-policy', /"cache" or "no-cache"/],
    [{ 'x-wns-requestforstatus': 'yes' }, 'x-wns-requestforstatus', /true or false/],
    [{ 'x-wns-suppresspopup': '1' }, 'x-wns-suppresspopup', /true or false/],
    [{ 'x-wns-tag': 'seventeen-chars!!' }, 'x-wns-tag', /X-WNS-Tag must be at most 16/],
    [{ 'x-wns-group': 'a;b' }, 'x-wns-group', /";"/],
    [{ 'ms-cv': 'with space' }, 'ms-cv', /MS-CV must not contain spaces/],
  ])('refuses a toast with %o, naming the %s header', (extra, field, reason) => {
    const headers = { 'x-wns-type': 'wns/toast', 'content-type': 'text/xml', ...extra }
    expect(parseWnsRequestHeaders(headers)).toEqual({
      ok: false,
      field,
      reason: expect.stringMatching(reason),
    })
  })

  it.each([
    ['wns/badge', 'x-wns-tag', 'a', /X-WNS-Tag is not accepted for badge/],
    ['wns/raw', 'x-wns-tag', 'a', /not accepted for raw/],
    ['wns/tile', 'x-wns-group', 'a', /X-WNS-Group is not accepted for tile/],
    ['wns/tile', 'x-wns-suppresspopup', 'true', /not accepted for tile/],
  ])('refuses a %s request carrying %s', (typeHeader, name, value, reason) => {
    const contentType = typeHeader === 'wns/raw' ? 'application/octet-stream' : 'text/xml'
    const parsed = parseWnsRequestHeaders({
      'x-wns-type': typeHeader,
      'content-type': contentType,
      [name]: value,
    })
    expect(parsed).toMatchObject({ ok: false, field: name, reason: expect.stringMatching(reason) })
  })

  it('accepts a Content-Type with parameters and keeps it as sent', () => {
    const parsed = parseWnsRequestHeaders({
      'x-wns-type': 'wns/tile',
      'content-type': 'text/xml; charset=utf-8',
    })
    expect(parsed).toEqual({
      ok: true,
      value: { type: 'tile', contentType: 'text/xml; charset=utf-8', options: {}, warnings: [] },
    })
  })

  it('reads booleans and cache policies case-insensitively', () => {
    const parsed = parseWnsRequestHeaders({
      'x-wns-type': 'wns/toast',
      'content-type': 'text/xml',
      'x-wns-requestforstatus': 'TRUE',
      'x-wns-cache-policy': 'No-Cache',
    })
    expect(parsed.ok && parsed.value.options).toEqual({
      requestForStatus: true,
      cachePolicy: 'no-cache',
    })
  })

  it('warns about phone-only headers, and refuses them in strict mode', () => {
    const headers = { 'x-wns-type': 'wns/toast', 'content-type': 'text/xml', 'x-wns-group': 'chat' }
    const lenient = parseWnsRequestHeaders(headers)
    expect(lenient.ok && lenient.value.warnings).toEqual([
      expect.stringMatching(/^X-WNS-Group is documented for Windows Phone channels only/),
    ])
    expect(parseWnsRequestHeaders(headers, { strict: true })).toMatchObject({
      ok: false,
      field: 'x-wns-group',
    })
  })
})
