import { describe, expect, it } from 'vitest'
import { WnsError } from '../errors/wns-error'
import { buildTokenRequest } from './build-token-request'
import type { WnsCredentials } from './credentials'
import { parseTokenRequestBody } from './parse-token-request-body'

const clientSecret = 'Vr+Z8~q/Secret=&value!'
const live = { packageSid: 'ms-app://s-1-15-2-2972962901-2322836549-3722629029', clientSecret }
const entra = {
  tenantId: 'contoso.onmicrosoft.com',
  clientId: '3f1b7c2e-9d4a-4c1e-8f6b-2a5d9e0c7b31',
  clientSecret,
}

function failure(credentials: unknown, options?: object): WnsError {
  try {
    buildTokenRequest(credentials as WnsCredentials, options)
  } catch (error) {
    if (WnsError.isInstance(error)) return error
    throw error
  }
  throw new Error('expected a WnsError')
}

describe('buildTokenRequest', () => {
  it('describes the login.live.com request for Partner Center credentials (protocol §2a)', () => {
    const request = buildTokenRequest(live)
    expect(request).toMatchObject({
      method: 'POST',
      url: 'https://login.live.com/accesstoken.srf',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    })
    expect(request.body).toBe(
      'grant_type=client_credentials&client_id=ms-app%3A%2F%2Fs-1-15-2-2972962901-2322836549-3722629029' +
        '&client_secret=Vr%2BZ8%7Eq%2FSecret%3D%26value%21&scope=notify.windows.com',
    )
  })

  it('describes the Entra ID request for Entra credentials (protocol §2b)', () => {
    const request = buildTokenRequest(entra)
    expect(request.url).toBe(
      'https://login.microsoftonline.com/contoso.onmicrosoft.com/oauth2/v2.0/token',
    )
    expect(request.body).toContain('&scope=https%3A%2F%2Fwns.windows.com%2F.default')
    expect(request.body).toContain(`client_id=${entra.clientId}&`)
  })

  it('writes a body the server-side parser reads back to the same fields', () => {
    for (const credentials of [live, entra]) {
      const parsed = parseTokenRequestBody(buildTokenRequest(credentials).body)
      expect(parsed).toMatchObject({
        ok: true,
        value: { grantType: 'client_credentials', clientSecret },
      })
    }
  })

  it('lets tests and sovereign clouds override the endpoint and the scope', () => {
    const request = buildTokenRequest(live, {
      url: 'http://127.0.0.1:4010/token',
      scope: 'custom.scope',
    })
    expect(request.url).toBe('http://127.0.0.1:4010/token')
    expect(request.body.endsWith('&scope=custom.scope')).toBe(true)
    expect(
      buildTokenRequest(entra, { url: 'https://login.microsoftonline.us/t/oauth2/v2.0/token' }).url,
    ).toContain('.us/')
  })

  it('refuses a token URL that would send the secret in clear to another host', () => {
    expect(failure(live, { url: 'http://login.example/token' })).toMatchObject({
      code: 'INVALID_OPTIONS',
      field: 'tokenOptions.url',
    })
    expect(failure(live, { url: 'not a url' }).field).toBe('tokenOptions.url')
    expect(failure(live, { uri: 'https://x' }).message).toMatch(
      /tokenOptions.uri is not a known field; valid fields are url, scope/,
    )
  })

  it.each([
    [{ clientSecret }, 'credentials.packageSid', /must be a string/],
    [{ ...live, packageSid: '' }, 'credentials.packageSid', /must not be empty/],
    [{ ...live, clientSecret: '' }, 'credentials.clientSecret', /must not be empty/],
    [
      { ...live, clientId: 'x' },
      'credentials.clientId',
      /valid fields are packageSid, clientSecret/,
    ],
    [{ ...entra, tenantId: '../common' }, 'credentials.tenantId', /tenant id/],
    [{ ...entra, clientId: 'a b' }, 'credentials.clientId', /printable ASCII/],
    [
      { ...entra, packageSid: 'x' },
      'credentials.packageSid',
      /valid fields are tenantId, clientId, clientSecret/,
    ],
    [null, 'credentials', /credentials must be an object/],
  ])('refuses %o, naming %s', (credentials, field, message) => {
    const error = failure(credentials)
    expect(error).toMatchObject({ code: 'INVALID_OPTIONS', field })
    expect(error.message).toMatch(message)
    expect(JSON.stringify(error) + error.message).not.toContain(clientSecret)
  })
})
