import { WnsError } from '@homepot/wns-core'
import { errors } from 'undici'
import { describe, expect, it } from 'vitest'
import { mapTransportError } from './map-transport-error'

const request = {
  method: 'POST',
  url: 'https://db5.notify.windows.com/?token=AwYAAAB',
  headers: { Authorization: 'Bearer abc.def.ghi' },
}

describe('mapTransportError', () => {
  it.each([
    new errors.ConnectTimeoutError(),
    new errors.HeadersTimeoutError(),
    new errors.BodyTimeoutError(),
  ])('maps undici timeouts to a retryable TIMEOUT (%s)', (error) => {
    expect(mapTransportError(error, request)).toMatchObject({ code: 'TIMEOUT', retryable: true })
  })

  it('maps resets and refusals, even wrapped, to a retryable NETWORK_ERROR', () => {
    const reset = Object.assign(new Error('read ECONNRESET'), { code: 'ECONNRESET' })
    const wrapped = new errors.SocketError('other side closed')
    expect(mapTransportError(reset, request)).toMatchObject({
      code: 'NETWORK_ERROR',
      retryable: true,
    })
    expect(
      mapTransportError(new TypeError('fetch failed', { cause: reset }), request),
    ).toMatchObject({
      code: 'NETWORK_ERROR',
      message: expect.stringContaining('ECONNRESET'),
    })
    expect(mapTransportError(wrapped, request).code).toBe('NETWORK_ERROR')
  })

  it('names the host but never the channel token or the bearer token', () => {
    const error = mapTransportError(new Error('boom'), request)
    const text = JSON.stringify(error) + error.message
    expect(error.message).toContain('db5.notify.windows.com')
    expect(error.message).not.toContain('AwYAAAB')
    expect(text).not.toContain('abc.def.ghi')
  })

  it('passes WnsErrors through', () => {
    const original = new WnsError('ABORTED')
    expect(mapTransportError(original, request)).toBe(original)
  })
})
