import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { canonicalHostEnd } from './canonical-channel-uri'
import { HOSTILE_CHANNEL_URIS } from './hostile-channel-uris'
import { parseUrl } from './parse-url'
import { VALID_CHANNEL_URI_EXAMPLES } from './valid-channel-uri-examples'
import { DEFAULT_CHANNEL_URI_MAX_LENGTH, validateChannelUri } from './validate-channel-uri'

const examples = VALID_CHANNEL_URI_EXAMPLES.map(({ uri }) => uri)

/** Strings near the canonical shape: examples with characters inserted, replaced or removed. */
const nearCanonical = fc
  .record({
    uri: fc.constantFrom(...examples),
    at: fc.nat({ max: 230 }),
    cut: fc.nat({ max: 3 }),
    insert: fc.oneof(
      fc.string({ unit: 'binary', maxLength: 3 }),
      fc.string({ unit: fc.constantFrom(...'aZ09.-_~/?=&%#:@\\+ xn'), maxLength: 4 }),
      fc.constantFrom('xn--', '.', '..', '/.', '/..', '%2e', '%2', '%zz', '?token=', '&token=a'),
      fc.constantFrom('.notify.windows.com', 'notify.windows.com', '-', ':443', 'A', '\u0130'),
    ),
  })
  .map(({ uri, at, cut, insert }) => uri.slice(0, at) + insert + uri.slice(at + cut))

describe('canonicalHostEnd', () => {
  it('finds the end of the host in the shapes WNS hands out', () => {
    expect(canonicalHostEnd('https://db5.notify.windows.com/?token=AwYAAAD%2bx%3d')).toBe(30)
    expect(canonicalHostEnd('https://wns2-by3p.notify.windows.com/w/?token=BQY')).toBe(36)
    expect(canonicalHostEnd('https://notify.windows.com/?token=a')).toBe(26)
    for (const uri of examples.filter((example) => !example.includes(':443'))) {
      expect(uri.slice(0, canonicalHostEnd(uri))).toMatch(/^https:\/\/[a-z0-9.-]+$/)
    }
  })

  it.each(HOSTILE_CHANNEL_URIS)('never lets $uri skip the full check', ({ uri }) => {
    // Length bounds are the caller's to apply; every other refusal must come from the shape.
    const skipsFullCheck =
      uri.length <= DEFAULT_CHANNEL_URI_MAX_LENGTH && canonicalHostEnd(uri) !== -1
    expect(skipsFullCheck).toBe(false)
  })

  it('leaves valid but unusual URIs to the full check', () => {
    for (const uri of [
      'https://db5.notify.windows.com:443/?token=a',
      'https://db5.notify.windows.com/a.b/?token=a',
      'https://db5.notify.windows.com/?x=1&token=a',
      'https://db5.notify.windows.com/?token=a&x=1',
      'https://db5.notify.windows.com/?token=a"b',
    ]) {
      expect(validateChannelUri(uri).valid).toBe(true)
      expect(canonicalHostEnd(uri)).toBe(-1)
    }
  })

  it('accepts only what the full check accepts, and what the URL parser reads back unchanged', () => {
    const candidates = fc.oneof(nearCanonical, fc.webUrl({ withQueryParameters: true }))
    fc.assert(
      fc.property(candidates, (uri) => {
        const end = canonicalHostEnd(uri)
        if (end === -1) return
        expect(validateChannelUri(uri, { maxLength: 100_000 }).valid).toBe(true)
        const url = parseUrl(uri)
        expect(uri.slice(0, end)).toBe(url?.origin)
        expect(uri.slice(end)).toBe(`${url?.pathname}${url?.search}`)
        expect(url?.href).toBe(uri)
      }),
      { numRuns: 5000 },
    )
  })
})
