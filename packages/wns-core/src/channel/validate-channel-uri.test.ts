import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { HOSTILE_CHANNEL_URIS } from './hostile-channel-uris'
import { parseUrl } from './parse-url'
import { VALID_CHANNEL_URI_EXAMPLES } from './valid-channel-uri-examples'
import {
  DEFAULT_CHANNEL_URI_MAX_LENGTH,
  isValidChannelUri,
  validateChannelUri,
} from './validate-channel-uri'

const [classic, newer] = VALID_CHANNEL_URI_EXAMPLES.map(({ uri }) => uri)
const base = 'https://db5.notify.windows.com/?token=AwYAAAD'

describe('validateChannelUri', () => {
  it.each(HOSTILE_CHANNEL_URIS)('refuses $uri: $why', ({ uri }) => {
    const result = validateChannelUri(uri)
    expect(result.valid).toBe(false)
    expect(result.valid ? '' : result.reason).toMatch(/\w{3,}/)
    expect(isValidChannelUri(uri)).toBe(false)
  })

  it.each(VALID_CHANNEL_URI_EXAMPLES)('accepts $uri: $why', ({ uri }) => {
    const result = validateChannelUri(uri)
    expect(result).toMatchObject({ valid: true })
    const hostname = result.valid ? result.url.hostname : ''
    expect(hostname === 'notify.windows.com' || hostname.endsWith('.notify.windows.com')).toBe(true)
    expect(isValidChannelUri(uri)).toBe(true)
  })

  it('keeps a corpus of at least 60 distinct hostile inputs, each with a reason', () => {
    const uris = HOSTILE_CHANNEL_URIS.map(({ uri }) => uri)
    expect(new Set(uris).size).toBe(uris.length)
    expect(uris.length).toBeGreaterThanOrEqual(60)
    for (const { why } of HOSTILE_CHANNEL_URIS) expect(why.length).toBeGreaterThan(8)
  })

  it('has realistic examples of 180–215 characters in both the classic and the /w/ shape', () => {
    for (const { uri } of VALID_CHANNEL_URI_EXAMPLES) {
      expect(uri.length).toBeGreaterThanOrEqual(180)
      expect(uri.length).toBeLessThanOrEqual(215)
    }
    expect(classic).toMatch(/^https:\/\/db5\.notify\.windows\.com\/\?token=AwYAAAD/)
    expect(newer).toMatch(/^https:\/\/wns2-by3p\.notify\.windows\.com\/w\/\?token=BQYAAAB/)
  })

  it('explains each refusal by the rule that was broken', () => {
    const reason = (uri: string) => {
      const result = validateChannelUri(uri)
      return result.valid ? 'accepted' : result.reason
    }
    expect(reason('http://db5.notify.windows.com/?token=a')).toMatch(/https/)
    expect(reason('https://evil.example/?token=a')).toMatch(/notify\.windows\.com/)
    expect(reason('https://db5.notify.windows.com:8443/?token=a')).toMatch(/port/)
    expect(reason('https://a@db5.notify.windows.com/?token=a')).toMatch(/user information/)
    expect(reason('https://db5.notify.windows.com/?x=1')).toMatch(/no token/)
    expect(reason('https://db5.notify.windows.com/?token=')).toMatch(/empty/)
    expect(reason('https://db5.notify.windows.com/?token=a&token=b')).toMatch(/more than one/)
    expect(reason('https://db5.notify.windows.com/?token=a b')).toMatch(/whitespace/)
    expect(reason('https://db5.notify.windows.com/?token=a\u0007')).toMatch(/control/)
    expect(reason('https://evil.example\\.notify.windows.com/?token=a')).toMatch(/backslash/)
    expect(reason('https://DB5.notify.windows.com/?token=a')).toMatch(/lower case/)
    expect(reason('https://db5.notify.windows.com./?token=a')).toMatch(/dot/)
    expect(reason('https://%64b5.notify.windows.com/?token=a')).toMatch(/percent-encoded/)
    expect(reason('https://xn--db5-qqa.notify.windows.com/?token=a')).toMatch(/punycode/)
    expect(reason('https://[::1]/?token=a')).toMatch(/IP literal/)
    expect(reason('https://db5.notify.windows.com/?token=a#x')).toMatch(/fragment/)
    expect(reason('https://db5.notify.windows.com/../?token=a')).toMatch(/dot segments/)
    expect(reason('https://db5.notify.wind\u043Ews.com/?token=a')).toMatch(/non-ASCII/)
    expect(reason('https://db5.notify.windows.com?token=a')).toMatch(/followed by a path/)
  })

  it('accepts an explicit :443 but leaves the parsed href without it, never touching the input', () => {
    const uri = 'https://db5.notify.windows.com:443/?token=abc%2bdef'
    const result = validateChannelUri(uri)
    expect(result.valid && result.url.href).toBe('https://db5.notify.windows.com/?token=abc%2bdef')
    expect(uri).toContain(':443')
  })

  it('accepts URIs up to the default bound of 2048 characters and refuses longer ones', () => {
    const at = (length: number) => base + 'A'.repeat(length - base.length)
    expect(isValidChannelUri(at(DEFAULT_CHANNEL_URI_MAX_LENGTH))).toBe(true)
    expect(isValidChannelUri(at(DEFAULT_CHANNEL_URI_MAX_LENGTH + 1))).toBe(false)
  })

  it('applies the legacy 100–200 character rule only when asked', () => {
    const at = (length: number) => base + 'A'.repeat(length - base.length)
    const legacy = { legacyLengthRule: true }
    expect(isValidChannelUri(at(99), legacy)).toBe(false)
    expect(isValidChannelUri(at(100), legacy)).toBe(true)
    expect(isValidChannelUri(at(200), legacy)).toBe(true)
    expect(isValidChannelUri(at(201), legacy)).toBe(false)
    expect(isValidChannelUri(at(201))).toBe(true)
    expect(isValidChannelUri(at(99))).toBe(true)
    expect(isValidChannelUri(at(250), { ...legacy, maxLength: 300 })).toBe(true)
  })

  it('honours explicit minLength and maxLength', () => {
    const uri = `${base}xyz`
    expect(validateChannelUri(uri, { minLength: uri.length + 1 })).toMatchObject({
      valid: false,
      reason: expect.stringMatching(/at least/),
    })
    expect(validateChannelUri(uri, { maxLength: uri.length - 1 })).toMatchObject({
      valid: false,
      reason: expect.stringMatching(/at most/),
    })
  })

  it('throws INVALID_OPTIONS for malformed options, naming the option', () => {
    expect(() => validateChannelUri(base, { maxLength: -1 })).toThrow(
      expect.objectContaining({ code: 'INVALID_OPTIONS', field: 'channelUriOptions.maxLength' }),
    )
    const unknown = { maxLenght: 10 } as unknown as { maxLength: number }
    expect(() => validateChannelUri(base, unknown)).toThrow(
      expect.objectContaining({ code: 'INVALID_OPTIONS' }),
    )
  })

  it('refuses values that are not strings', () => {
    expect(validateChannelUri(42 as unknown as string)).toEqual({
      valid: false,
      reason: 'it is not a string',
    })
  })

  it('never accepts a string whose parsed URL leaves https on notify.windows.com', () => {
    const examples = VALID_CHANNEL_URI_EXAMPLES.map(({ uri }) => uri)
    const mutated = fc
      .record({
        uri: fc.constantFrom(...examples),
        at: fc.nat({ max: 60 }),
        insert: fc.oneof(
          fc.string({ unit: 'binary', maxLength: 4 }),
          fc.constantFrom('@', '\\', '.', ':', '%2e', '#', '?', '/', '\t', ':443', '.evil.example'),
        ),
      })
      .map(({ uri, at, insert }) => uri.slice(0, at) + insert + uri.slice(at))
    const candidates = fc.oneof(mutated, fc.webUrl({ withQueryParameters: true }))
    fc.assert(
      fc.property(candidates, (uri) => {
        if (!isValidChannelUri(uri)) return
        const url = parseUrl(uri)
        const host = url?.hostname ?? ''
        expect(url?.protocol).toBe('https:')
        expect(url?.username).toBe('')
        expect(url?.port).toBe('')
        expect(host === 'notify.windows.com' || host.endsWith('.notify.windows.com')).toBe(true)
        expect(uri.startsWith(`https://${host}`)).toBe(true)
      }),
      { numRuns: 2000 },
    )
  })
})
