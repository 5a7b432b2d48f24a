import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { raw } from './build-raw'

const decode = (body: string | Uint8Array) =>
  new TextDecoder().decode(body instanceof Uint8Array ? body : new TextEncoder().encode(body))

describe('raw', () => {
  it('sends bytes as application/octet-stream with a Uint8Array body', () => {
    const notification = raw(new Uint8Array([0, 1, 255]))
    expect(notification).toMatchObject({
      type: 'raw',
      contentType: 'application/octet-stream',
      byteLength: 3,
      headers: { 'X-WNS-Type': 'wns/raw' },
    })
    expect(notification.body).toBeInstanceOf(Uint8Array)
    expect([...(notification.body as Uint8Array)]).toEqual([0, 1, 255])
  })

  it('copies the bytes, so later changes to the input do not alter the body', () => {
    const input = new Uint8Array([1, 2, 3])
    const notification = raw(input)
    input[0] = 9
    expect([...(notification.body as Uint8Array)]).toEqual([1, 2, 3])
  })

  it('encodes a string as UTF-8 without quoting it', () => {
    const notification = raw('héllo 👋')
    expect(notification.body).toBeInstanceOf(Uint8Array)
    expect(notification.byteLength).toBe(11)
    expect(decode(notification.body)).toBe('héllo 👋')
  })

  it('writes other values as JSON', () => {
    const value = { kind: 'config', version: '1.2.3', flags: [true, null, 3.5], nested: { a: 'ü' } }
    expect(decode(raw(value).body)).toBe(JSON.stringify(value))
    expect(decode(raw(42).body)).toBe('42')
    expect(decode(raw(null).body)).toBe('null')
    expect(decode(raw([1, 'two']).body)).toBe('[1,"two"]')
  })

  it('leaves out undefined object properties and uses toJSON, as JSON.stringify does', () => {
    expect(decode(raw({ a: 1, b: undefined }).body)).toBe('{"a":1}')
    expect(decode(raw({ at: new Date(0) } as never).body)).toBe('{"at":"1970-01-01T00:00:00.000Z"}')
  })

  it.each([
    ['a function', { a: [1, () => 1] }, 'raw.a[1]', /is a function/],
    ['a symbol', { s: Symbol('x') }, 'raw.s', /is a symbol/],
    ['a bigint', 10n, 'raw', /is a bigint/],
    ['undefined at the top', undefined, 'raw', /is undefined/],
    ['undefined in an array', [1, undefined], 'raw[1]', /is undefined/],
    ['a hole in an array', Object.assign(new Array(3), { 0: 1, 2: 3 }), 'raw[1]', /is undefined/],
    ['NaN', { n: Number.NaN }, 'raw.n', /is NaN/],
    ['Infinity', [Number.POSITIVE_INFINITY], 'raw[0]', /is Infinity/],
    ['a Map', { m: new Map() }, 'raw.m', /is a Map/],
    ['a Set', new Set([1]), 'raw', /is a Set/],
    ['an odd key', { 'a b': () => 1 }, 'raw["a b"]', /is a function/],
  ])('refuses %s, naming the path', (_, value, field, message) => {
    expect(() => raw(value as never)).toThrowError(
      expect.objectContaining({
        code: 'INVALID_PAYLOAD',
        field,
        message: expect.stringMatching(message),
      }),
    )
  })

  it('refuses cycles but accepts the same object twice side by side', () => {
    const shared = { x: 1 }
    expect(decode(raw({ a: shared, b: shared }).body)).toBe('{"a":{"x":1},"b":{"x":1}}')
    const cyclic: Record<string, unknown> = { child: {} }
    ;(cyclic.child as Record<string, unknown>).parent = cyclic
    expect(() => raw(cyclic as never)).toThrowError(
      expect.objectContaining({
        code: 'INVALID_PAYLOAD',
        field: 'raw.child.parent',
        message: expect.stringMatching(/cycle/),
      }),
    )
  })

  it('refuses a string with a lone surrogate instead of sending U+FFFD', () => {
    expect(() => raw('ok\ud800')).toThrowError(
      expect.objectContaining({
        code: 'INVALID_PAYLOAD',
        field: 'raw',
        message: 'raw contains a lone surrogate U+D800 at index 2, which UTF-8 cannot encode',
      }),
    )
  })

  it('accepts exactly the payload limit and refuses one byte more', () => {
    expect(raw(new Uint8Array(5000)).byteLength).toBe(5000)
    expect(raw('a'.repeat(5000)).byteLength).toBe(5000)
    expect(() => raw(new Uint8Array(5001))).toThrowError(
      expect.objectContaining({ code: 'PAYLOAD_TOO_LARGE', field: 'raw' }),
    )
    expect(() => raw(`${'a'.repeat(4999)}é`)).toThrowError(
      expect.objectContaining({ code: 'PAYLOAD_TOO_LARGE' }),
    )
    expect(() => raw('ab', { maxPayloadBytes: 1 })).toThrowError(
      expect.objectContaining({ code: 'PAYLOAD_TOO_LARGE' }),
    )
  })

  it('sends any JSON value but a string as the UTF-8 of its JSON text (property)', () => {
    const nonString = fc.jsonValue({ maxDepth: 3 }).filter((value) => typeof value !== 'string')
    fc.assert(
      fc.property(nonString, (value) => {
        const notification = raw(value as never)
        expect(decode(notification.body)).toBe(JSON.stringify(value))
        expect(notification.byteLength).toBe((notification.body as Uint8Array).byteLength)
      }),
      { numRuns: 500 },
    )
  })
})
