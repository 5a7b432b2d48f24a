import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { validateNotificationXml } from '../xml/validate-notification-xml'
import { BADGE_GLYPHS, type BadgeGlyph } from './badge-glyphs'
import { badge } from './build-badge'

describe('badge', () => {
  it('builds a badge notification for a count', () => {
    expect(badge(7)).toEqual({
      type: 'badge',
      body: '<badge value="7"/>',
      contentType: 'text/xml',
      byteLength: 18,
      headers: { 'X-WNS-Type': 'wns/badge' },
    })
  })

  it('accepts 0 (which clears the badge) and counts above 99', () => {
    expect(badge(0).body).toBe('<badge value="0"/>')
    expect(badge(100).body).toBe('<badge value="100"/>')
    expect(badge(Number.MAX_SAFE_INTEGER).body).toBe('<badge value="9007199254740991"/>')
  })

  it('accepts exactly the thirteen documented glyphs', () => {
    expect(BADGE_GLYPHS).toEqual([
      'none',
      'activity',
      'alarm',
      'alert',
      'attention',
      'available',
      'away',
      'busy',
      'error',
      'newMessage',
      'paused',
      'playing',
      'unavailable',
    ])
    for (const glyph of BADGE_GLYPHS) expect(badge(glyph).body).toBe(`<badge value="${glyph}"/>`)
  })

  it.each([
    [-1, /badge must be at least 0/],
    [1.5, /badge must be an integer/],
    [Number.NaN, /badge must be/],
    [Number.POSITIVE_INFINITY, /badge must be/],
    [2 ** 53, /badge must be/],
  ])('refuses the count %s', (value, message) => {
    expect(() => badge(value)).toThrowError(
      expect.objectContaining({
        code: 'INVALID_PAYLOAD',
        field: 'badge',
        message: expect.stringMatching(message),
      }),
    )
  })

  it.each(['NewMessage', 'unknown', '', '7'])('refuses the glyph %j', (value) => {
    expect(() => badge(value as BadgeGlyph)).toThrowError(
      expect.objectContaining({
        code: 'INVALID_PAYLOAD',
        field: 'badge',
        message: expect.stringMatching(/^badge must be one of 'none', 'activity'.*, not '/),
      }),
    )
  })

  it('refuses values of other types', () => {
    expect(() => badge(null as never)).toThrowError(expect.objectContaining({ field: 'badge' }))
    expect(() => badge({} as never)).toThrowError(expect.objectContaining({ field: 'badge' }))
  })

  it('honours maxPayloadBytes', () => {
    expect(badge(7, { maxPayloadBytes: 18 }).byteLength).toBe(18)
    expect(() => badge(7, { maxPayloadBytes: 17 })).toThrowError(
      expect.objectContaining({ code: 'PAYLOAD_TOO_LARGE', field: 'badge' }),
    )
  })

  it('builds badges that validateNotificationXml accepts, for every count and glyph (property)', () => {
    fc.assert(
      fc.property(fc.oneof(fc.maxSafeNat(), fc.constantFrom(...BADGE_GLYPHS)), (value) => {
        const notification = badge(value)
        expect(notification.body).toBe(`<badge value="${value}"/>`)
        expect(validateNotificationXml('badge', notification.body as string)).toEqual({
          valid: true,
        })
      }),
      { numRuns: 500 },
    )
  })
})
