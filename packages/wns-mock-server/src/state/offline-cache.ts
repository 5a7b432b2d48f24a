import type { WnsPendingNotification } from './received-notification'

/**
 * How long WNS keeps tile and badge notifications when `X-WNS-TTL` says nothing: three days
 * (protocol notes §7).
 */
export const DEFAULT_TILE_BADGE_TTL_SECONDS = 3 * 24 * 60 * 60

/**
 * Tiles WNS keeps for an offline device with queuing on (protocol notes §7).
 */
export const OFFLINE_TILE_QUEUE_LENGTH = 5

/** A pending notification plus what the caching rules need to know about it. @internal */
export interface CacheEntry {
  readonly notification: WnsPendingNotification
  readonly tag: string | undefined
}

/**
 * What WNS keeps while a device is offline (protocol notes §7): the latest badge, a queue of up
 * to five tiles (a tile replaces a queued one with the same tag), one toast (newer docs) and one
 * raw notification, the last only when its cache policy asked for it (the caller decides that).
 * @internal
 */
export class OfflineCache {
  #entries: CacheEntry[] = []

  add(entry: CacheEntry): void {
    const { type } = entry.notification
    let kept = this.#entries
    if (type === 'tile') {
      kept = kept.filter((e) => !(e.notification.type === 'tile' && tagsMatch(e.tag, entry.tag)))
      const tiles = kept.filter((e) => e.notification.type === 'tile')
      if (tiles.length >= OFFLINE_TILE_QUEUE_LENGTH) {
        const drop = new Set(tiles.slice(0, tiles.length - OFFLINE_TILE_QUEUE_LENGTH + 1))
        kept = kept.filter((e) => !drop.has(e))
      }
    } else {
      kept = kept.filter((e) => e.notification.type !== type)
    }
    kept.push(entry)
    this.#entries = kept
  }

  /** Removes everything, returning what is still deliverable at `now` and how many expired. */
  drain(now: number): { deliverable: WnsPendingNotification[]; expired: number } {
    const entries = this.#entries
    this.#entries = []
    const deliverable = entries
      .map((e) => e.notification)
      .filter((n) => n.expiresAt === undefined || n.expiresAt > now)
    return { deliverable, expired: entries.length - deliverable.length }
  }

  list(): readonly WnsPendingNotification[] {
    return this.#entries.map((e) => e.notification)
  }
}

/** Two tiles replace each other only when both carry the same tag. */
function tagsMatch(a: string | undefined, b: string | undefined): boolean {
  return a !== undefined && a === b
}
