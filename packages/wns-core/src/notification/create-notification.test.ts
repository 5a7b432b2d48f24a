import { describe, expect, it } from 'vitest'
import { WNS_MAX_PAYLOAD_BYTES } from '../constants'
import { createNotification } from './create-notification'
import { utf8ByteLength } from './utf8'

describe('createNotification', () => {
  it('sets the content type, X-WNS-Type and byte length', () => {
    const n = createNotification('badge', '<badge value="1"/>')
    expect(n).toEqual({
      type: 'badge',
      body: '<badge value="1"/>',
      contentType: 'text/xml',
      byteLength: 18,
      headers: { 'X-WNS-Type': 'wns/badge' },
    })
    expect(createNotification('raw', new Uint8Array([1, 2])).contentType).toBe(
      'application/octet-stream',
    )
  })

  it('accepts exactly the limit and refuses one byte more, counting UTF-8 bytes', () => {
    expect(createNotification('raw', 'a'.repeat(WNS_MAX_PAYLOAD_BYTES)).byteLength).toBe(5000)
    expect(() => createNotification('raw', `${'a'.repeat(4999)}é`)).toThrow(/5001 bytes/)
    expect(() => createNotification('toast', 'x'.repeat(5001))).toThrowError(
      expect.objectContaining({ code: 'PAYLOAD_TOO_LARGE', field: 'toast' }),
    )
  })
})

describe('utf8ByteLength', () => {
  it('matches TextEncoder for ASCII, accents, emoji and lone surrogates', () => {
    for (const s of ['', 'abc', 'héllo', '日本', '😀x', '\ud800', 'a\udc00b', 'مرحبا']) {
      expect(utf8ByteLength(s)).toBe(new TextEncoder().encode(s).byteLength)
    }
  })
})
