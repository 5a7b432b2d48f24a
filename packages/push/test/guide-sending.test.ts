// The "send" examples of HOMEPOT's WNS integration guide, in TypeScript, against the fake WNS
// served over loopback TLS (the production HTTP path).
import { getNotificationProvider, type PushNotificationPayload, PushPriority } from '@homepot/push'
import { setupWnsMockServer } from '@homepot/wns-mock-server/vitest'
import { afterEach, describe, expect, it } from 'vitest'

const server = setupWnsMockServer()
const cleanups: Array<() => Promise<void>> = []
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup()
})

/** HOMEPOT's `wns_config` section, snake_case as in the guide, pointed at the fake. */
function wnsConfig(notificationType: 'toast' | 'tile' | 'badge' | 'raw') {
  return {
    package_sid: server.current.defaultApp.packageSid,
    client_secret: server.current.defaultApp.clientSecret,
    notification_type: notificationType,
    dispatcher: server.current.dispatcher,
  }
}

async function startProvider(notificationType: 'toast' | 'tile' | 'badge' | 'raw') {
  const provider = getNotificationProvider('wns_windows', wnsConfig(notificationType))
  await provider.initialize()
  cleanups.push(() => provider.cleanup())
  return provider
}

const text = (body: string | Uint8Array) =>
  typeof body === 'string' ? body : new TextDecoder().decode(body)

describe('guide example 1: send a toast notification', () => {
  it('delivers the title, body, data and priority to the device', async () => {
    const wnsProvider = getNotificationProvider('wns_windows', {
      package_sid: server.current.defaultApp.packageSid,
      client_secret: server.current.defaultApp.clientSecret,
      notification_type: 'toast',
      dispatcher: server.current.dispatcher,
    })
    await wnsProvider.initialize()
    cleanups.push(() => wnsProvider.cleanup())

    const notification: PushNotificationPayload = {
      title: 'Configuration Update',
      body: 'New payment gateway settings are available',
      data: { config_version: 'v1.2.3', update_url: 'https://example.com/config.json' },
      priority: PushPriority.HIGH,
    }
    const channelUri = server.current.createChannel()
    const result = await wnsProvider.sendNotification(channelUri, notification)

    expect(result.success).toBe(true)
    expect(result.errorMessage).toBeUndefined()
    const [delivered] = server.current.received(channelUri)
    expect(delivered?.type).toBe('toast')
    expect(delivered?.headers['x-wns-priority']).toBe('1')
    const xml = text(delivered?.body ?? '')
    expect(xml).toContain('<text>Configuration Update</text>')
    expect(xml).toContain('<text>New payment gateway settings are available</text>')
    expect(xml).toContain('&quot;config_version&quot;:&quot;v1.2.3&quot;')
    expect(result.messageId).toBe(delivered?.msgId)
  })
})

describe('guide example 2: send to multiple devices', () => {
  it('returns one result per device, in order, and every device receives the toast', async () => {
    const wnsProvider = await startProvider('toast')
    const notification = { title: 'Configuration Update', body: 'Settings v1.2.3 available' }
    const devices = [
      [server.current.createChannel(), notification],
      [server.current.createChannel(), notification],
      [server.current.createChannel(), notification],
    ] as const

    const results = await wnsProvider.sendBulkNotifications(devices)

    const lines = results.map((result, i) =>
      result.success ? `Device ${i + 1}: Sent` : `Device ${i + 1}: Failed - ${result.errorMessage}`,
    )
    expect(lines).toEqual(['Device 1: Sent', 'Device 2: Sent', 'Device 3: Sent'])
    expect(results.map((result) => result.deviceToken)).toEqual(devices.map(([uri]) => uri))
    for (const [uri] of devices) expect(server.current.received(uri)).toHaveLength(1)
  })
})

describe('guide example 3: update a live tile', () => {
  it('shows the title and body on the medium, wide and large tile', async () => {
    const wnsTile = await startProvider('tile')
    const tileNotification = {
      title: '5 / 5 Terminals',
      body: 'All systems operational',
      data: { status: 'healthy' },
    }
    const channelUri = server.current.createChannel()
    const result = await wnsTile.sendNotification(channelUri, tileNotification)

    expect(result.success).toBe(true)
    const [delivered] = server.current.received(channelUri)
    expect(delivered?.type).toBe('tile')
    const xml = text(delivered?.body ?? '')
    for (const template of ['TileMedium', 'TileWide', 'TileLarge']) {
      expect(xml).toContain(`template="${template}"`)
    }
    expect(xml.match(/5 \/ 5 Terminals/g)).toHaveLength(3)
  })
})

describe('guide: badge notifications', () => {
  it('shows data.badge_value on the app tile', async () => {
    const wnsProvider = await startProvider('badge')
    const payload = {
      title: 'Badge Update',
      body: 'Updates available',
      data: { badge_value: 3 },
    }
    const channelUri = server.current.createChannel()
    expect((await wnsProvider.sendNotification(channelUri, payload)).success).toBe(true)
    const [delivered] = server.current.received(channelUri)
    expect(delivered?.type).toBe('badge')
    expect(text(delivered?.body ?? '')).toBe('<badge value="3"/>')
  })
})

describe('guide: raw (background) notifications', () => {
  it('hands the app the payload as JSON bytes, silently', async () => {
    const wnsProvider = await startProvider('raw')
    const payload = {
      title: 'Silent Update',
      body: 'Background configuration update',
      data: { action: 'update_config', restart_required: true },
    }
    const channelUri = server.current.createChannel()
    expect((await wnsProvider.sendNotification(channelUri, payload)).success).toBe(true)
    const [delivered] = server.current.received(channelUri)
    expect(delivered?.type).toBe('raw')
    expect(delivered?.headers['content-type']).toBe('application/octet-stream')
    expect(JSON.parse(text(delivered?.body ?? ''))).toEqual(payload)
  })
})

describe('guide: understanding notification payloads', () => {
  it('sends priority, ttlSeconds and collapseKey as WNS headers', async () => {
    const wnsProvider = await startProvider('toast')
    const notification = {
      title: 'Alert Title',
      body: 'Detailed message here',
      data: { action: 'update_config', url: 'https://example.com/config' },
      priority: PushPriority.HIGH,
      ttlSeconds: 3600,
      collapseKey: 'config-update',
    }
    const channelUri = server.current.createChannel()
    expect((await wnsProvider.sendNotification(channelUri, notification)).success).toBe(true)
    expect(server.current.received(channelUri)[0]?.headers).toMatchObject({
      'x-wns-priority': '1',
      'x-wns-ttl': '3600',
      'x-wns-tag': 'config-update',
    })
  })
})

describe('guide: payload size limits', () => {
  it('sends the small payload, refuses the oversized one before any request, and sends the URL instead', async () => {
    const wnsProvider = await startProvider('toast')
    const channelUri = server.current.createChannel()

    const good = {
      title: 'Update Available',
      body: 'Version 1.2.3 is ready',
      data: { version: '1.2.3', url: 'https://example.com' },
    }
    expect((await wnsProvider.sendNotification(channelUri, good)).success).toBe(true)

    const requestsBefore = server.current.stats().notificationRequests
    const bad = { title: 'Update', body: 'x'.repeat(6000), data: { huge_file: '...'.repeat(2000) } }
    const refused = await wnsProvider.sendNotification(channelUri, bad)
    expect(refused).toMatchObject({ success: false, errorCode: 'PAYLOAD_TOO_LARGE' })
    expect(server.current.stats().notificationRequests).toBe(requestsBefore)

    const solution = {
      title: 'Config Update',
      body: 'Download new configuration',
      data: { download_url: 'https://example.com/config.json' },
    }
    expect((await wnsProvider.sendNotification(channelUri, solution)).success).toBe(true)
    expect(server.current.received(channelUri)).toHaveLength(2)
  })
})
