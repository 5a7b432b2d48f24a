import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { WnsError } from '../errors/wns-error'
import { assertValidChannelUri } from './assert-valid-channel-uri'
import { createChannelUriParser } from './create-channel-uri-parser'
import { HOSTILE_CHANNEL_URIS } from './hostile-channel-uris'
import { VALID_CHANNEL_URI_EXAMPLES } from './valid-channel-uri-examples'
import type { ChannelUriOptions } from './validate-channel-uri'

const base = 'https://db5.notify.windows.com/?token=AwYAAAD'

/** What the parser must return: the origin and path `new URL()` gives, or the same error. */
function reference(uri: string, options?: ChannelUriOptions, field?: string) {
  try {
    const url = assertValidChannelUri(uri, options, field)
    return { origin: url.origin, path: url.pathname + url.search }
  } catch (error) {
    if (!WnsError.isInstance(error)) throw error
    return { code: error.code, field: error.field, message: error.message }
  }
}

function parsed(uri: string, options?: ChannelUriOptions, field?: string) {
  const parse = createChannelUriParser(options)
  try {
    return parse(uri, field)
  } catch (error) {
    if (!WnsError.isInstance(error)) throw error
    return { code: error.code, field: error.field, message: error.message }
  }
}

describe('createChannelUriParser', () => {
  it.each(VALID_CHANNEL_URI_EXAMPLES)(
    'gives the origin and path new URL() gives for $uri',
    ({ uri }) => {
      expect(parsed(uri)).toEqual(reference(uri))
      expect(parsed(uri)).toMatchObject({
        origin: expect.stringMatching(/^https:\/\/[a-z0-9.-]+$/),
      })
    },
  )

  it('drops an explicit :443 from the origin, as the URL parser does', () => {
    expect(createChannelUriParser()('https://db5.notify.windows.com:443/?token=a')).toEqual({
      origin: 'https://db5.notify.windows.com',
      path: '/?token=a',
    })
  })

  it.each(HOSTILE_CHANNEL_URIS)(
    'refuses $uri with the error assertValidChannelUri throws',
    ({ uri }) => {
      const error = parsed(uri, undefined, 'items[3].channelUri')
      expect(error).toMatchObject({ code: 'INVALID_CHANNEL_URI', field: 'items[3].channelUri' })
      expect(error).toEqual(reference(uri, undefined, 'items[3].channelUri'))
    },
  )

  it('applies the length bounds to URIs in the canonical shape too', () => {
    const at = (length: number) => base + 'A'.repeat(length - base.length)
    const legacy = createChannelUriParser({ legacyLengthRule: true })
    expect(legacy(at(200)).path).toBe(at(200).slice(30))
    expect(() => legacy(at(201))).toThrow(
      expect.objectContaining({
        code: 'INVALID_CHANNEL_URI',
        message: expect.stringMatching(/at most 200/),
      }),
    )
    expect(() => legacy(at(99))).toThrow(expect.objectContaining({ code: 'INVALID_CHANNEL_URI' }))
  })

  it('validates its options once, when it is made', () => {
    expect(() => createChannelUriParser({ maxLength: -1 })).toThrow(
      expect.objectContaining({ code: 'INVALID_OPTIONS', field: 'channelUriOptions.maxLength' }),
    )
  })

  it('agrees with assertValidChannelUri on arbitrary and mutated inputs', () => {
    const examples = VALID_CHANNEL_URI_EXAMPLES.map(({ uri }) => uri)
    const mutated = fc
      .record({
        uri: fc.constantFrom(...examples),
        at: fc.nat({ max: 220 }),
        insert: fc.oneof(
          fc.string({ unit: 'binary', maxLength: 4 }),
          fc.constantFrom('@', '\\', '.', ':', '%2e', '#', '?', '/', '&token=b', ':443', '"'),
        ),
      })
      .map(({ uri, at, insert }) => uri.slice(0, at) + insert + uri.slice(at))
    const options = fc.constantFrom(undefined, { legacyLengthRule: true }, { maxLength: 190 })
    fc.assert(
      fc.property(
        fc.oneof(mutated, fc.webUrl({ withQueryParameters: true })),
        options,
        (uri, o) => {
          expect(parsed(uri, o)).toEqual(reference(uri, o))
        },
      ),
      { numRuns: 3000 },
    )
  })
})
