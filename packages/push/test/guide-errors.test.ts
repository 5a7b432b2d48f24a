// The channel-URI and error-handling sections of HOMEPOT's WNS integration guide, in TypeScript,
// against the fake WNS served over loopback TLS.
import {
  getNotificationProvider,
  type PushNotificationResult,
  type WnsWindowsProvider,
} from '@homepot/push'
import { createWnsMock, startWnsMockServer, type WnsLiveApp } from '@homepot/wns-mock-server'
import { setupWnsMockServer } from '@homepot/wns-mock-server/vitest'
import { afterEach, describe, expect, it } from 'vitest'

const server = setupWnsMockServer()
const cleanups: Array<() => Promise<void>> = []
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup()
})

const notification = { title: 'Configuration Update', body: 'Settings v1.2.3 available' }

async function startProvider(
  app: WnsLiveApp = server.current.defaultApp,
): Promise<WnsWindowsProvider> {
  const wnsProvider = getNotificationProvider('wns_windows', {
    package_sid: app.packageSid,
    client_secret: app.clientSecret,
    dispatcher: server.current.dispatcher,
    // One attempt per send, so each WNS answer shows up as it is.
    retry: { maxAttempts: 1 },
  })
  await wnsProvider.initialize()
  cleanups.push(() => wnsProvider.cleanup())
  return wnsProvider
}

/** The guide's error-handling branch, as application code would write it. */
function describeFailure(result: PushNotificationResult): string {
  if (result.success) return 'sent'
  switch (result.errorCode) {
    case 'CHANNEL_EXPIRED':
      return 'Channel has expired (device needs to re-register)'
    case 'INVALID_CHANNEL_URI':
      return 'Channel URI format is wrong'
    case 'UNAUTHORIZED':
      return 'Authentication failed'
    case 'THROTTLED':
      return "You're sending too many notifications"
    case 'PAYLOAD_TOO_LARGE':
      return 'Notification is bigger than 5KB'
    default:
      return `Unknown error: ${result.errorMessage}`
  }
}

describe('guide: validating channel URIs', () => {
  it('accepts a channel URI WNS issued and refuses anything outside notify.windows.com', async () => {
    const wnsProvider = await startProvider()
    expect(wnsProvider.validateDeviceToken(server.current.createChannel())).toBe(true)
    expect(wnsProvider.validateDeviceToken('http://db5.notify.windows.com/?token=abc')).toBe(false)
    expect(
      wnsProvider.validateDeviceToken('https://notify.windows.com.example.org/?token=abc'),
    ).toBe(false)
    expect(wnsProvider.validateDeviceToken('not a uri')).toBe(false)
  })

  it('skips invalid channels when validating before sending', async () => {
    const wnsProvider = await startProvider()
    const sent: string[] = []
    for (const channelUri of [server.current.createChannel(), 'https://evil.example/?token=x']) {
      if (wnsProvider.validateDeviceToken(channelUri)) {
        const result = await wnsProvider.sendNotification(channelUri, notification)
        if (result.success) sent.push(channelUri)
      }
    }
    expect(sent).toHaveLength(1)
  })
})

describe('guide: error handling', () => {
  it('reaches the CHANNEL_EXPIRED branch for a channel WNS does not recognise (404)', async () => {
    const wnsProvider = await startProvider()
    const result = await wnsProvider.sendNotification(
      server.current.createChannel({ state: 'invalid' }),
      notification,
    )
    expect(describeFailure(result)).toBe('Channel has expired (device needs to re-register)')
  })

  it('reaches the INVALID_CHANNEL_URI branch without sending anything', async () => {
    const wnsProvider = await startProvider()
    const result = await wnsProvider.sendNotification('https://example.com/?token=x', notification)
    expect(describeFailure(result)).toBe('Channel URI format is wrong')
    expect(server.current.stats().notificationRequests).toBe(0)
  })

  it('reaches the UNAUTHORIZED branch when even a fresh token is refused', async () => {
    // A fake whose clock jumps an hour at every reading once started: every token (1-second
    // lifetime) has expired by the time WNS checks it, so the 401 resend fails too.
    let clock = Date.now()
    let step = 0
    const fake = await startWnsMockServer({
      mock: createWnsMock({ now: () => (clock += step) }),
    })
    cleanups.push(() => fake.close())
    const app = fake.registerApp({ tokenTtlSeconds: 1 })
    const channelUri = fake.createChannel({ app })
    const wnsProvider = getNotificationProvider('wns_windows', {
      package_sid: app.packageSid,
      client_secret: app.clientSecret,
      dispatcher: fake.dispatcher,
      retry: { maxAttempts: 1 },
    })
    await wnsProvider.initialize()
    cleanups.push(() => wnsProvider.cleanup())
    step = 3_600_000

    const result = await wnsProvider.sendNotification(channelUri, notification)
    expect(describeFailure(result)).toBe('Authentication failed')
    expect(fake.stats().byStatus[401]).toBe(2)
    expect(fake.stats().tokensIssued).toBe(2)
  })

  it('reaches the THROTTLED branch with the wait WNS asked for', async () => {
    const wnsProvider = await startProvider()
    const channelUri = server.current.createChannel()
    server.current.setChannelState(channelUri, 'throttled', { retryAfterSeconds: 120 })
    const result = await wnsProvider.sendNotification(channelUri, notification)
    expect(describeFailure(result)).toBe("You're sending too many notifications")
    expect(result).toMatchObject({ retryable: true, retryAfterSeconds: 120 })
  })

  it('reaches the PAYLOAD_TOO_LARGE branch before any request', async () => {
    const wnsProvider = await startProvider()
    const result = await wnsProvider.sendNotification(server.current.createChannel(), {
      title: 'Update',
      body: 'x'.repeat(6000),
    })
    expect(describeFailure(result)).toBe('Notification is bigger than 5KB')
  })

  it('gives every code of the common error table', async () => {
    const other = server.current.registerApp()
    const wnsProvider = await startProvider()
    const app = server.current.defaultApp
    const send = (channelUri: string) => wnsProvider.sendNotification(channelUri, notification)

    const gone = await send(server.current.createChannel({ app, state: 'expired' }))
    const forbidden = await send(server.current.createChannel({ app: other }))
    const unavailableUri = server.current.createChannel({ app })
    server.current.injectFaults({ status: 503, next: 1, channel: unavailableUri })
    const unavailable = await send(unavailableUri)

    expect(gone).toMatchObject({ errorCode: 'CHANNEL_GONE', channelAction: 'remove' })
    expect(forbidden).toMatchObject({ errorCode: 'FORBIDDEN', retryable: false })
    expect(unavailable).toMatchObject({ errorCode: 'SERVICE_UNAVAILABLE', retryable: true })
    expect(describeFailure(unavailable)).toMatch(/^Unknown error: /)
  })
})

describe('guide: handling expired channels', () => {
  it('asks the device to re-register on CHANNEL_EXPIRED and removes it on CHANNEL_GONE', async () => {
    const wnsProvider = await startProvider()
    const devices = new Map([
      ['terminal-1', server.current.createChannel({ state: 'invalid' })],
      ['terminal-2', server.current.createChannel({ state: 'expired' })],
      ['terminal-3', server.current.createChannel()],
    ])
    const needsReregistration: string[] = []
    for (const [device, channelUri] of devices) {
      const result = await wnsProvider.sendNotification(channelUri, notification)
      if (result.errorCode === 'CHANNEL_EXPIRED') needsReregistration.push(device)
      else if (result.errorCode === 'CHANNEL_GONE') devices.delete(device)
    }
    expect(needsReregistration).toEqual(['terminal-1'])
    expect([...devices.keys()]).toEqual(['terminal-1', 'terminal-3'])
  })
})
