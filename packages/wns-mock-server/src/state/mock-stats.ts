/** Counters of everything the fake answered since it was created or last reset. */
export interface WnsMockStats {
  /** Requests to the token endpoints (live.com and Entra ID), answered or not. */
  readonly tokenRequests: number
  /** Access tokens issued. */
  readonly tokensIssued: number
  /** Token-endpoint answers by HTTP status. */
  readonly tokenByStatus: Readonly<Record<number, number>>
  /** Requests to notification channels, answered or not. */
  readonly notificationRequests: number
  /**
   * Notification-endpoint answers by HTTP status. With {@link WnsMockStats.connectionResets}
   * it adds up to {@link WnsMockStats.notificationRequests}.
   */
  readonly byStatus: Readonly<Record<number, number>>
  /** Notifications that reached a device (straight away or from the offline cache). */
  readonly delivered: number
  /** Notifications accepted for an offline device and held in its cache. */
  readonly cached: number
  /** Notifications answered `X-WNS-Status: dropped` (offline with no-cache, or TTL 0). */
  readonly dropped: number
  /** Cached notifications that expired before their device came back online. */
  readonly expired: number
  /** Requests whose connection an injected `reset` fault closed without an answer. */
  readonly connectionResets: number
  /** Requests answered with headers and a cut-off body by an injected `truncate` fault. */
  readonly truncated: number
}

type MutableStats = { -readonly [K in keyof WnsMockStats]: WnsMockStats[K] } & {
  tokenByStatus: Record<number, number>
  byStatus: Record<number, number>
}

/** Mutable counters behind {@link WnsMockStats}. @internal */
export class StatsCounter {
  #stats: MutableStats = empty()

  get counters(): MutableStats {
    return this.#stats
  }

  countStatus(endpoint: 'notify' | 'token', status: number): void {
    const table = endpoint === 'notify' ? this.#stats.byStatus : this.#stats.tokenByStatus
    table[status] = (table[status] ?? 0) + 1
  }

  snapshot(): WnsMockStats {
    const s = this.#stats
    return Object.freeze({
      ...s,
      byStatus: Object.freeze({ ...s.byStatus }),
      tokenByStatus: Object.freeze({ ...s.tokenByStatus }),
    })
  }

  reset(): void {
    this.#stats = empty()
  }
}

function empty(): MutableStats {
  return {
    tokenRequests: 0,
    tokensIssued: 0,
    tokenByStatus: {},
    notificationRequests: 0,
    byStatus: {},
    delivered: 0,
    cached: 0,
    dropped: 0,
    expired: 0,
    connectionResets: 0,
    truncated: 0,
  }
}
