import type { PushNotificationResult } from '@homepot/push'
import { describe, expect, it } from 'vitest'
import { summarise } from './summary'

const base = { deviceToken: 'x', platform: 'wns_windows', timestamp: new Date(0) }

describe('summarise', () => {
  it('puts every result in exactly one of sent, dropped and failed', () => {
    const results: PushNotificationResult[] = [
      { ...base, success: true, notificationStatus: 'received' },
      { ...base, success: true, notificationStatus: 'dropped' },
      { ...base, success: false, errorCode: 'CHANNEL_GONE', channelAction: 'remove' },
      { ...base, success: false, errorCode: 'CHANNEL_EXPIRED', channelAction: 'reregister' },
      { ...base, success: false, errorCode: 'CHANNEL_GONE', channelAction: 'remove' },
    ]
    expect(summarise('toast', results, 12)).toEqual({
      type: 'toast',
      attempted: 5,
      sent: 1,
      dropped: 1,
      failed: 3,
      failedByCode: { CHANNEL_GONE: 2, CHANNEL_EXPIRED: 1 },
      channelsRemoved: 2,
      channelsToReregister: 1,
      durationMs: 12,
    })
  })
})
