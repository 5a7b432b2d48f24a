/**
 * How urgent a notification is; mirrors HOMEPOT's `PushPriority` enum.
 *
 * Each provider maps it to its platform: `wns_windows` sends `X-WNS-PRIORITY` 1 for `CRITICAL`
 * and `HIGH`, 2 for `NORMAL` and 3 for `LOW`.
 *
 * @example
 * const payload = { title: 'Alert', body: 'Breach detected', priority: PushPriority.CRITICAL }
 */
export const PushPriority = {
  /** Emergencies only. */
  CRITICAL: 'critical',
  /** Important updates. */
  HIGH: 'high',
  /** Regular updates. */
  NORMAL: 'normal',
  /** Non-urgent information. */
  LOW: 'low',
} as const

/** One of the {@link PushPriority} values: `'critical' | 'high' | 'normal' | 'low'`. */
export type PushPriority = (typeof PushPriority)[keyof typeof PushPriority]

/** All priorities, most urgent first. */
export const PUSH_PRIORITIES: readonly PushPriority[] = Object.freeze(Object.values(PushPriority))
