import { describe, expect, it } from 'vitest'
import { WnsError } from '../errors/wns-error'
import { parseTokenResponse } from './parse-token-response'

const NOW = 1_700_000_000_000
const TOKEN = 'EgAcAQMAAAAEgAAAC2AAAUZy0jq1yR3Qx.bm90LWEtcmVhbC10b2tlbg'

function failure(status: number, body: string, secrets?: string[]): WnsError {
  try {
    parseTokenResponse(status, body, NOW, secrets ? { secrets } : {})
  } catch (error) {
    if (WnsError.isInstance(error)) return error
    throw error
  }
  throw new Error('expected a WnsError')
}

describe('parseTokenResponse', () => {
  it('reads a live.com answer with a numeric expires_in', () => {
    const body = JSON.stringify({ access_token: TOKEN, token_type: 'bearer', expires_in: 86400 })
    expect(parseTokenResponse(200, body, NOW)).toEqual({
      accessToken: TOKEN,
      tokenType: 'bearer',
      expiresInSeconds: 86400,
      expiresAt: NOW + 86_400_000,
    })
  })

  it('reads an Entra answer with token_type "Bearer" and expires_in as a string (§9)', () => {
    const body = JSON.stringify({
      token_type: 'Bearer',
      expires_in: '86399',
      ext_expires_in: '86399',
      access_token: TOKEN,
    })
    expect(parseTokenResponse(200, body, NOW)).toMatchObject({
      tokenType: 'bearer',
      expiresInSeconds: 86399,
      expiresAt: NOW + 86_399_000,
    })
  })

  it('accepts an old live.com answer without expires_in, leaving the expiry unknown (§9)', () => {
    const body = JSON.stringify({ access_token: TOKEN, token_type: 'BEARER' })
    expect(parseTokenResponse(200, body, NOW)).toEqual({
      accessToken: TOKEN,
      tokenType: 'bearer',
      expiresAt: undefined,
      expiresInSeconds: undefined,
    })
  })

  it('computes expiresAt from the given clock', () => {
    const body = JSON.stringify({ access_token: TOKEN, token_type: 'bearer', expires_in: 3599 })
    expect(parseTokenResponse(200, body, 0).expiresAt).toBe(3_599_000)
  })

  it.each([
    ['not JSON', '<html>proxy error</html>', /not a JSON object/],
    ['a JSON array', '[]', /not a JSON object/],
    ['no access_token', '{"token_type":"bearer"}', /without an access_token/],
    [
      'an empty access_token',
      '{"access_token":"","token_type":"bearer"}',
      /without an access_token/,
    ],
    [
      'an access_token with CR LF',
      '{"access_token":"a\\r\\nX: 1","token_type":"bearer"}',
      /not safe to put in a header/,
    ],
    [
      'token_type mac',
      `{"access_token":"${TOKEN}","token_type":"mac"}`,
      /token_type "mac"; only bearer/,
    ],
    ['no token_type', `{"access_token":"${TOKEN}"}`, /token_type missing/],
    [
      'a negative expires_in',
      `{"access_token":"${TOKEN}","token_type":"bearer","expires_in":-1}`,
      /expires_in/,
    ],
    [
      'a word for expires_in',
      `{"access_token":"${TOKEN}","token_type":"bearer","expires_in":"soon"}`,
      /expires_in/,
    ],
  ])('throws AUTH_FAILED for a 200 with %s', (_name, body, message) => {
    const error = failure(200, body)
    expect(error).toMatchObject({ code: 'AUTH_FAILED', status: 200, retryable: false })
    expect(error.message).toMatch(message)
    expect(error.message).not.toContain(TOKEN)
  })

  it('reports live.com refusing bad credentials with its OAuth error (§9)', () => {
    const error = failure(
      400,
      '{"error":"invalid_client","error_description":"The client secret is wrong."}',
    )
    expect(error).toMatchObject({ code: 'AUTH_FAILED', status: 400, retryable: false })
    expect(error.message).toBe(
      'The token endpoint answered 400: "invalid_client" ("The client secret is wrong.")',
    )
  })

  it('reports the standard Entra error shape', () => {
    const body = JSON.stringify({
      error: 'invalid_client',
      error_description: 'AADSTS7000215: Invalid client secret provided.',
      error_codes: [7000215],
      trace_id: 'b1c2',
      correlation_id: 'd3e4',
    })
    expect(failure(401, body).message).toMatch(
      /401: "invalid_client" \("AADSTS7000215: Invalid client secret provided\."\)$/,
    )
  })

  it('never repeats a secret the endpoint echoes back', () => {
    const secret = 'Vr+Z8~q/Secret'
    const body = JSON.stringify({
      error: 'invalid_request',
      error_description: `bad request client_secret=${secret}&x=1 and ${secret} again`,
    })
    const error = failure(400, body, [secret])
    expect(error.message).not.toContain(secret)
    expect(error.message).toContain('[REDACTED]')
  })

  it('does not quote a body that carries no OAuth error', () => {
    const error = failure(502, '<html>upstream says access_token=abc123</html>')
    expect(error.message).toBe('The token endpoint answered 502 without an OAuth error code')
    expect(error.retryable).toBe(true)
  })

  it('marks 429 and 5xx answers retryable, and 4xx ones not', () => {
    expect(failure(429, '{"error":"temporarily_unavailable"}').retryable).toBe(true)
    expect(failure(503, '').retryable).toBe(true)
    expect(failure(400, '{"error":"invalid_scope"}').retryable).toBe(false)
  })

  it('shortens long descriptions and removes control characters from them', () => {
    const error = failure(
      400,
      JSON.stringify({
        error: 'invalid_request',
        error_description: `line\r\nInjected: yes ${'x'.repeat(1000)}`,
      }),
    )
    expect(error.message.length).toBeLessThan(400)
    expect(error.message).not.toMatch(/[\r\n]/)
  })
})
