import { WnsClient } from '@homepot/wns-http'
import { createWnsMock, type WnsMock } from '@homepot/wns-mock-server'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { PushPriority } from '../payload/push-priority'
import type { WnsProviderConfig } from './wns-provider-config'
import { WnsWindowsProvider } from './wns-windows-provider'

const notification = {
  title: 'Configuration Update',
  body: 'New payment gateway settings are available',
  data: { config_version: 'v1.2.3' },
  priority: PushPriority.HIGH,
}

const providers: WnsWindowsProvider[] = []
afterEach(async () => {
  await Promise.all(providers.splice(0).map((provider) => provider.cleanup()))
  vi.restoreAllMocks()
})

function setup(config: Partial<WnsProviderConfig> = {}): {
  mock: WnsMock
  provider: WnsWindowsProvider
} {
  const mock = createWnsMock()
  const provider = new WnsWindowsProvider(
    {
      packageSid: mock.defaultApp.packageSid,
      clientSecret: mock.defaultApp.clientSecret,
      dispatcher: mock.dispatcher,
      retry: { maxAttempts: 1 },
      ...config,
    },
    {},
  )
  providers.push(provider)
  return { mock, provider }
}

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
      requestForStatus: false,
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
    providers.push(provider)
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

describe('WnsWindowsProvider.sendBulkNotifications', () => {
  it('sends through sendMany in batches of batchSize and keeps one result per input, in order', async () => {
    const { mock, provider } = setup({ batchSize: 2 })
    await provider.initialize()
    const sendMany = vi.spyOn(WnsClient.prototype, 'sendMany')
    const active = [mock.createChannel(), mock.createChannel(), mock.createChannel()]
    const gone = mock.createChannel({ state: 'expired' })
    const results = await provider.sendBulkNotifications([
      [active[0] as string, notification],
      ['https://example.com/?token=x', notification],
      [gone, notification],
      [active[1] as string, { title: 'only a title' } as never],
      [active[2] as string, notification],
      [active[0] as string, { ...notification, body: 'second' }],
    ])
    expect(results.map((result) => result.errorCode ?? 'ok')).toEqual([
      'ok',
      'INVALID_CHANNEL_URI',
      'CHANNEL_GONE',
      'INVALID_PAYLOAD',
      'ok',
      'ok',
    ])
    expect(results.map((result) => result.deviceToken)).toEqual([
      active[0],
      'https://example.com/?token=x',
      gone,
      active[1],
      active[2],
      active[0],
    ])
    // Four entries reach WNS: batches of 2, 2.
    expect(sendMany.mock.calls.map(([items]) => (items as unknown[]).length)).toEqual([2, 2])
    expect(mock.received(active[0] as string)).toHaveLength(2)
  })

  it('resolves to an empty list for no notifications', async () => {
    const { provider } = setup()
    await provider.initialize()
    expect(await provider.sendBulkNotifications([])).toEqual([])
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

  it('never exposes the client secret in platform info or health reports', async () => {
    const { mock, provider } = setup()
    await provider.initialize()
    const text = JSON.stringify([await provider.getPlatformInfo(), await provider.healthCheck()])
    expect(text).not.toContain(mock.defaultApp.clientSecret)
    expect(text).not.toContain(mock.defaultApp.packageSid)
  })
})
