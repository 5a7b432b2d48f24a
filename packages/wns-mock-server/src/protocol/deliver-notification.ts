import type { WnsNotificationType, WnsSendOptions } from '@homepot/wns-core'
import type { Channel } from '../state/channel-store'
import type { MockState } from '../state/mock-state'
import { DEFAULT_TILE_BADGE_TTL_SECONDS } from '../state/offline-cache'
import type {
  WnsPendingNotification,
  WnsReceivedNotification,
} from '../state/received-notification'

/** The cache policy WNS applies when `X-WNS-Cache-Policy` is absent (header reference). */
function defaultCachePolicy(type: WnsNotificationType): 'cache' | 'no-cache' {
  return type === 'raw' ? 'no-cache' : 'cache'
}

/**
 * Hands an accepted notification to its channel: straight into the inbox when the device is
 * online; for an offline device into the offline cache when its cache policy and TTL allow it
 * (`received`), otherwise nowhere (`dropped`).
 * @internal
 */
export function deliverNotification(
  state: MockState,
  channel: Channel,
  notification: WnsReceivedNotification,
  options: WnsSendOptions,
): 'received' | 'dropped' {
  const counters = state.stats.counters
  if (channel.state === 'active') {
    channel.inbox.push({ ...notification, deliveredAt: notification.receivedAt })
    counters.delivered += 1
    return 'received'
  }
  const policy = options.cachePolicy ?? defaultCachePolicy(notification.type)
  if (policy === 'no-cache' || options.ttlSeconds === 0) {
    counters.dropped += 1
    return 'dropped'
  }
  const ttlSeconds =
    options.ttlSeconds ??
    (notification.type === 'tile' || notification.type === 'badge'
      ? DEFAULT_TILE_BADGE_TTL_SECONDS
      : undefined)
  const pending: WnsPendingNotification =
    ttlSeconds === undefined
      ? notification
      : { ...notification, expiresAt: notification.receivedAt + ttlSeconds * 1000 }
  channel.cache.add({ notification: pending, tag: options.tag })
  counters.cached += 1
  return 'received'
}

/**
 * Delivers what an offline channel's cache still holds, when the channel comes back online.
 * @internal
 */
export function flushOfflineCache(state: MockState, channel: Channel): void {
  const now = state.now()
  const { deliverable, expired } = channel.cache.drain(now)
  for (const pending of deliverable) {
    const { expiresAt: _expiresAt, ...notification } = pending
    channel.inbox.push({ ...notification, deliveredAt: now })
  }
  state.stats.counters.delivered += deliverable.length
  state.stats.counters.expired += expired
}
