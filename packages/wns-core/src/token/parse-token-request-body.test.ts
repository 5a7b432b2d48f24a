import { describe, expect, it } from 'vitest'
import { parseTokenRequestBody } from './parse-token-request-body'

const valid =
  'grant_type=client_credentials&client_id=ms-app%3A%2F%2Fs-1-15-2-1&client_secret=s%2Bcr%3Dt&scope=notify.windows.com'

describe('parseTokenRequestBody', () => {
  it('reads the fields of a well-formed request, decoding them', () => {
    expect(parseTokenRequestBody(valid)).toEqual({
      ok: true,
      value: {
        grantType: 'client_credentials',
        clientId: 'ms-app://s-1-15-2-1',
        clientSecret: 's+cr=t',
        scope: 'notify.windows.com',
      },
    })
  })

  it('accepts the Entra scope and reads + as a space', () => {
    const body =
      'grant_type=client_credentials&client_id=app&client_secret=a+b&scope=https%3A%2F%2Fwns.windows.com%2F.default'
    expect(parseTokenRequestBody(body)).toMatchObject({
      ok: true,
      value: { clientSecret: 'a b', scope: 'https://wns.windows.com/.default' },
    })
  })

  it.each([
    ['', 'invalid_request', /grant_type is missing/],
    [
      'grant_type=client_credentials&client_id=%E0%A4%A&client_secret=x&scope=notify.windows.com',
      'invalid_request',
      /not application\/x-www-form-urlencoded/,
    ],
    [`${valid}&scope=notify.windows.com`, 'invalid_request', /"scope" is repeated/],
    [
      valid.replace('grant_type=client_credentials', 'grant_type=password'),
      'unsupported_grant_type',
      /client_credentials/,
    ],
    [
      valid.replace('client_id=ms-app%3A%2F%2Fs-1-15-2-1', 'client_id='),
      'invalid_client',
      /client_id is missing/,
    ],
    [valid.replace('&client_secret=s%2Bcr%3Dt', ''), 'invalid_client', /client_secret is missing/],
    [valid.replace('&scope=notify.windows.com', ''), 'invalid_request', /scope is missing/],
    [
      valid.replace('scope=notify.windows.com', 'scope=graph.microsoft.com'),
      'invalid_scope',
      /scope must be one of/,
    ],
  ])('answers %j with %s', (body, error, reason) => {
    const parsed = parseTokenRequestBody(body)
    expect(parsed).toEqual({ ok: false, error, reason: expect.stringMatching(reason) })
    expect(parsed.ok ? '' : parsed.reason).not.toContain('s+cr=t')
  })

  it('grants only the scopes it is given', () => {
    expect(parseTokenRequestBody(valid, { scopes: ['custom'] })).toMatchObject({
      ok: false,
      error: 'invalid_scope',
    })
  })
})
