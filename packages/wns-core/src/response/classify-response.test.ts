import { describe, expect, it } from 'vitest'
import { WNS_STATUS_TO_ERROR_CODE } from '../errors/error-codes'
import { classifyResponse, type WnsFailure } from './classify-response'

const NOW = Date.parse('2026-03-01T12:00:00Z')

function failure(status: number, headers: Record<string, string> = {}): WnsFailure {
  const outcome = classifyResponse({ status, headers }, NOW)
  if (outcome.ok) throw new Error(`expected a failure for ${status}`)
  return outcome
}

describe('classifyResponse', () => {
  it('reads a 200 with X-WNS-Status received as a delivered success with its diagnostics', () => {
    const outcome = classifyResponse(
      {
        status: 200,
        headers: {
          'X-WNS-Status': 'received',
          'X-WNS-NotificationStatus': 'received',
          'X-WNS-Msg-ID': '1ACA9B2B1F4D2E8A',
          'X-WNS-DeviceConnectionStatus': 'connected',
          'X-WNS-Debug-Trace': 'DB5SCH101121935',
          'MS-CV': 'tul4NUsfs9Cl7mOf.1',
        },
      },
      NOW,
    )
    expect(outcome).toEqual({
      ok: true,
      status: 200,
      notificationStatus: 'received',
      dropped: false,
      msgId: '1ACA9B2B1F4D2E8A',
      deviceConnectionStatus: 'connected',
      diagnostics: {
        notificationStatus: 'received',
        msgId: '1ACA9B2B1F4D2E8A',
        deviceConnectionStatus: 'connected',
        debugTrace: 'DB5SCH101121935',
        correlationVector: 'tul4NUsfs9Cl7mOf.1',
      },
    })
  })

  it('reports a dropped notification as a success with the dropped flag', () => {
    expect(
      classifyResponse({ status: 200, headers: { 'x-wns-status': 'dropped' } }, NOW),
    ).toMatchObject({
      ok: true,
      notificationStatus: 'dropped',
      dropped: true,
    })
  })

  it('reports a throttled channel on a 200 as dropped, with the wait WNS asked for', () => {
    const outcome = classifyResponse(
      {
        status: 200,
        headers: { 'X-WNS-Status': 'channelThrottled', 'X-WNS-CONTINUE-AFTER': '30' },
      },
      NOW,
    )
    expect(outcome).toMatchObject({
      ok: true,
      notificationStatus: 'channelthrottled',
      dropped: true,
      retryAfterMs: 30_000,
    })
  })

  it('treats a missing status header as received, not as throttling', () => {
    expect(classifyResponse({ status: 200, headers: {} }, NOW)).toEqual({
      ok: true,
      status: 200,
      notificationStatus: 'received',
      dropped: false,
      diagnostics: {},
    })
  })

  it('reads X-WNS-Status before the legacy X-WNS-NotificationStatus, and the legacy one alone', () => {
    const both = classifyResponse(
      {
        status: 200,
        headers: { 'X-WNS-NotificationStatus': 'dropped', 'X-WNS-Status': 'received' },
      },
      NOW,
    )
    expect(both).toMatchObject({ notificationStatus: 'received', dropped: false })
    const legacy = classifyResponse(
      { status: 200, headers: { 'X-WNS-NotificationStatus': 'dropped' } },
      NOW,
    )
    expect(legacy).toMatchObject({ notificationStatus: 'dropped', dropped: true })
  })

  it('reads headers from a fetch-style object with get()', () => {
    const values = new Map([
      ['x-wns-status', 'received'],
      ['x-wns-msg-id', 'ABC'],
    ])
    const headers = { get: (name: string) => values.get(name.toLowerCase()) ?? null }
    expect(classifyResponse({ status: 200, headers }, NOW)).toMatchObject({
      ok: true,
      msgId: 'ABC',
    })
  })

  it('reads headers given as arrays, in any case', () => {
    const outcome = classifyResponse(
      { status: 406, headers: { 'RETRY-AFTER': ['900'], 'x-wns-status': undefined } },
      NOW,
    )
    expect(outcome).toMatchObject({ ok: false, retryAfterMs: 900_000 })
  })

  it.each([
    [400, 'BAD_REQUEST', false, false, 'keep'],
    [401, 'UNAUTHORIZED', false, true, 'keep'],
    [403, 'FORBIDDEN', false, false, 'keep'],
    [404, 'CHANNEL_EXPIRED', false, false, 'reregister'],
    [405, 'METHOD_NOT_ALLOWED', false, false, 'keep'],
    [406, 'THROTTLED', true, false, 'keep'],
    [410, 'CHANNEL_GONE', false, false, 'remove'],
    [413, 'PAYLOAD_TOO_LARGE', false, false, 'keep'],
    [429, 'QUOTA_EXCEEDED', false, false, 'keep'],
    [500, 'INTERNAL_SERVER_ERROR', true, false, 'keep'],
    [503, 'SERVICE_UNAVAILABLE', true, false, 'keep'],
    [502, 'UNEXPECTED_RESPONSE', true, false, 'keep'],
    [504, 'UNEXPECTED_RESPONSE', true, false, 'keep'],
    [302, 'UNEXPECTED_RESPONSE', false, false, 'keep'],
    [418, 'UNEXPECTED_RESPONSE', false, false, 'keep'],
    [100, 'UNEXPECTED_RESPONSE', false, false, 'keep'],
  ] as const)('classifies %i as %s', (status, code, retryable, reauthenticate, channelAction) => {
    expect(failure(status)).toMatchObject({
      ok: false,
      status,
      code,
      retryable,
      reauthenticate,
      channelAction,
    })
  })

  it('covers every status of the shared status map', () => {
    for (const [status, code] of Object.entries(WNS_STATUS_TO_ERROR_CODE)) {
      expect(failure(Number(status)).code).toBe(code)
    }
  })

  it('names an unknown status in the message', () => {
    expect(failure(502).message).toBe(
      'WNS answered with status 502, which this library does not know',
    )
  })

  it('explains a 406 with appthrottled and honours its Retry-After (§9)', () => {
    const outcome = failure(406, { 'X-WNS-Status': 'appthrottled', 'Retry-After': '900' })
    expect(outcome).toMatchObject({ code: 'THROTTLED', retryable: true, retryAfterMs: 900_000 })
    expect(outcome.message).toContain('X-WNS-Status appthrottled: the app as a whole is throttled')
    expect(outcome.message).toContain('retry after 900 s')
  })

  it('reads an HTTP-date Retry-After relative to now', () => {
    expect(failure(503, { 'Retry-After': 'Sun, 01 Mar 2026 12:00:30 GMT' }).retryAfterMs).toBe(
      30_000,
    )
  })

  it('falls back to X-WNS-CONTINUE-AFTER, and prefers Retry-After over it', () => {
    expect(failure(406, { 'X-WNS-CONTINUE-AFTER': '60' }).retryAfterMs).toBe(60_000)
    expect(failure(406, { 'X-WNS-CONTINUE-AFTER': '60', 'Retry-After': '5' }).retryAfterMs).toBe(
      5_000,
    )
    expect(failure(406).retryAfterMs).toBeUndefined()
  })

  it('explains a 410 with revoked: remove the channel (§9)', () => {
    const outcome = failure(410, { 'X-WNS-Status': 'revoked' })
    expect(outcome).toMatchObject({
      code: 'CHANNEL_GONE',
      channelAction: 'remove',
      retryable: false,
    })
    expect(outcome.message).toContain('the channel URL was revoked')
  })

  it('says why a 401 token was refused, from WWW-Authenticate (§9)', () => {
    const expired = failure(401, {
      'WWW-Authenticate': 'Bearer error="invalid_request",error_description="Token expired"',
    })
    expect(expired).toMatchObject({ code: 'UNAUTHORIZED', reauthenticate: true })
    expect(expired.message).toContain('WWW-Authenticate: Token expired')
    expect(expired.diagnostics.wwwAuthenticate).toBe(
      'Bearer error="invalid_request",error_description="Token expired"',
    )
    expect(
      failure(401, { 'WWW-Authenticate': 'Bearer error_description="Invalid token"' }).message,
    ).toContain('Invalid token')
  })

  it('makes a 429 retryable only when WNS says when to retry', () => {
    expect(failure(429).retryable).toBe(false)
    expect(failure(429, { 'Retry-After': '60' })).toMatchObject({
      retryable: true,
      retryAfterMs: 60_000,
    })
  })

  it('keeps X-WNS-Error-Description in the message and the diagnostics', () => {
    const outcome = failure(400, { 'X-WNS-Error-Description': 'Invalid X-WNS-Type header' })
    expect(outcome.message).toBe(
      'WNS rejected the request headers or payload (400) (X-WNS-Error-Description: Invalid X-WNS-Type header)',
    )
    expect(outcome.diagnostics.errorDescription).toBe('Invalid X-WNS-Type header')
  })

  it('strips control characters and bearer tokens from what the server sent', () => {
    const outcome = failure(400, {
      'X-WNS-Error-Description': 'bad\r\nInjected: 1 Bearer eyJhbGciOi.secret',
    })
    expect(outcome.message).not.toMatch(/[\r\n]/)
    expect(outcome.message).not.toContain('eyJhbGciOi.secret')
    expect(outcome.diagnostics.errorDescription).not.toContain('eyJhbGciOi.secret')
  })
})
