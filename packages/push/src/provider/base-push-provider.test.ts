import { describe, expect, it } from 'vitest'
import type { PushNotificationPayload } from '../payload/push-notification-payload'
import { createSuccessResult } from '../result/create-push-result'
import type { PushNotificationResult } from '../result/push-notification-result'
import { BasePushProvider } from './base-push-provider'
import type { PushNotificationTarget, PushPlatformInfo } from './push-notification-provider'

/** A minimal provider that records what it is asked to deliver. */
class RecordingProvider extends BasePushProvider {
  readonly platform = 'recording'
  readonly delivered: Array<[string, PushNotificationPayload]> = []
  starts = 0
  cleanups = 0
  failStart = false
  failHealth = false

  validateDeviceToken(token: string): boolean {
    return token.length > 0
  }
  async getPlatformInfo(): Promise<PushPlatformInfo> {
    return { platform: this.platform, serviceStatus: this.serviceStatus }
  }
  protected async onInitialize(): Promise<void> {
    this.starts++
    await Promise.resolve()
    if (this.failStart) throw new Error('cannot start')
  }
  protected override async onCleanup(): Promise<void> {
    this.cleanups++
  }
  protected override async checkHealth(): Promise<void> {
    if (this.failHealth) throw new Error('service down: Bearer secret-token')
  }
  protected async deliver(
    deviceToken: string,
    payload: PushNotificationPayload,
  ): Promise<PushNotificationResult> {
    if (deviceToken === 'explode') throw new Error('socket hang up')
    this.delivered.push([deviceToken, payload])
    return createSuccessResult(deviceToken, this.platform, {
      messageId: `m-${this.delivered.length}`,
    })
  }
}

const payload = { title: 'Hello', body: 'World' }

describe('BasePushProvider lifecycle', () => {
  it('refuses to send before initialize() with a clear error', async () => {
    const provider = new RecordingProvider()
    await expect(provider.sendNotification('t', payload)).rejects.toMatchObject({
      code: 'INVALID_OPTIONS',
      field: 'provider',
      message:
        'the recording provider is not initialized; await initialize() before sendNotification()',
    })
    await expect(provider.sendBulkNotifications([['t', payload]])).rejects.toThrow(
      /before sendBulkNotifications\(\)/,
    )
  })

  it('refuses to send after cleanup() and says initialize() makes it usable again', async () => {
    const provider = new RecordingProvider()
    await provider.initialize()
    await provider.cleanup()
    expect(provider.initialized).toBe(false)
    expect(provider.cleanups).toBe(1)
    await expect(provider.sendNotification('t', payload)).rejects.toThrow(
      'the recording provider was cleaned up; call initialize() again before sendNotification()',
    )
    await provider.initialize()
    expect((await provider.sendNotification('t', payload)).success).toBe(true)
  })

  it('shares one initialization among concurrent callers and skips it once initialized', async () => {
    const provider = new RecordingProvider()
    await Promise.all([provider.initialize(), provider.initialize(), provider.initialize()])
    await provider.initialize()
    expect(provider.starts).toBe(1)
    expect(provider.initialized).toBe(true)
  })

  it('stays uninitialized when initialization fails, and can be retried', async () => {
    const provider = new RecordingProvider()
    provider.failStart = true
    await expect(provider.initialize()).rejects.toThrow('cannot start')
    expect(provider.initialized).toBe(false)
    provider.failStart = false
    await provider.initialize()
    expect(provider.initialized).toBe(true)
  })

  it('does not run onCleanup for a provider that never started, and cleanup twice is harmless', async () => {
    const provider = new RecordingProvider()
    await provider.cleanup()
    await provider.cleanup()
    expect(provider.cleanups).toBe(0)
  })
})

describe('BasePushProvider.sendNotification', () => {
  it('passes a validated copy of the payload to deliver()', async () => {
    const provider = new RecordingProvider()
    await provider.initialize()
    const result = await provider.sendNotification('t', { ...payload, ttlSeconds: undefined })
    expect(result).toMatchObject({ success: true, messageId: 'm-1' })
    expect(provider.delivered).toEqual([['t', { title: 'Hello', body: 'World' }]])
  })

  it('returns INVALID_PAYLOAD for an invalid payload without calling deliver()', async () => {
    const provider = new RecordingProvider()
    await provider.initialize()
    const result = await provider.sendNotification('t', { title: 'x' } as PushNotificationPayload)
    expect(result).toMatchObject({
      success: false,
      deviceToken: 't',
      errorCode: 'INVALID_PAYLOAD',
      errorMessage: 'payload.body is required',
    })
    expect(provider.delivered).toEqual([])
  })

  it('turns a non-string device token into a failed result', async () => {
    const provider = new RecordingProvider()
    await provider.initialize()
    const result = await provider.sendNotification(42 as unknown as string, payload)
    expect(result).toMatchObject({
      errorCode: 'INVALID_PAYLOAD',
      errorMessage: 'deviceToken must be a string',
    })
  })

  it('turns an exception thrown by deliver() into a failed result', async () => {
    const provider = new RecordingProvider()
    await provider.initialize()
    const result = await provider.sendNotification('explode', payload)
    expect(result).toMatchObject({ success: false, errorCode: 'UNEXPECTED_RESPONSE' })
  })
})

describe('BasePushProvider.sendBulkNotifications', () => {
  it('returns one result per entry, in order, with invalid entries failing on their own', async () => {
    const provider = new RecordingProvider()
    await provider.initialize()
    const results = await provider.sendBulkNotifications([
      ['a', payload],
      ['b', { title: 'no body' } as PushNotificationPayload],
      ['c'] as unknown as PushNotificationTarget,
      ['explode', payload],
      ['d', payload],
    ])
    expect(results.map((result) => [result.deviceToken, result.success, result.errorCode])).toEqual(
      [
        ['a', true, undefined],
        ['b', false, 'INVALID_PAYLOAD'],
        ['c', false, 'INVALID_PAYLOAD'],
        ['explode', false, 'UNEXPECTED_RESPONSE'],
        ['d', true, undefined],
      ],
    )
    expect(results[1]?.errorMessage).toBe('notifications[1][1].body is required')
    expect(results[2]?.errorMessage).toBe('notifications[2] must be a [deviceToken, payload] pair')
  })

  it('resolves to an empty list for an empty input and rejects a non-array', async () => {
    const provider = new RecordingProvider()
    await provider.initialize()
    expect(await provider.sendBulkNotifications([])).toEqual([])
    await expect(
      provider.sendBulkNotifications('nope' as unknown as PushNotificationTarget[]),
    ).rejects.toMatchObject({ code: 'INVALID_PAYLOAD', field: 'notifications' })
  })
})

describe('BasePushProvider.healthCheck', () => {
  it('reports unhealthy before initialize() and healthy with platform info after', async () => {
    const provider = new RecordingProvider()
    expect(await provider.healthCheck()).toMatchObject({
      status: 'unhealthy',
      platform: 'recording',
      initialized: false,
    })
    await provider.initialize()
    const health = await provider.healthCheck()
    expect(health).toMatchObject({
      status: 'healthy',
      platform: 'recording',
      initialized: true,
      platformInfo: { platform: 'recording', serviceStatus: 'operational' },
    })
    expect(health.timestamp).toBeInstanceOf(Date)
  })

  it('reports unhealthy with a redacted reason when the service check fails', async () => {
    const provider = new RecordingProvider()
    await provider.initialize()
    provider.failHealth = true
    expect(await provider.healthCheck()).toMatchObject({
      status: 'unhealthy',
      initialized: true,
      error: 'service down: Bearer [REDACTED]',
    })
  })
})
