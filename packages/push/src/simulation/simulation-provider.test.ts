import { createWnsMock } from '@homepot/wns-mock-server'
import { describe, expect, it, vi } from 'vitest'
import { PushPriority } from '../payload/push-priority'
import { SimulationProvider } from './simulation-provider'

const notification = {
  title: 'Configuration Update',
  body: 'New payment gateway settings are available',
  data: { config_version: 'v1.2.3' },
  priority: PushPriority.HIGH,
}

async function started(config: ConstructorParameters<typeof SimulationProvider>[0] = {}) {
  const provider = new SimulationProvider(config)
  await provider.initialize()
  return provider
}

describe('SimulationProvider', () => {
  it('succeeds with a WNS-like message id and a latency within the configured range', async () => {
    const provider = await started({ latencyMs: [10, 20] })
    const result = await provider.sendNotification('test-channel', notification)
    expect(result).toMatchObject({
      success: true,
      deviceToken: 'test-channel',
      platform: 'simulation',
      notificationStatus: 'received',
    })
    expect(result.messageId).toMatch(/^[0-9A-F]{16}$/)
    expect(result.latencyMs).toBeGreaterThanOrEqual(10)
    expect(result.latencyMs).toBeLessThanOrEqual(20)
  })

  it('logs what was "sent", with the WNS notification it would have posted', async () => {
    const provider = await started()
    await provider.sendNotification('device-1', notification)
    const [entry] = provider.sent
    expect(entry?.deviceToken).toBe('device-1')
    expect(entry?.payload).toEqual(notification)
    expect(entry?.notification?.type).toBe('toast')
    expect(entry?.notification?.body).toContain('<text>Configuration Update</text>')
    expect(entry?.sendOptions).toEqual({ priority: 1 })
    provider.clearSent()
    expect(provider.sent).toEqual([])
  })

  it('fails the same way wns_windows would for an oversized payload, without logging a notification', async () => {
    const provider = await started()
    const result = await provider.sendNotification('device-1', {
      title: 'x',
      body: 'x'.repeat(6000),
    })
    expect(result).toMatchObject({
      success: false,
      errorCode: 'PAYLOAD_TOO_LARGE',
      retryable: false,
    })
    expect(provider.sent[0]?.notification).toBeUndefined()
  })

  it('accepts any non-empty token, or only WNS channel URIs with strictTokens', async () => {
    const loose = await started()
    expect(loose.validateDeviceToken('test-channel')).toBe(true)
    expect(loose.validateDeviceToken('  ')).toBe(false)
    expect((await loose.sendNotification('', notification)).errorCode).toBe('INVALID_CHANNEL_URI')
    const strict = await started({ strictTokens: true })
    expect(strict.validateDeviceToken('test-channel')).toBe(false)
    expect(strict.validateDeviceToken(createWnsMock().createChannel())).toBe(true)
  })

  it('fails the devices listed in failures with their WNS code and channel action', async () => {
    const provider = await started({ failures: { gone: 'CHANNEL_GONE', old: 'CHANNEL_EXPIRED' } })
    const [gone, old, fine] = await provider.sendBulkNotifications([
      ['gone', notification],
      ['old', notification],
      ['fine', notification],
    ])
    expect(gone).toMatchObject({
      success: false,
      errorCode: 'CHANNEL_GONE',
      channelAction: 'remove',
    })
    expect(old).toMatchObject({ errorCode: 'CHANNEL_EXPIRED', channelAction: 'reregister' })
    expect(fine?.success).toBe(true)
  })

  it('injects random failures reproducibly: the same seed gives the same results', async () => {
    const run = async (seed: number) => {
      const provider = await started({ failureRate: 0.5, seed })
      const targets = Array.from({ length: 40 }, (_, i) => [`device-${i}`, notification] as const)
      const results = await provider.sendBulkNotifications(targets)
      return results.map((result) => [result.success, result.errorCode, result.messageId])
    }
    const first = await run(1234)
    expect(await run(1234)).toEqual(first)
    expect(await run(4321)).not.toEqual(first)
    const failures = first.filter(([success]) => !success)
    expect(failures.length).toBeGreaterThan(5)
    expect(failures.length).toBeLessThan(35)
    for (const [, code] of failures)
      expect([
        'CHANNEL_EXPIRED',
        'CHANNEL_GONE',
        'THROTTLED',
        'SERVICE_UNAVAILABLE',
        'INTERNAL_SERVER_ERROR',
        'TIMEOUT',
      ]).toContain(code)
  })

  it('draws random failures only from the configured codes', async () => {
    const provider = await started({ failureRate: 1, failureCodes: ['THROTTLED'], seed: 1 })
    const results = await provider.sendBulkNotifications([
      ['a', notification],
      ['b', notification],
    ])
    expect(results.map((result) => [result.errorCode, result.retryable])).toEqual([
      ['THROTTLED', true],
      ['THROTTLED', true],
    ])
  })

  it('builds the configured WNS type, as wns_windows would', async () => {
    const badge = await started({ notificationType: 'badge' })
    await badge.sendNotification('d', { title: 't', body: 'b', data: { badge_value: 3 } })
    expect(badge.sent[0]?.notification?.body).toBe('<badge value="3"/>')
    expect((await badge.sendNotification('d', { title: 't', body: 'b' })).errorCode).toBe(
      'INVALID_PAYLOAD',
    )
    const raw = await started({ notification_type: 'raw' })
    await raw.sendNotification('d', { title: 't', body: 'b' })
    expect(raw.sent[0]?.notification?.type).toBe('raw')
    expect(raw.sent[0]?.notification?.contentType).toBe('application/octet-stream')
  })

  it('waits the simulated latency when delay is set', async () => {
    vi.useFakeTimers()
    try {
      const provider = await started({ delay: true, latencyMs: [30, 30] })
      let settled = false
      const pending = provider.sendNotification('d', notification).then((result) => {
        settled = true
        return result
      })
      await vi.advanceTimersByTimeAsync(29)
      expect(settled).toBe(false)
      await vi.advanceTimersByTimeAsync(1)
      expect(settled).toBe(true)
      expect((await pending).latencyMs).toBe(30)
    } finally {
      vi.useRealTimers()
    }
  })

  it('reports its configuration and state in getPlatformInfo', async () => {
    const provider = new SimulationProvider({ seed: 3 })
    expect(await provider.getPlatformInfo()).toMatchObject({
      platform: 'simulation',
      serviceStatus: 'not_initialized',
      tokenValid: false,
    })
    await provider.initialize()
    await provider.sendNotification('d', notification)
    expect(await provider.getPlatformInfo()).toMatchObject({
      platform: 'simulation',
      serviceStatus: 'operational',
      notificationType: 'toast',
      tokenValid: true,
      failureRate: 0,
      seed: 3,
      sentCount: 1,
    })
  })
})
