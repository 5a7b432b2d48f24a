import {
  type AccessTokenProvider,
  createCachedTokenProvider,
  createTokenProvider,
} from '@homepot/wns-http'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { BADGE, type HarnessFactory, TOAST, useHarness } from '../support/harness'

const HOUR_S = 3_600

/** Access tokens: both flows, caching, refresh ahead, single flight, 401 handling. */
export function authSuite(factory: HarnessFactory): void {
  describe('access tokens', () => {
    const fake = useHarness(factory)

    afterEach(() => {
      vi.useRealTimers()
      vi.unstubAllEnvs()
    })

    it('sends for a Partner Center app with a token from login.live.com', async () => {
      const channel = fake.mock.createChannel()
      const result = await fake.client().send(channel, TOAST)
      expect(result).toMatchObject({ ok: true, status: 200, notificationStatus: 'received' })
      expect(fake.mock.received(channel)).toMatchObject([
        { type: 'toast', appId: fake.mock.defaultApp.id },
      ])
      expect(fake.mock.stats().tokenRequests).toBe(1)
    })

    it('sends for an Entra app with a token from login.microsoftonline.com', async () => {
      const app = fake.mock.registerEntraApp()
      const channel = fake.mock.createChannel({ app })
      const { tenantId, clientId, clientSecret } = app
      const client = fake.client({ credentials: { tenantId, clientId, clientSecret } })
      await expect(client.send(channel, BADGE)).resolves.toMatchObject({ ok: true })
      expect(fake.mock.received(channel)).toMatchObject([{ type: 'badge', appId: app.id }])
    })

    it('takes credentials from WNS_PACKAGE_SID and WNS_CLIENT_SECRET when none are given', async () => {
      vi.stubEnv('WNS_PACKAGE_SID', fake.credentials.packageSid)
      vi.stubEnv('WNS_CLIENT_SECRET', fake.credentials.clientSecret)
      const channel = fake.mock.createChannel()
      const client = fake.client({ credentials: undefined as never })
      await expect(client.send(channel, BADGE)).resolves.toMatchObject({ ok: true })
    })

    it('reuses one token for many sends', async () => {
      const channel = fake.mock.createChannel()
      const client = fake.client()
      for (let i = 0; i < 20; i++) await client.send(channel, BADGE)
      expect(fake.mock.stats()).toMatchObject({ tokenRequests: 1, notificationRequests: 20 })
    })

    it('replaces a token the refresh margin before it expires, not earlier', async () => {
      vi.useFakeTimers({ toFake: ['Date'] })
      const app = fake.mock.registerApp({ tokenTtlSeconds: HOUR_S })
      const channel = fake.mock.createChannel({ app })
      const { packageSid, clientSecret } = app
      const client = fake.client({
        credentials: { packageSid, clientSecret },
        tokenRefreshMarginMs: 300_000,
      })
      await client.send(channel, BADGE)
      vi.setSystemTime(Date.now() + (HOUR_S - 301) * 1000)
      await client.send(channel, BADGE)
      expect(fake.mock.stats().tokenRequests).toBe(1)
      vi.setSystemTime(Date.now() + 2_000)
      await client.send(channel, BADGE)
      expect(fake.mock.stats()).toMatchObject({ tokenRequests: 2, byStatus: { 200: 3 } })
      expect(fake.mock.stats().byStatus[401]).toBeUndefined()
    })

    it('makes exactly one token request for 1,000 concurrent sends on an expired token', async () => {
      vi.useFakeTimers({ toFake: ['Date'] })
      const channel = fake.mock.createChannel()
      const client = fake.client()
      await client.send(channel, BADGE)
      vi.setSystemTime(Date.now() + 2 * 86_400_000)
      const sends = Array.from({ length: 1_000 }, () => client.send(channel, BADGE))
      const results = await Promise.all(sends)
      expect(results.every((result) => result.ok && result.attempts === 1)).toBe(true)
      expect(fake.mock.stats().tokenRequests).toBe(2)
    })

    it('re-authenticates once for 1,000 concurrent sends refused with 401', async () => {
      const channel = fake.mock.createChannel()
      const client = fake.client()
      await client.send(channel, BADGE)
      fake.mock.expireTokens()
      const results = await Promise.all(
        Array.from({ length: 1_000 }, () => client.send(channel, BADGE)),
      )
      expect(results.every((result) => result.ok)).toBe(true)
      expect(fake.mock.stats().tokenRequests).toBe(2)
      expect(fake.mock.received(channel)).toHaveLength(1_001)
    })

    it('answers a 401 with one new token and one resend', async () => {
      const channel = fake.mock.createChannel()
      const client = fake.client()
      await client.send(channel, BADGE)
      fake.mock.expireTokens()
      const result = await client.send(channel, BADGE)
      expect(result.attempts).toBe(2)
      expect(fake.mock.stats()).toMatchObject({
        tokenRequests: 2,
        notificationRequests: 3,
        byStatus: { 200: 2, 401: 1 },
      })
    })

    it('fails with UNAUTHORIZED when the fresh token is refused too', async () => {
      const channel = fake.mock.createChannel()
      const fetchToken = vi.fn(async () => ({
        accessToken: 'a-token-the-fake-never-issued',
        expiresAt: Date.now() + 3_600_000,
      }))
      const client = fake.client({ tokenProvider: createCachedTokenProvider({ fetchToken }) })
      const failure = client.send(channel, BADGE)
      await expect(failure).rejects.toMatchObject({
        code: 'UNAUTHORIZED',
        status: 401,
        diagnostics: { wwwAuthenticate: expect.stringContaining('Invalid token') },
      })
      expect(fetchToken).toHaveBeenCalledTimes(2)
      expect(fake.mock.stats()).toMatchObject({ notificationRequests: 2, byStatus: { 401: 2 } })
    })

    it('never logs the client secret or an access token', async () => {
      const lines: unknown[] = []
      const record = (fields: Record<string, unknown>, message: string) =>
        lines.push([fields, message])
      const logger = { debug: record, info: record, warn: record, error: record }
      const issued: string[] = []
      const inner = createTokenProvider(fake.credentials, { dispatcher: fake.dispatcher, logger })
      const tokenProvider: AccessTokenProvider = {
        getToken: async (signal) => {
          const token = await inner.getToken(signal)
          issued.push(token)
          return token
        },
        invalidate: (token) => inner.invalidate(token),
      }
      const channel = fake.mock.createChannel()
      const client = fake.client({ tokenProvider, logger })
      await client.send(channel, BADGE)
      fake.mock.expireTokens()
      fake.mock.injectFaults({ status: 503, next: 1 })
      await client.send(channel, TOAST, { group: 'ops' })
      await fake
        .client({
          logger,
          credentials: { ...fake.credentials, clientSecret: 'wrong-secret-9876543210' },
        })
        .send(channel, BADGE)
        .catch(() => undefined)
      const text = JSON.stringify(lines)
      expect(lines.length).toBeGreaterThan(5)
      expect(new Set(issued).size).toBe(2)
      for (const secret of [...issued, fake.credentials.clientSecret, 'wrong-secret-9876543210']) {
        expect(text).not.toContain(secret)
      }
      expect(text).not.toMatch(/token=/)
    })

    it.each([
      ['live', false],
      ['entra', true],
    ])(
      'turns a refusal of the %s token endpoint into AUTH_FAILED without the secret',
      async (_flow, entra) => {
        const channel = fake.mock.createChannel()
        const wrongSecret = 'wrong-secret-0123456789'
        const credentials = entra
          ? { ...pickEntra(fake.mock.registerEntraApp()), clientSecret: wrongSecret }
          : { ...fake.credentials, clientSecret: wrongSecret }
        const error = await fake
          .client({ credentials })
          .send(channel, BADGE)
          .catch((e: unknown) => e)
        expect(error).toMatchObject({
          code: 'AUTH_FAILED',
          message: expect.stringContaining('invalid_client'),
        })
        expect(JSON.stringify(error) + String(error)).not.toContain(wrongSecret)
        expect(fake.mock.stats().notificationRequests).toBe(0)
      },
    )
  })
}

function pickEntra(app: { tenantId: string; clientId: string; clientSecret: string }) {
  return { tenantId: app.tenantId, clientId: app.clientId, clientSecret: app.clientSecret }
}
