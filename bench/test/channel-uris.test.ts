import { validateChannelUri } from '@homepot/wns-core'
import { describe, expect, it } from 'vitest'
import {
  channelUri,
  channelUris,
  generateChannelUris,
  MAX_CHANNEL_INDEX,
} from '../src/workload/channel-uris'

describe('channelUri', () => {
  it('looks like a WNS channel: https, a notify.windows.com host, a 150-character token', () => {
    const uri = new URL(channelUri(12_345))
    expect(uri.protocol).toBe('https:')
    expect(uri.hostname).toBe('db5.notify.windows.com')
    expect(uri.searchParams.get('token')).toHaveLength(150)
    expect(channelUri(12_345)).toHaveLength(188)
  })

  it('passes the core channel-URI validator', () => {
    expect(validateChannelUri(channelUri(999_999)).valid).toBe(true)
  })

  it('is the same for the same index and distinct across indexes', () => {
    expect(channelUri(7)).toBe(channelUri(7))
    const uris = channelUris(20_000)
    expect(new Set(uris).size).toBe(20_000)
  })

  it('refuses indexes it cannot encode', () => {
    expect(() => channelUri(-1)).toThrow(RangeError)
    expect(() => channelUri(MAX_CHANNEL_INDEX + 1)).toThrow(RangeError)
    expect(() => channelUri(1.5)).toThrow(RangeError)
  })
})

describe('generateChannelUris', () => {
  it('yields the same URIs as the array form, in order', async () => {
    const streamed: string[] = []
    for await (const uri of generateChannelUris(50)) streamed.push(uri)
    expect(streamed).toEqual(channelUris(50))
  })
})
