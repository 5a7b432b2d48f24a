import { describe, expect, it } from 'vitest'
import { WnsError } from '../errors/wns-error'
import { assertValidChannelUri } from './assert-valid-channel-uri'
import { HOSTILE_CHANNEL_URIS } from './hostile-channel-uris'
import { VALID_CHANNEL_URI_EXAMPLES } from './valid-channel-uri-examples'

function thrown(run: () => unknown): WnsError {
  try {
    run()
  } catch (error) {
    if (WnsError.isInstance(error)) return error
    throw error
  }
  throw new Error('expected a WnsError')
}

describe('assertValidChannelUri', () => {
  it('returns the parsed URL of a valid channel URI', () => {
    const uri = VALID_CHANNEL_URI_EXAMPLES[0]?.uri ?? ''
    expect(assertValidChannelUri(uri).hostname).toBe('db5.notify.windows.com')
  })

  it('throws INVALID_CHANNEL_URI naming the field and the reason', () => {
    const error = thrown(() => assertValidChannelUri('http://db5.notify.windows.com/?token=abc'))
    expect(error).toMatchObject({ code: 'INVALID_CHANNEL_URI', field: 'channelUri' })
    expect(error.message).toMatch(/^channelUri is not a valid WNS channel URI: only https/)
    expect(error.channelAction).toBe('remove')
  })

  it('uses the field name it is given', () => {
    const error = thrown(() =>
      assertValidChannelUri('https://evil.example/?token=1', {}, 'devices[3].uri'),
    )
    expect(error.field).toBe('devices[3].uri')
    expect(error.message).toMatch(/^devices\[3\]\.uri is not/)
  })

  it('quotes only a short prefix cut before the query, never the channel token', () => {
    for (const { uri } of HOSTILE_CHANNEL_URIS) {
      const error = thrown(() => assertValidChannelUri(uri))
      expect(error.message).not.toContain('AwYAAADFR58iDWZC')
      expect(error.message).toMatch(/^[\x20-\x7e\u2026]+$/)
      const quoted = /starts with "(.*)"\)$/.exec(error.message)?.[1] ?? ''
      expect(quoted.length).toBeLessThanOrEqual(41)
    }
  })

  it('quotes the start of a refused URI so the problem can be found', () => {
    const error = thrown(() =>
      assertValidChannelUri('https://db5.notify.windows.com:8443/?token=x'),
    )
    expect(error.message).toContain('(it starts with "https://db5.notify.windows.com:8443/…")')
  })
})
