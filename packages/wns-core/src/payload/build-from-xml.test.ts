import { describe, expect, it } from 'vitest'
import { fromXml } from './build-from-xml'

const TOAST =
  '<toast><visual><binding template="ToastGeneric"><text>Hi</text></binding></visual></toast>'

describe('fromXml', () => {
  it('wraps valid XML unchanged with the content type and X-WNS-Type of its type', () => {
    expect(fromXml('toast', TOAST)).toEqual({
      type: 'toast',
      body: TOAST,
      contentType: 'text/xml',
      byteLength: TOAST.length,
      headers: { 'X-WNS-Type': 'wns/toast' },
    })
    expect(fromXml('tile', '<tile><visual/></tile>').headers).toEqual({ 'X-WNS-Type': 'wns/tile' })
    expect(fromXml('badge', '<badge value="alert"/>').type).toBe('badge')
  })

  it('refuses XML that is not well-formed, naming the type as the field', () => {
    expect(() => fromXml('toast', '<toast><text>a & b</text></toast>')).toThrowError(
      expect.objectContaining({
        code: 'INVALID_PAYLOAD',
        field: 'toast',
        message: expect.stringMatching(/^toast XML is not valid: not well-formed XML/),
      }),
    )
  })

  it('refuses XML whose root does not match the type', () => {
    expect(() => fromXml('badge', TOAST)).toThrowError(
      expect.objectContaining({
        field: 'badge',
        message:
          'badge XML is not valid: the root element is <toast>; a wns/badge body must have <badge>',
      }),
    )
  })

  it('refuses the raw type, whose payload is bytes', () => {
    expect(() => fromXml('raw' as 'toast', '<raw/>')).toThrowError(
      expect.objectContaining({
        code: 'INVALID_PAYLOAD',
        field: 'type',
        message: "type must be one of 'toast', 'tile', 'badge', not 'raw'",
      }),
    )
  })

  it('accepts exactly the payload limit and refuses one byte more', () => {
    const pad = (bytes: number) => `<toast>${'x'.repeat(bytes - 15)}</toast>`
    expect(fromXml('toast', pad(5000)).byteLength).toBe(5000)
    expect(() => fromXml('toast', pad(5001))).toThrowError(
      expect.objectContaining({ code: 'PAYLOAD_TOO_LARGE', field: 'toast' }),
    )
  })
})
