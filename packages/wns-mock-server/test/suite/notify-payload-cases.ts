import { describe, expect, it } from 'vitest'
import { type NotificationType, PAYLOADS, type SuiteContext } from './suite-context'

/** `X-WNS-*` headers, content types, XML and payload size. */
export function notifyPayloadCases(ctx: SuiteContext): void {
  const expect400 = async (
    type: NotificationType,
    options: { headers?: Record<string, string>; body?: string | Uint8Array },
  ) => {
    const uri = ctx.mock.createChannel()
    const response = await ctx.notify(uri, await ctx.token(), type, options)
    expect(response.status).toBe(400)
    expect(response.headers['x-wns-error-description']).toBeTruthy()
    expect(ctx.mock.received(uri)).toHaveLength(0)
    return response
  }

  describe('notification endpoint: X-WNS-Type and Content-Type', () => {
    it('answers a missing X-WNS-Type with 400', async () => {
      const uri = ctx.mock.createChannel()
      const response = await ctx.send({
        url: uri,
        headers: { authorization: `Bearer ${await ctx.token()}`, 'content-type': 'text/xml' },
        body: PAYLOADS.badge,
      })
      expect(response.status).toBe(400)
    })

    it('answers an unknown X-WNS-Type with 400', async () => {
      await expect400('badge', { headers: { 'x-wns-type': 'wns/popup' } })
    })

    it('answers a toast sent as application/octet-stream with 400', async () => {
      await expect400('toast', { headers: { 'content-type': 'application/octet-stream' } })
    })

    it('answers a raw notification sent as text/xml with 400', async () => {
      await expect400('raw', { headers: { 'content-type': 'text/xml' } })
    })

    it('accepts a charset parameter on the content type', async () => {
      const uri = ctx.mock.createChannel()
      const response = await ctx.notify(uri, await ctx.token(), 'badge', {
        headers: { 'content-type': 'text/xml; charset=utf-8' },
      })
      expect(response.status).toBe(200)
    })
  })

  describe('notification endpoint: XML payloads', () => {
    it.each([
      [
        'toast',
        '<toast><visual><binding template="ToastGeneric"><text>unclosed</binding></visual></toast>',
      ],
      ['tile', '<tile><visual>'],
      ['badge', '<badge value="7">'],
    ] as const)('answers malformed %s XML with 400', async (type, body) => {
      await expect400(type, { body })
    })

    it.each([
      ['toast', PAYLOADS.tile],
      ['tile', PAYLOADS.badge],
      ['badge', PAYLOADS.toast],
    ] as const)(
      'answers a %s whose root element belongs to another type with 400',
      async (type, body) => {
        await expect400(type, { body })
      },
    )

    it('answers a badge with a non-ASCII glyph with 400 and an ASCII error description', async () => {
      const response = await expect400('badge', { body: '<badge value="\u00e9t\u00e9 \u20ac"/>' })
      expect(response.headers['x-wns-error-description']).toMatch(/^[\x20-\x7e]+$/)
    })

    it('answers a toast body that is not UTF-8 with 400', async () => {
      await expect400('toast', { body: new Uint8Array([0x3c, 0x74, 0xff, 0xfe, 0x3e]) })
    })
  })

  describe('notification endpoint: X-WNS-* header values', () => {
    it.each([
      ['a 17-character X-WNS-Tag', 'tile', { 'x-wns-tag': 'a'.repeat(17) }],
      ['X-WNS-Tag on a badge', 'badge', { 'x-wns-tag': 'cfg' }],
      ['X-WNS-Tag on raw', 'raw', { 'x-wns-tag': 'cfg' }],
      ['a 17-character X-WNS-Group', 'toast', { 'x-wns-group': 'g'.repeat(17) }],
      ['X-WNS-Group on a tile', 'tile', { 'x-wns-group': 'g' }],
      ['X-WNS-SuppressPopup on a badge', 'badge', { 'x-wns-suppresspopup': 'true' }],
      ['a non-integer X-WNS-TTL', 'tile', { 'x-wns-ttl': '1.5' }],
      ['a negative X-WNS-TTL', 'tile', { 'x-wns-ttl': '-1' }],
      [
        'X-WNS-TTL 0 with X-WNS-Cache-Policy cache',
        'tile',
        { 'x-wns-ttl': '0', 'x-wns-cache-policy': 'cache' },
      ],
      ['X-WNS-PRIORITY 5', 'toast', { 'x-wns-priority': '5' }],
      ['X-WNS-PRIORITY 0', 'toast', { 'x-wns-priority': '0' }],
      ['an unknown X-WNS-Cache-Policy', 'badge', { 'x-wns-cache-policy': 'sometimes' }],
      ['a non-boolean X-WNS-RequestForStatus', 'badge', { 'x-wns-requestforstatus': 'yes' }],
    ] as const)('answers %s with 400', async (_label, type, headers) => {
      await expect400(type, { headers })
    })

    it('accepts every header at its limit', async () => {
      const uri = ctx.mock.createChannel()
      const response = await ctx.notify(uri, await ctx.token(), 'toast', {
        headers: {
          'x-wns-tag': 't'.repeat(16),
          'x-wns-group': 'g'.repeat(16),
          'x-wns-ttl': '86400',
          'x-wns-priority': '4',
          'x-wns-cache-policy': 'no-cache',
          'x-wns-suppresspopup': 'true',
          'x-wns-requestforstatus': 'false',
        },
      })
      expect(response.status).toBe(200)
    })
  })

  describe('notification endpoint: payload size', () => {
    it('accepts a payload of exactly 5000 bytes', async () => {
      const uri = ctx.mock.createChannel()
      const body = new Uint8Array(5000).fill(0x41)
      const response = await ctx.notify(uri, await ctx.token(), 'raw', { body })
      expect(response.status).toBe(200)
    })

    it('answers a payload of 5001 bytes with 413', async () => {
      const uri = ctx.mock.createChannel()
      const body = new Uint8Array(5001).fill(0x41)
      const response = await ctx.notify(uri, await ctx.token(), 'raw', { body })
      expect(response.status).toBe(413)
      expect(ctx.mock.received(uri)).toHaveLength(0)
    })

    it('counts UTF-8 bytes, not characters', async () => {
      const uri = ctx.mock.createChannel()
      // 1700 three-byte characters: 1700 characters, 5100 bytes.
      const body = `<badge value="${'€'.repeat(1700)}"/>`
      const response = await ctx.notify(uri, await ctx.token(), 'badge', { body })
      expect(response.status).toBe(413)
    })
  })
}
