// Health checks, testing without devices, the complete example and the security tips of
// HOMEPOT's WNS integration guide, in TypeScript, against the fake WNS over loopback TLS.
import { getNotificationProvider, PushPriority } from '@homepot/push'
import { setupWnsMockServer } from '@homepot/wns-mock-server/vitest'
import { afterEach, describe, expect, it, vi } from 'vitest'

const server = setupWnsMockServer()
const cleanups: Array<() => Promise<void>> = []
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup()
  vi.unstubAllEnvs()
})

const notification = {
  title: 'Configuration Update',
  body: 'New payment gateway settings are available',
  priority: PushPriority.HIGH,
}

describe('guide: checking provider health', () => {
  it('reports status, platform, initialization and platform info', async () => {
    const wnsProvider = getNotificationProvider('wns_windows', {
      package_sid: server.current.defaultApp.packageSid,
      client_secret: server.current.defaultApp.clientSecret,
      notification_type: 'toast',
      dispatcher: server.current.dispatcher,
    })
    expect(await wnsProvider.healthCheck()).toMatchObject({
      status: 'unhealthy',
      platform: 'wns_windows',
      initialized: false,
    })

    await wnsProvider.initialize()
    cleanups.push(() => wnsProvider.cleanup())
    const health = await wnsProvider.healthCheck()
    expect(health.status).toBe('healthy')
    expect(health.platform).toBe('wns_windows')
    expect(health.initialized).toBe(true)

    const info = await wnsProvider.getPlatformInfo()
    expect(info.platform).toBe('wns_windows')
    expect(info.serviceStatus).toBe('operational')
    expect(info.notificationType).toBe('toast')
    expect(info.tokenValid).toBe(true)
  })

  it('turns unhealthy when WNS stops accepting the credentials', async () => {
    const app = server.current.registerApp()
    const wnsProvider = getNotificationProvider('wns_windows', {
      package_sid: app.packageSid,
      client_secret: app.clientSecret,
      dispatcher: server.current.dispatcher,
    })
    await wnsProvider.initialize()
    cleanups.push(() => wnsProvider.cleanup())
    // WNS refuses the cached token and the token endpoint is down: no valid token can be had.
    server.current.expireTokens()
    server.current.injectFaults({ status: 503, endpoint: 'token' })
    await wnsProvider.sendNotification(server.current.createChannel({ app }), notification)
    const health = await wnsProvider.healthCheck()
    expect(health).toMatchObject({ status: 'unhealthy', initialized: true })
    expect(health.error).toBeDefined()
    expect((await wnsProvider.getPlatformInfo()).tokenValid).toBe(false)
  })
})

describe('guide: testing without real devices', () => {
  it('simulates a successful send to any channel name', async () => {
    const wnsProvider = getNotificationProvider('simulation', {})
    await wnsProvider.initialize()
    const result = await wnsProvider.sendNotification('test-channel', notification)
    expect(result.success).toBe(true)
    expect(wnsProvider.sent).toHaveLength(1)
    expect(server.current.stats().notificationRequests).toBe(0)
  })
})

describe('guide: complete example', () => {
  it('sends a configuration update to every terminal and reports the failures', async () => {
    vi.stubEnv('WNS_PACKAGE_SID', server.current.defaultApp.packageSid)
    vi.stubEnv('WNS_CLIENT_SECRET', server.current.defaultApp.clientSecret)
    const log: string[] = []

    // Step 1: initialize the WNS provider
    const wns = getNotificationProvider('wns_windows', {
      package_sid: process.env.WNS_PACKAGE_SID,
      client_secret: process.env.WNS_CLIENT_SECRET,
      notification_type: 'toast',
      dispatcher: server.current.dispatcher,
    })
    await wns.initialize()

    // Step 2: create the notification
    const update = {
      title: 'Configuration Update Available',
      body: 'Please restart your terminal to apply new settings',
      data: {
        version: '1.2.3',
        config_url: 'https://api.homepot.com/config/v1.2.3',
        action: 'update_required',
      },
      priority: PushPriority.HIGH,
      ttlSeconds: 3600,
      collapseKey: 'config-update',
    }

    // Step 3: the terminals' channel URIs (one has expired)
    const channelUris = [
      server.current.createChannel(),
      server.current.createChannel({ state: 'invalid' }),
      server.current.createChannel(),
    ]

    // Step 4: send to all terminals
    const devices = channelUris.map((uri) => [uri, update] as const)
    const results = await wns.sendBulkNotifications(devices)

    // Step 5: check the results
    const successful = results.filter((result) => result.success).length
    log.push(`Sent to ${successful}/${results.length} terminals`)
    results.forEach((result, i) => {
      if (!result.success) {
        log.push(`Terminal ${i + 1}: ${result.errorCode} - ${result.errorMessage}`)
        if (result.errorCode === 'CHANNEL_EXPIRED')
          log.push('  → Removing expired channel from database')
      }
    })

    // Step 6: cleanup
    await wns.cleanup()
    log.push('Update complete!')

    expect(log[0]).toBe('Sent to 2/3 terminals')
    expect(log[1]).toMatch(/^Terminal 2: CHANNEL_EXPIRED - /)
    expect(log.slice(2)).toEqual(['  → Removing expired channel from database', 'Update complete!'])
    expect(server.current.received(channelUris[0] as string)[0]?.headers['x-wns-tag']).toBe(
      'config-update',
    )
    await expect(wns.sendNotification(channelUris[0] as string, update)).rejects.toThrow(
      /cleaned up/,
    )
  })
})

describe('guide: security tips', () => {
  it('loads the credentials from WNS_PACKAGE_SID and WNS_CLIENT_SECRET when the config has none', async () => {
    vi.stubEnv('WNS_PACKAGE_SID', server.current.defaultApp.packageSid)
    vi.stubEnv('WNS_CLIENT_SECRET', server.current.defaultApp.clientSecret)
    const wnsProvider = getNotificationProvider('wns_windows', {
      dispatcher: server.current.dispatcher,
    })
    await wnsProvider.initialize()
    cleanups.push(() => wnsProvider.cleanup())
    const result = await wnsProvider.sendNotification(server.current.createChannel(), notification)
    expect(result.success).toBe(true)
  })

  it('names the missing variable when neither the config nor the environment has credentials', () => {
    vi.stubEnv('WNS_PACKAGE_SID', '')
    vi.stubEnv('WNS_CLIENT_SECRET', '')
    vi.stubEnv('WNS_TENANT_ID', '')
    vi.stubEnv('WNS_CLIENT_ID', '')
    expect(() => getNotificationProvider('wns_windows', {})).toThrow(
      'packageSid is required (or set WNS_PACKAGE_SID)',
    )
  })
})
