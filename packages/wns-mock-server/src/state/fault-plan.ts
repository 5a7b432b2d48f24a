import { z } from 'zod'
import { parseOptions } from '../mock/parse-options'
import type { MockConnectionFault } from '../protocol/mock-exchange'

/**
 * A fault to inject. Give an answer (`status`), a connection failure (`kind`) or only a delay
 * (`latencyMs`/`jitterMs`); say how often with `next` (the next N matching requests) or `rate`
 * (a probability per request), or neither for every matching request until cleared.
 */
export interface WnsFault {
  /**
   * Answer with this status instead of the real answer: 500 or 503 (WNS failing), 406
   * (throttled: `X-WNS-Status` and `Retry-After`) or 429 (quota or rate limit, `Retry-After`).
   */
  readonly status?: 500 | 503 | 406 | 429
  /**
   * Fail the connection: `reset` closes it without an answer (the notification is not
   * processed); `truncate` processes the request, sends the headers and part of the body, then
   * closes it. Over msw, `reset` is a network error and `truncate` a body stream that errors.
   */
  readonly kind?: MockConnectionFault
  /** Apply to the next N matching requests, then stop. */
  readonly next?: number
  /** Probability (0–1] that a matching request is hit. */
  readonly rate?: number
  /**
   * `Retry-After` seconds on the answer.
   * @default 60 for 406 and 429; none for 500 and 503
   */
  readonly retryAfterSeconds?: number
  /**
   * `X-WNS-Status` of a 406.
   * @default 'channelthrottled' for a fault scoped to a channel, else 'appthrottled'
   */
  readonly wnsStatus?: 'channelthrottled' | 'appthrottled'
  /** Delay before answering, in milliseconds. @default 0 */
  readonly latencyMs?: number
  /** Extra random delay, uniform in [0, jitterMs), in milliseconds. @default 0 */
  readonly jitterMs?: number
  /** Only requests to this channel URI. @default every channel */
  readonly channel?: string
  /** Which endpoints: notification channels, token endpoints or both. @default 'notify' */
  readonly endpoint?: 'notify' | 'token' | 'all'
}

/** A fault that was injected: how often it fired, and a way to remove it. */
export interface WnsFaultHandle {
  /** Id of the fault inside the mock. */
  readonly id: number
  /** How many requests it has hit so far. */
  readonly hits: number
  /** Requests it will still hit when it was injected with `next`; otherwise `undefined`. */
  readonly remaining: number | undefined
  /** Removes the fault. */
  clear(): void
}

/** What the fault plan decided for one request. @internal */
export interface FaultDecision {
  readonly delayMs: number
  readonly answer?: {
    readonly status?: number
    readonly kind?: MockConnectionFault
    readonly retryAfterSeconds?: number
    readonly wnsStatus: 'channelthrottled' | 'appthrottled'
  }
}

/** Default `Retry-After` of injected 406/429 answers (**unconfirmed** WNS value). */
export const DEFAULT_FAULT_RETRY_AFTER_SECONDS = 60

const faultSchema = z
  .strictObject({
    status: z.union([z.literal(500), z.literal(503), z.literal(406), z.literal(429)]).optional(),
    kind: z.enum(['reset', 'truncate']).optional(),
    next: z.int().positive().optional(),
    rate: z.number().gt(0).lte(1).optional(),
    retryAfterSeconds: z.int().nonnegative().optional(),
    wnsStatus: z.enum(['channelthrottled', 'appthrottled']).optional(),
    latencyMs: z.int().nonnegative().max(600_000).optional(),
    jitterMs: z.int().nonnegative().max(600_000).optional(),
    channel: z.url({ protocol: /^https$/ }).optional(),
    endpoint: z.enum(['notify', 'token', 'all']).optional(),
  })
  .superRefine((f, ctx) => {
    const issue = (path: string, message: string) =>
      ctx.addIssue({ code: 'custom', path: [path], message })
    if (f.status !== undefined && f.kind !== undefined)
      issue('kind', 'cannot be combined with status; inject two faults instead')
    if (f.status === undefined && f.kind === undefined && !f.latencyMs && !f.jitterMs)
      issue('status', 'is required unless kind, latencyMs or jitterMs is given')
    if (f.next !== undefined && f.rate !== undefined)
      issue('rate', 'cannot be combined with next; choose one')
    if (f.wnsStatus !== undefined && f.status !== 406)
      issue('wnsStatus', 'applies to status 406 only')
    if (f.retryAfterSeconds !== undefined && f.status === undefined)
      issue('retryAfterSeconds', 'applies to a status fault only')
    if (f.channel !== undefined && f.endpoint !== undefined && f.endpoint !== 'notify')
      issue('endpoint', "must be 'notify' for a fault scoped to a channel")
  })

interface ActiveFault {
  readonly id: number
  readonly fault: z.output<typeof faultSchema>
  readonly channelKey: string | undefined
  hits: number
  remaining: number | undefined
}

/** The injected faults, in the order they were added. @internal */
export class FaultPlan {
  #faults: ActiveFault[] = []
  #sequence = 0
  readonly #random: () => number

  constructor(random: () => number) {
    this.#random = random
  }

  add(input: WnsFault, keyOf: (uri: string) => string): WnsFaultHandle {
    const fault = parseOptions(faultSchema, input, 'injectFaults.fault')
    this.#sequence += 1
    const active: ActiveFault = {
      id: this.#sequence,
      fault,
      channelKey: fault.channel === undefined ? undefined : keyOf(fault.channel),
      hits: 0,
      remaining: fault.next,
    }
    this.#faults.push(active)
    return {
      id: active.id,
      get hits() {
        return active.hits
      },
      get remaining() {
        return active.remaining
      },
      clear: () => this.remove(active.id),
    }
  }

  remove(id?: number): void {
    this.#faults = id === undefined ? [] : this.#faults.filter((f) => f.id !== id)
  }

  /**
   * Decides what happens to one request: latency-only faults add their delay and let it
   * through; the first answering fault that fires decides the answer.
   */
  decide(endpoint: 'notify' | 'token', key: string | undefined): FaultDecision {
    let delayMs = 0
    for (const active of this.#faults) {
      const { fault } = active
      if ((fault.endpoint ?? 'notify') !== endpoint && fault.endpoint !== 'all') continue
      if (active.channelKey !== undefined && active.channelKey !== key) continue
      if (active.remaining === 0) continue
      if (fault.rate !== undefined && this.#random() >= fault.rate) continue
      if (active.remaining !== undefined) active.remaining -= 1
      active.hits += 1
      const jitter = fault.jitterMs ? Math.floor(this.#random() * fault.jitterMs) : 0
      delayMs += (fault.latencyMs ?? 0) + jitter
      if (fault.status !== undefined || fault.kind !== undefined) {
        const retryAfterSeconds =
          fault.retryAfterSeconds ??
          (fault.status === 406 || fault.status === 429
            ? DEFAULT_FAULT_RETRY_AFTER_SECONDS
            : undefined)
        return {
          delayMs,
          answer: {
            ...(fault.status === undefined ? {} : { status: fault.status }),
            ...(fault.kind === undefined ? {} : { kind: fault.kind }),
            ...(retryAfterSeconds === undefined ? {} : { retryAfterSeconds }),
            wnsStatus:
              fault.wnsStatus ??
              (active.channelKey === undefined ? 'appthrottled' : 'channelthrottled'),
          },
        }
      }
    }
    return { delayMs }
  }
}
