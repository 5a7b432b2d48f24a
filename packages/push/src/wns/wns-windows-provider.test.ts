import { inspect } from 'node:util'
import { createWnsMock } from '@homepot/wns-mock-server'
import { describe, expect, it } from 'vitest'
import { CONFIG_UPDATE, useWnsProviderHarness } from '../../test/support/wns-provider-harness'
import { WnsWindowsProvider } from './wns-windows-provider'

const notification = CONFIG_UPDATE
const { setup, track } = useWnsProviderHarness()

describe('WnsWindowsProvider.initialize', () => {
  it('gets an access token, so getPlatformInfo reports tokenValid', async () => {
    const { mock, provider } = setup()
    expect((await provider.getPlatformInfo()).tokenValid).toBe(false)
    await provider.initialize()
    expect(mock.stats().tokensIssued).toBe(1)
    expect(await provider.getPlatformInfo()).toMatchObject({
      platform: 'wns_windows',
      serviceStatus: 'operational',
      notificationType: 'toast',
      tokenValid: true,
      credentialFlow: 'partner_center',
      batchSize: 100,
      timeoutSeconds: 30,
      requestForStatus: true,
      maxPayloadBytes: 5000,
    })
  })

  it('fails with AUTH_FAILED for refused credentials and stays uninitialized', async () => {
    const { provider } = setup({ clientSecret: 'not-the-right-secret' })
    await expect(provider.initialize()).rejects.toMatchObject({ code: 'AUTH_FAILED' })
    expect(provider.initialized).toBe(false)
    const health = await provider.healthCheck()
    expect(health).toMatchObject({
      status: 'unhealthy',
      platform: 'wns_windows',
      initialized: false,
    })
  })

  it('authenticates Entra ID apps against the Entra token endpoint', async () => {
    const mock = createWnsMock()
    const app = mock.registerEntraApp()
    const provider = new WnsWindowsProvider(
      {
        tenantId: app.tenantId,
        clientId: app.clientId,
        clientSecret: app.clientSecret,
        dispatcher: mock.dispatcher,
      },
      {},
    )
    track(provider)
    await provider.initialize()
    const uri = mock.createChannel({ app })
    expect((await provider.sendNotification(uri, notification)).success).toBe(true)
    expect(await provider.getPlatformInfo()).toMatchObject({
      credentialFlow: 'entra',
      clientId: app.clientId,
    })
  })
})

describe('WnsWindowsProvider.sendNotification', () => {
  it('posts the toast with its X-WNS headers and returns the WNS message id', async () => {
    const { mock, provider } = setup()
    await provider.initialize()
    const uri = mock.createChannel()
    const result = await provider.sendNotification(uri, {
      ...notification,
      ttlSeconds: 3600,
      collapseKey: 'config-update',
    })
    const [received] = mock.received(uri)
    expect(result).toMatchObject({
      success: true,
      platform: 'wns_windows',
      notificationStatus: 'received',
    })
    expect(result.messageId).toBe(received?.msgId)
    expect(received?.headers).toMatchObject({
      'x-wns-type': 'wns/toast',
      'x-wns-priority': '1',
      'x-wns-ttl': '3600',
      'x-wns-tag': 'config-update',
    })
  })

  it.each([
    ['another host', 'https://wns.example.com/?token=abc'],
    ["HOMEPOT's substring check", 'https://evil.example/notify.windows.com/?token=abc'],
    ['a look-alike sub-domain', 'https://notify.windows.com.evil.example/?token=abc'],
    ['plain http', 'http://db5.notify.windows.com/?token=abc'],
  ])('refuses %s as INVALID_CHANNEL_URI before any request', async (_label, uri) => {
    const { mock, provider } = setup()
    await provider.initialize()
    expect(provider.validateDeviceToken(uri)).toBe(false)
    const result = await provider.sendNotification(uri, notification)
    expect(result).toMatchObject({
      success: false,
      errorCode: 'INVALID_CHANNEL_URI',
      channelAction: 'remove',
    })
    expect(result.errorMessage).toMatch(/^deviceToken is not a valid WNS channel URI: /)
    expect(mock.stats().notificationRequests).toBe(0)
  })

  it("applies HOMEPOT's legacy 100–200-character rule when channelUriOptions asks for it", async () => {
    const { mock, provider } = setup({ channelUriOptions: { legacyLengthRule: true } })
    await provider.initialize()
    const long = `https://db5.notify.windows.com/?token=${'A'.repeat(200)}`
    expect(provider.validateDeviceToken(long)).toBe(false)
    expect((await provider.sendNotification(long, notification)).errorMessage).toMatch(
      /at most 200 are allowed/,
    )
    expect(mock.stats().notificationRequests).toBe(0)
  })

  it('returns PAYLOAD_TOO_LARGE before any request', async () => {
    const { mock, provider } = setup()
    await provider.initialize()
    const result = await provider.sendNotification(mock.createChannel(), {
      title: 'Update',
      body: 'x'.repeat(6000),
    })
    expect(result).toMatchObject({ success: false, errorCode: 'PAYLOAD_TOO_LARGE' })
    expect(mock.stats().notificationRequests).toBe(0)
  })

  it('resends once with a fresh token when WNS answers 401', async () => {
    const { mock, provider } = setup()
    await provider.initialize()
    mock.expireTokens()
    const uri = mock.createChannel()
    const result = await provider.sendNotification(uri, notification)
    expect(result.success).toBe(true)
    expect(mock.stats().tokensIssued).toBe(2)
    expect(mock.stats().byStatus).toMatchObject({ 200: 1, 401: 1 })
  })

  it('asks for and reports the device connection status with requestForStatus', async () => {
    const { mock, provider } = setup({ requestForStatus: true })
    await provider.initialize()
    const uri = mock.createChannel()
    const result = await provider.sendNotification(uri, notification)
    expect(mock.received(uri)[0]?.headers['x-wns-requestforstatus']).toBe('true')
    expect(result.deviceConnectionStatus).toBe('connected')
  })

  it('reports a notification WNS dropped as a success with notificationStatus dropped', async () => {
    const { mock, provider } = setup({ notificationType: 'raw', cachePolicy: 'no-cache' })
    await provider.initialize()
    const uri = mock.createChannel({ state: 'offline' })
    const result = await provider.sendNotification(uri, notification)
    expect(result).toMatchObject({ success: true, notificationStatus: 'dropped' })
  })

  it.each([
    ['invalid', 'CHANNEL_EXPIRED', 'reregister', false],
    ['expired', 'CHANNEL_GONE', 'remove', false],
    ['revoked', 'CHANNEL_GONE', 'remove', false],
    ['throttled', 'THROTTLED', 'keep', true],
  ] as const)('maps a channel in state %s to %s', async (state, code, channelAction, retryable) => {
    const { mock, provider } = setup()
    await provider.initialize()
    const uri = mock.createChannel({ state })
    expect(await provider.sendNotification(uri, notification)).toMatchObject({
      success: false,
      errorCode: code,
      channelAction,
      retryable,
    })
  })

  it('maps a 503 to SERVICE_UNAVAILABLE and reports TIMEOUT when WNS is too slow', async () => {
    const { mock, provider } = setup({ timeoutSeconds: 0.05 })
    await provider.initialize()
    const uri = mock.createChannel()
    mock.injectFaults({ status: 503, next: 1 })
    expect((await provider.sendNotification(uri, notification)).errorCode).toBe(
      'SERVICE_UNAVAILABLE',
    )
    mock.injectFaults({ latencyMs: 1000, next: 1 })
    expect((await provider.sendNotification(uri, notification)).errorCode).toBe('TIMEOUT')
  })

  it('retries a 503 when the retry policy allows it', async () => {
    const { mock, provider } = setup({ retry: { maxAttempts: 3, baseDelayMs: 0 } })
    await provider.initialize()
    mock.injectFaults({ status: 503, next: 2 })
    expect((await provider.sendNotification(mock.createChannel(), notification)).success).toBe(true)
    expect(mock.stats().byStatus).toMatchObject({ 503: 2, 200: 1 })
  })
})

describe('WnsWindowsProvider lifecycle', () => {
  it('refuses to send after cleanup and reports closed', async () => {
    const { mock, provider } = setup()
    await provider.initialize()
    await provider.cleanup()
    await expect(
      provider.sendNotification(mock.createChannel(), notification),
    ).rejects.toMatchObject({
      code: 'INVALID_OPTIONS',
      field: 'provider',
    })
    expect(await provider.getPlatformInfo()).toMatchObject({
      serviceStatus: 'closed',
      tokenValid: false,
    })
  })

  it('never exposes the client secret in settings, platform info, health reports or inspection', async () => {
    const { mock, provider } = setup()
    await provider.initialize()
    expect(provider.settings.credentials).toMatchObject({ clientSecret: '[REDACTED]' })
    expect(JSON.stringify(provider.settings)).not.toContain(mock.defaultApp.clientSecret)
    expect(inspect(provider, { depth: 5 })).not.toContain(mock.defaultApp.clientSecret)
    const reports = JSON.stringify([await provider.getPlatformInfo(), await provider.healthCheck()])
    expect(reports).not.toContain(mock.defaultApp.clientSecret)
    // The package SID is shortened in reports.
    expect(reports).not.toContain(mock.defaultApp.packageSid)
  })
})
