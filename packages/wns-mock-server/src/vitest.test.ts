import { request } from 'undici'
import { describe, expect, it } from 'vitest'
import { setupWnsMock, setupWnsMockServer } from './vitest'

const form = (app: { packageSid: string; clientSecret: string; scope: string }) =>
  new URLSearchParams({
    grant_type: 'client_credentials',
    client_id: app.packageSid,
    client_secret: app.clientSecret,
    scope: app.scope,
  }).toString()

describe('setupWnsMock', () => {
  const mock = setupWnsMock({ msw: true })

  it('answers global fetch through msw once the file starts', async () => {
    const response = await fetch(mock.defaultApp.tokenUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: form(mock.defaultApp),
    })
    expect(response.status).toBe(200)
    expect(mock.stats().tokenRequests).toBe(1)
  })

  it('resets the mock after each test', () => {
    expect(mock.stats().tokenRequests).toBe(0)
  })
})

describe('setupWnsMockServer', () => {
  const server = setupWnsMockServer()

  it('starts a loopback server before the tests', async () => {
    const response = await request(server.current.defaultApp.tokenUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: form(server.current.defaultApp),
      dispatcher: server.current.dispatcher,
    })
    expect(response.statusCode).toBe(200)
    await response.body.dump()
  })

  it('resets its mock after each test', () => {
    expect(server.current.stats().tokenRequests).toBe(0)
  })
})
