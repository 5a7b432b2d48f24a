import { describe, expect, it } from 'vitest'
import { WNS_ERROR_CODES } from './error-codes'
import { WnsError } from './wns-error'

describe('WnsError', () => {
  it('takes the default message and flags from the code table', () => {
    const error = new WnsError('CHANNEL_GONE')
    expect(error).toMatchObject({
      name: 'WnsError',
      code: 'CHANNEL_GONE',
      status: 410,
      retryable: false,
      channelAction: 'remove',
      message: WNS_ERROR_CODES.CHANNEL_GONE.message,
    })
  })

  it('lets options override the defaults', () => {
    const error = new WnsError('THROTTLED', {
      retryAfterMs: 900_000,
      status: 406,
      retryable: false,
    })
    expect(error.retryAfterMs).toBe(900_000)
    expect(error.retryable).toBe(false)
  })

  it('redacts bearer tokens and secrets from the message, the request and the cause', () => {
    const error = new WnsError('AUTH_FAILED', {
      message: 'refused client_secret=hunter2hunter2 with Bearer abc.def.ghi',
      request: {
        method: 'POST',
        url: 'https://x.notify.windows.com/?token=1',
        headers: { Authorization: 'Bearer abc.def.ghi' },
      },
      cause: new Error('socket said s3cr3t-value'),
      secrets: ['s3cr3t-value'],
    })
    const serialised = JSON.stringify(error) + String(error.cause) + error.message
    expect(serialised).not.toContain('hunter2hunter2')
    expect(serialised).not.toContain('abc.def.ghi')
    expect(serialised).not.toContain('s3cr3t-value')
    expect(error.request?.headers.Authorization).toBe('Bearer [REDACTED]')
  })

  it('is recognised across copies of the class through its brand', () => {
    const error = new WnsError('TIMEOUT')
    const lookalike = Object.create(Object.getPrototypeOf(error))
    expect(WnsError.isInstance(error)).toBe(true)
    expect(lookalike instanceof WnsError).toBe(true)
    expect(new Error('x') instanceof WnsError).toBe(false)
    expect(WnsError.isInstance({ code: 'TIMEOUT' })).toBe(false)
  })
})
