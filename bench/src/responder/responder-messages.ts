/** Messages between the harness and the responder process (over the fork IPC channel). */

/** Sent by the responder once it listens. */
export interface ResponderReady {
  readonly type: 'ready'
  readonly port: number
  /** The certificate to trust (PEM). */
  readonly ca: string
}

/** Asked by the harness: the responder's CPU time and counters so far. */
export interface ResponderStatsRequest {
  readonly type: 'stats'
  readonly id: number
}

/** The answer to a {@link ResponderStatsRequest}. */
export interface ResponderStats {
  readonly type: 'stats'
  readonly id: number
  /** `process.cpuUsage()` of the responder since it started, in microseconds. */
  readonly cpuUs: number
  readonly notifications: number
  readonly tokens: number
  /** Body bytes received with notifications (token requests excluded). */
  readonly bodyBytes: number
}

/** Anything the responder sends. */
export type ResponderMessage = ResponderReady | ResponderStats
