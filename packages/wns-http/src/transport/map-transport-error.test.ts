import { WnsError } from '@homepot/wns-core'
import { errors } from 'undici'
import { describe, expect, it } from 'vitest'
import { DispatchTimeoutError } from './dispatch-handler'
import { mapDispatchError, mapTransportError } from './map-transport-error'

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

describe('mapDispatchError', () => {
  const describeRequest = () => ({ ...request })

  it.each([
    new DispatchTimeoutError(50),
    new errors.HeadersTimeoutError(),
    new errors.BodyTimeoutError(),
  ])('gives %s the TIMEOUT message a timed-out exchange has always had', (cause) => {
    expect(mapDispatchError(cause, 50, undefined, describeRequest)).toMatchObject({
      code: 'TIMEOUT',
      retryable: true,
      message: 'POST db5.notify.windows.com did not answer within 50 ms',
      request: { headers: { Authorization: 'Bearer [REDACTED]' } },
    })
  })

  it('reports ABORTED when the signal has aborted, whatever the transport said', () => {
    const controller = new AbortController()
    controller.abort(new Error('stop'))
    const error = mapDispatchError(new errors.RequestAbortedError(), 50, controller.signal, () => {
      throw new Error('an abort needs no request')
    })
    expect(error).toMatchObject({ code: 'ABORTED' })
  })

  it('maps anything else as mapTransportError does', () => {
    const reset = Object.assign(new Error('read ECONNRESET'), { code: 'ECONNRESET' })
    expect(mapDispatchError(reset, 50, new AbortController().signal, describeRequest)).toEqual(
      mapTransportError(reset, request),
    )
  })
})
