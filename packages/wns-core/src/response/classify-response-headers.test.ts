import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { redactSecrets } from '../errors/redact'
import { classifyResponse } from './classify-response'
import { CLASSIFIED_RESPONSE_HEADERS } from './response-headers'

/** The cleaning rule, written the long way: printable, trimmed, bounded, then redacted. */
function cleanedTheLongWay(value: string, redact: boolean): string | undefined {
  const printable = value.replace(/[^\x20-\x7e]/g, ' ').trim()
  if (printable === '') return undefined
  const text = printable.length > 512 ? printable.slice(0, 512) : printable
  return redact ? redactSecrets(text) : text
}

const headerText = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 20 }),
  fc.string({ minLength: 500, maxLength: 700 }),
  fc.constantFrom(
    'Bearer eyJhbGciOi.secret',
    'bearer\tabc',
    'access_token=abc&x=1',
    '{"client_secret":"s3cr3t"}',
    ' 1ACA9B2B1F4D2E8A ',
    'Bearer error="invalid_request",error_description="Token expired"',
    'a\r\nInjected: 1',
  ),
)

describe('classifyResponse diagnostics', () => {
  it('cleans and redacts every diagnostic header exactly as the long way does', () => {
    fc.assert(
      fc.property(headerText, fc.constantFrom(200, 401, 406), (value, status) => {
        const { diagnostics } = classifyResponse({
          status,
          headers: {
            'X-WNS-Msg-ID': value,
            'X-WNS-Debug-Trace': value,
            'X-WNS-Error-Description': value,
            'WWW-Authenticate': value,
            'MS-CV': value,
          },
        })
        expect(diagnostics.msgId).toBe(cleanedTheLongWay(value, true))
        expect(diagnostics.debugTrace).toBe(cleanedTheLongWay(value, true))
        expect(diagnostics.errorDescription).toBe(cleanedTheLongWay(value, true))
        expect(diagnostics.correlationVector).toBe(cleanedTheLongWay(value, true))
        expect(diagnostics.wwwAuthenticate).toBe(cleanedTheLongWay(value, false))
      }),
      { numRuns: 1000 },
    )
  })

  it('classifies a record cut down to CLASSIFIED_RESPONSE_HEADERS as it classifies the whole', () => {
    const full = {
      'X-WNS-Status': 'appthrottled',
      'x-wns-msg-id': 'M1',
      'Retry-After': ['900'],
      'X-WNS-Debug-Trace': 'DB5SCH101121935',
      'Content-Type': 'text/plain',
      Date: 'Sun, 01 Mar 2026 12:00:00 GMT',
      'WWW-Authenticate': 'Bearer error_description="Invalid token"',
    }
    const kept = Object.fromEntries(
      Object.entries(full).filter(([name]) =>
        CLASSIFIED_RESPONSE_HEADERS.includes(name.toLowerCase()),
      ),
    )
    expect(Object.keys(kept)).toHaveLength(5)
    for (const status of [200, 401, 406]) {
      expect(classifyResponse({ status, headers: kept }, 0)).toEqual(
        classifyResponse({ status, headers: full }, 0),
      )
    }
  })
})
