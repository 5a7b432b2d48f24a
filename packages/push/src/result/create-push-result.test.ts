import { WnsError } from '@homepot/wns-core'
import { describe, expect, it } from 'vitest'
import { createFailureResult, createSuccessResult } from './create-push-result'

describe('createSuccessResult', () => {
  it('marks the result successful, keeps the details given and stamps the time', () => {
    const before = Date.now()
    const result = createSuccessResult('token-1', 'wns_windows', {
      messageId: 'ABC',
      notificationStatus: 'received',
    })
    expect(result).toMatchObject({
      success: true,
      deviceToken: 'token-1',
      platform: 'wns_windows',
      messageId: 'ABC',
      notificationStatus: 'received',
    })
    expect(result.timestamp.getTime()).toBeGreaterThanOrEqual(before)
    expect('errorCode' in result).toBe(false)
    expect(Object.isFrozen(result)).toBe(true)
  })
})

describe('createFailureResult', () => {
  it('copies code, message, retry hint and channel action from a WnsError', () => {
    const error = new WnsError('THROTTLED', {
      status: 406,
      retryAfterMs: 1500,
      diagnostics: { msgId: 'M1', notificationStatus: 'channelthrottled' },
    })
    expect(createFailureResult('uri', 'wns_windows', error)).toMatchObject({
      success: false,
      deviceToken: 'uri',
      platform: 'wns_windows',
      errorCode: 'THROTTLED',
      errorMessage: 'WNS throttled the sender (406); slow down',
      retryable: true,
      channelAction: 'keep',
      retryAfterSeconds: 2,
      messageId: 'M1',
      notificationStatus: 'channelthrottled',
    })
  })

  it('tells the caller to remove a gone channel and re-register an expired one', () => {
    expect(createFailureResult('u', 'p', new WnsError('CHANNEL_GONE')).channelAction).toBe('remove')
    expect(createFailureResult('u', 'p', new WnsError('CHANNEL_EXPIRED')).channelAction).toBe(
      'reregister',
    )
  })

  it('turns a socket error into NETWORK_ERROR and anything else into UNEXPECTED_RESPONSE', () => {
    const socket = Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' })
    expect(createFailureResult('u', 'p', socket)).toMatchObject({
      errorCode: 'NETWORK_ERROR',
      retryable: true,
    })
    expect(createFailureResult('u', 'p', new TypeError('boom'))).toMatchObject({
      errorCode: 'UNEXPECTED_RESPONSE',
      errorMessage: 'boom',
    })
    expect(createFailureResult('u', 'p', 'a string').errorCode).toBe('UNEXPECTED_RESPONSE')
  })

  it('redacts bearer tokens from foreign error messages', () => {
    const result = createFailureResult('u', 'p', new Error('sent Authorization: Bearer abc.def'))
    expect(result.errorMessage).toBe('sent Authorization: Bearer [REDACTED]')
  })
})
