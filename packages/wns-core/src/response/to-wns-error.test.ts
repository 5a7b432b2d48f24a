import { describe, expect, it } from 'vitest'
import { WnsError } from '../errors/wns-error'
import { classifyResponse, type WnsFailure } from './classify-response'
import { toWnsError } from './to-wns-error'

const throttled = classifyResponse(
  {
    status: 406,
    headers: { 'X-WNS-Status': 'appthrottled', 'Retry-After': '900', 'X-WNS-Msg-ID': 'M1' },
  },
  0,
) as WnsFailure

describe('toWnsError', () => {
  it('carries the failure code, flags, wait, diagnostics and message over to a WnsError', () => {
    const error = toWnsError(throttled)
    expect(WnsError.isInstance(error)).toBe(true)
    expect(error).toMatchObject({
      code: 'THROTTLED',
      status: 406,
      retryable: true,
      reauthenticate: false,
      channelAction: 'keep',
      retryAfterMs: 900_000,
      diagnostics: { notificationStatus: 'appthrottled', msgId: 'M1' },
      message: throttled.message,
    })
    expect(error.request).toBeUndefined()
  })

  it('attaches the request with the bearer token redacted', () => {
    const request = {
      method: 'POST',
      url: 'https://db5.notify.windows.com/?token=abc',
      headers: { Authorization: 'Bearer EgAcAQMAAAAEgAAAC2AAAQ', 'X-WNS-Type': 'wns/toast' },
    }
    const error = toWnsError(throttled, request)
    expect(error.request?.headers).toEqual({
      Authorization: 'Bearer [REDACTED]',
      'X-WNS-Type': 'wns/toast',
    })
    expect(JSON.stringify(error)).not.toContain('EgAcAQMAAAAEgAAAC2AAAQ')
  })

  it('keeps a 5xx unknown status retryable', () => {
    const failure = classifyResponse({ status: 502, headers: {} }, 0) as WnsFailure
    expect(toWnsError(failure)).toMatchObject({
      code: 'UNEXPECTED_RESPONSE',
      retryable: true,
      status: 502,
    })
  })
})
