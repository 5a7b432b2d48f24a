import { describe, expect, it } from 'vitest'
import { json, type SuiteContext } from './suite-context'

const FORM = { 'content-type': 'application/x-www-form-urlencoded' }

function form(fields: Record<string, string>): string {
  return new URLSearchParams(fields).toString()
}

/** login.live.com and Entra ID token endpoints: success and every refusal. */
export function tokenCases(ctx: SuiteContext): void {
  const liveFields = () => ({
    grant_type: 'client_credentials',
    client_id: ctx.mock.defaultApp.packageSid,
    client_secret: ctx.mock.defaultApp.clientSecret,
    scope: 'notify.windows.com',
  })
  const postLive = (fields: Record<string, string>, headers: Record<string, string> = FORM) =>
    ctx.send({ url: 'https://login.live.com/accesstoken.srf', headers, body: form(fields) })

  describe('login.live.com token endpoint', () => {
    it('issues an opaque bearer token with expires_in for the default app', async () => {
      const response = await postLive(liveFields())
      expect(response.status).toBe(200)
      expect(response.headers['content-type']).toMatch(/^application\/json/)
      const body = json(response) as Record<string, unknown>
      expect(body).toEqual({
        access_token: expect.any(String),
        token_type: 'bearer',
        expires_in: 86_400,
      })
      expect(String(body.access_token).length).toBeGreaterThan(20)
      expect(ctx.mock.stats()).toMatchObject({
        tokenRequests: 1,
        tokensIssued: 1,
        tokenByStatus: { 200: 1 },
      })
    })

    it('issues a different token on every request', async () => {
      expect(await ctx.token()).not.toBe(await ctx.token())
    })

    it('answers a wrong client secret with 400 invalid_client and X-WLID-Error', async () => {
      const response = await postLive({ ...liveFields(), client_secret: 'not-the-secret' })
      expect(response.status).toBe(400)
      expect(json(response)).toEqual({ error: 'invalid_client' })
      expect(response.headers['x-wlid-error']).toBeTruthy()
    })

    it('answers an unknown package SID with 400 invalid_client', async () => {
      const response = await postLive({ ...liveFields(), client_id: 'ms-app://s-1-15-2-1-2-3' })
      expect(response.status).toBe(400)
      expect(json(response)).toEqual({ error: 'invalid_client' })
    })

    it.each([
      ['grant_type', 'invalid_request'],
      ['scope', 'invalid_request'],
      ['client_id', 'invalid_client'],
      ['client_secret', 'invalid_client'],
    ])('answers a request without %s with 400 %s', async (field, error) => {
      const fields: Record<string, string> = liveFields()
      delete fields[field]
      const response = await postLive(fields)
      expect(response.status).toBe(400)
      expect(json(response)).toMatchObject({ error })
    })

    it('answers another grant type with 400 unsupported_grant_type', async () => {
      const response = await postLive({ ...liveFields(), grant_type: 'password' })
      expect(response.status).toBe(400)
      expect(json(response)).toMatchObject({ error: 'unsupported_grant_type' })
    })

    it('answers the Entra scope with 400 invalid_scope', async () => {
      const response = await postLive({
        ...liveFields(),
        scope: 'https://wns.windows.com/.default',
      })
      expect(response.status).toBe(400)
      expect(json(response)).toMatchObject({ error: 'invalid_scope' })
    })

    it('answers a JSON body with 400 invalid_request', async () => {
      const response = await ctx.send({
        url: 'https://login.live.com/accesstoken.srf',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(liveFields()),
      })
      expect(response.status).toBe(400)
      expect(json(response)).toMatchObject({ error: 'invalid_request' })
    })

    it('answers GET with 405', async () => {
      const response = await ctx.send({
        method: 'GET',
        url: 'https://login.live.com/accesstoken.srf',
      })
      expect(response.status).toBe(405)
    })

    it('issues tokens with the lifetime the app was registered with', async () => {
      const app = ctx.mock.registerApp({ tokenTtlSeconds: 120 })
      const response = await postLive({
        ...liveFields(),
        client_id: app.packageSid,
        client_secret: app.clientSecret,
      })
      expect(json(response)).toMatchObject({ expires_in: 120 })
    })
  })

  describe('Entra ID token endpoint', () => {
    const entraFields = (app: { clientId: string; clientSecret: string }) => ({
      grant_type: 'client_credentials',
      client_id: app.clientId,
      client_secret: app.clientSecret,
      scope: 'https://wns.windows.com/.default',
    })
    const postEntra = (tenantId: string, fields: Record<string, string>) =>
      ctx.send({
        url: `https://login.microsoftonline.com/${tenantId}/oauth2/v2.0/token`,
        headers: FORM,
        body: form(fields),
      })

    it('issues a Bearer token with expires_in and ext_expires_in', async () => {
      const app = ctx.mock.registerEntraApp()
      const response = await postEntra(app.tenantId, entraFields(app))
      expect(response.status).toBe(200)
      expect(json(response)).toEqual({
        token_type: 'Bearer',
        expires_in: 3599,
        ext_expires_in: 3599,
        access_token: expect.any(String),
      })
    })

    it('answers an unknown tenant with 400 invalid_request in Entra error shape', async () => {
      const app = ctx.mock.registerEntraApp()
      const response = await postEntra('00000000-0000-0000-0000-000000000000', entraFields(app))
      expect(response.status).toBe(400)
      expect(json(response)).toMatchObject({
        error: 'invalid_request',
        error_description: expect.stringMatching(/^AADSTS90002:/),
        error_codes: [90002],
        trace_id: expect.any(String),
        correlation_id: expect.any(String),
        timestamp: expect.any(String),
      })
    })

    it('answers a wrong secret with 401 invalid_client (AADSTS7000215)', async () => {
      const app = ctx.mock.registerEntraApp()
      const response = await postEntra(app.tenantId, { ...entraFields(app), client_secret: 'nope' })
      expect(response.status).toBe(401)
      expect(json(response)).toMatchObject({ error: 'invalid_client', error_codes: [7000215] })
    })

    it('answers a missing secret with 401 invalid_client (AADSTS7000218)', async () => {
      const app = ctx.mock.registerEntraApp()
      const { client_secret: _secret, ...fields } = entraFields(app)
      const response = await postEntra(app.tenantId, fields)
      expect(response.status).toBe(401)
      expect(json(response)).toMatchObject({ error: 'invalid_client', error_codes: [7000218] })
    })

    it('answers an unknown client id with 400 unauthorized_client', async () => {
      const app = ctx.mock.registerEntraApp()
      const response = await postEntra(app.tenantId, {
        ...entraFields(app),
        client_id: 'someone-else',
      })
      expect(response.status).toBe(400)
      expect(json(response)).toMatchObject({ error: 'unauthorized_client', error_codes: [700016] })
    })

    it('answers the live.com scope with 400 invalid_scope', async () => {
      const app = ctx.mock.registerEntraApp()
      const response = await postEntra(app.tenantId, {
        ...entraFields(app),
        scope: 'notify.windows.com',
      })
      expect(response.status).toBe(400)
      expect(json(response)).toMatchObject({ error: 'invalid_scope', error_codes: [70011] })
    })

    it('answers another grant type with 400 unsupported_grant_type', async () => {
      const app = ctx.mock.registerEntraApp()
      const response = await postEntra(app.tenantId, {
        ...entraFields(app),
        grant_type: 'password',
      })
      expect(response.status).toBe(400)
      expect(json(response)).toMatchObject({ error: 'unsupported_grant_type' })
    })

    it('never echoes the client secret in an error', async () => {
      const app = ctx.mock.registerEntraApp({ clientSecret: 'super-secret-value-123' })
      const response = await postEntra(app.tenantId, { ...entraFields(app), client_id: 'unknown' })
      expect(new TextDecoder().decode(response.body)).not.toContain('super-secret-value-123')
    })
  })
}
