import { describe, expect, it } from 'vitest'
import type { WnsNotificationType } from '../notification/notification'
import { buildWnsHeaders } from './build-wns-headers'
import { WNS_PRIORITY, type WnsSendOptions } from './send-options'

function failure(type: WnsNotificationType, options: unknown) {
  try {
    buildWnsHeaders(type, options as WnsSendOptions)
  } catch (error) {
    return error as { code: string; field: string; message: string }
  }
  throw new Error('expected buildWnsHeaders to throw')
}

describe('buildWnsHeaders', () => {
  it.each([
    ['toast', 'wns/toast'],
    ['tile', 'wns/tile'],
    ['badge', 'wns/badge'],
    ['raw', 'wns/raw'],
  ] as const)('writes only X-WNS-Type for a %s without options', (type, header) => {
    expect(buildWnsHeaders(type)).toEqual({ headers: { 'X-WNS-Type': header }, warnings: [] })
  })

  it('writes every option of a toast as its header, in the reference spelling', () => {
    const { headers } = buildWnsHeaders('toast', {
      ttlSeconds: 3600,
      cachePolicy: 'no-cache',
      requestForStatus: true,
      tag: 'build-42',
      group: 'deploys',
      suppressPopup: false,
      priority: WNS_PRIORITY.VERY_LOW,
      correlationVector: 'tul4NUsfs9Cl7mOf.1',
    })
    expect(headers).toEqual({
      'X-WNS-Type': 'wns/toast',
      'X-WNS-Cache-Policy': 'no-cache',
      'X-WNS-RequestForStatus': 'true',
      'X-WNS-Tag': 'build-42',
      'X-WNS-Group': 'deploys',
      'X-WNS-TTL': '3600',
      'X-WNS-SuppressPopup': 'false',
      'X-WNS-PRIORITY': '4',
      'MS-CV': 'tul4NUsfs9Cl7mOf.1',
    })
  })

  it('warns about options documented for phone channels only', () => {
    const { warnings } = buildWnsHeaders('toast', { group: 'g', suppressPopup: true, tag: 't' })
    expect(warnings).toHaveLength(2)
    expect(warnings[0]).toMatch(/^options\.group is documented for Windows Phone channels only/)
    expect(warnings[1]).toMatch(/^options\.suppressPopup is documented/)
  })

  it('refuses phone-only options in strict mode', () => {
    expect(failure('toast', { group: 'g', strict: true })).toMatchObject({
      code: 'INVALID_OPTIONS',
      field: 'options.group',
      message: expect.stringMatching(/strict mode refuses it/),
    })
    expect(failure('toast', { suppressPopup: true, strict: true }).field).toBe(
      'options.suppressPopup',
    )
    expect(buildWnsHeaders('toast', { tag: 't', strict: true }).warnings).toEqual([])
  })

  it.each([
    ['toast', { tag: 'x'.repeat(17) }, 'options.tag', /at most 16 characters/],
    ['toast', { tag: '' }, 'options.tag', /must not be empty/],
    ['toast', { tag: 'a;b' }, 'options.tag', /";"/],
    ['toast', { tag: 'a\r\nX-Evil: 1' }, 'options.tag', /printable ASCII/],
    ['toast', { tag: 'bücher' }, 'options.tag', /printable ASCII/],
    ['toast', { tag: ' padded' }, 'options.tag', /start or end with a space/],
    ['toast', { tag: 42 }, 'options.tag', /must be a string/],
    ['toast', { group: 'g'.repeat(17) }, 'options.group', /at most 16/],
    ['toast', { ttlSeconds: -1 }, 'options.ttlSeconds', /negative/],
    ['toast', { ttlSeconds: 1.5 }, 'options.ttlSeconds', /integer/],
    ['toast', { ttlSeconds: Number.NaN }, 'options.ttlSeconds', /number/],
    ['toast', { ttlSeconds: '60' }, 'options.ttlSeconds', /number/],
    ['toast', { priority: 0 }, 'options.priority', /between 1 and 4/],
    ['toast', { priority: 5 }, 'options.priority', /between 1 and 4/],
    ['toast', { cachePolicy: 'always' }, 'options.cachePolicy', /"cache" or "no-cache"/],
    ['toast', { requestForStatus: 'yes' }, 'options.requestForStatus', /true or false/],
    ['toast', { suppressPopup: 1 }, 'options.suppressPopup', /true or false/],
    ['toast', { correlationVector: 'a b' }, 'options.correlationVector', /spaces/],
    ['toast', { correlationVector: 'c'.repeat(128) }, 'options.correlationVector', /127/],
    ['toast', { strict: 'yes' }, 'options.strict', /true or false/],
    ['tile', { ttlSeconds: 0, cachePolicy: 'cache' }, 'options.ttlSeconds', /conflicts/],
    ['badge', { tag: 'a' }, 'options.tag', /not accepted for badge.*only tile, toast/],
    ['raw', { tag: 'a' }, 'options.tag', /not accepted for raw/],
    ['tile', { group: 'a' }, 'options.group', /not accepted for tile.*only toast/],
    ['raw', { suppressPopup: true }, 'options.suppressPopup', /not accepted for raw/],
  ] as const)('refuses %s with %o, naming %s', (type, options, field, message) => {
    const error = failure(type, options)
    expect(error).toMatchObject({ code: 'INVALID_OPTIONS', field })
    expect(error.message.startsWith(`${field} `)).toBe(true)
    expect(error.message).toMatch(message)
  })

  it('refuses unknown options and lists the valid ones', () => {
    const error = failure('toast', { ttl: 60 })
    expect(error).toMatchObject({ code: 'INVALID_OPTIONS', field: 'options.ttl' })
    expect(error.message).toContain('valid options are ttlSeconds')
    expect(error.message).toContain('correlationVector, strict')
  })

  it('refuses options that are not an object', () => {
    expect(failure('toast', 'fast')).toMatchObject({ field: 'options' })
    expect(failure('toast', null).message).toBe('options must be an object')
  })

  it('allows TTL 0 without caching and a tag on tiles', () => {
    expect(
      buildWnsHeaders('raw', { ttlSeconds: 0, cachePolicy: 'no-cache' }).headers,
    ).toMatchObject({ 'X-WNS-TTL': '0', 'X-WNS-Cache-Policy': 'no-cache' })
    expect(buildWnsHeaders('tile', { tag: 'weather' }).headers['X-WNS-Tag']).toBe('weather')
  })

  it('refuses an unknown notification type', () => {
    expect(failure('push' as WnsNotificationType, {})).toMatchObject({ field: 'type' })
  })

  it('names the four priorities', () => {
    expect(WNS_PRIORITY).toEqual({ HIGH: 1, MEDIUM: 2, LOW: 3, VERY_LOW: 4 })
    expect(buildWnsHeaders('raw', { priority: WNS_PRIORITY.LOW }).headers['X-WNS-PRIORITY']).toBe(
      '3',
    )
  })
})
