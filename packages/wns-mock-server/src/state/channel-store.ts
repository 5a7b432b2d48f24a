import { z } from 'zod'
import { invalidOption, parseOptions } from '../mock/parse-options'
import { createChannelToken } from '../protocol/random-ids'
import type { WnsMockApp } from './app-registry'
import { OfflineCache } from './offline-cache'
import type { WnsDeliveredNotification } from './received-notification'

/**
 * How a channel answers.
 * - `active`: the device is online; notifications are delivered (200 `received`).
 * - `offline`: the device is offline; notifications are cached or dropped by the caching rules.
 * - `expired`: 410, the channel expired (channels live 30 days).
 * - `revoked`: 410 with `X-WNS-Status: revoked` (protocol notes §9).
 * - `invalid`: 404, WNS does not recognise the channel.
 * - `throttled`: 406 with `X-WNS-Status: channelthrottled` and `Retry-After`.
 */
export type WnsChannelState = 'active' | 'offline' | 'expired' | 'revoked' | 'invalid' | 'throttled'

/** Every {@link WnsChannelState}. */
export const WNS_CHANNEL_STATES: readonly WnsChannelState[] = [
  'active',
  'offline',
  'expired',
  'revoked',
  'invalid',
  'throttled',
]

/** Options of `createChannel`. */
export interface CreateChannelOptions {
  /**
   * The app (record or id) the channel belongs to; only its tokens may send to it.
   * @default the only registered app, or the default app when none is registered
   */
  readonly app?: WnsMockApp | string
  /** The channel's initial state. @default 'active' */
  readonly state?: WnsChannelState
  /** The regional sub-domain of `notify.windows.com`. @default 'db5' */
  readonly region?: string
  /**
   * Seconds until the channel expires and answers 410 (WNS channels live 30 days).
   * @default the mock's `channelTtlSeconds` (2,592,000)
   */
  readonly expiresInSeconds?: number
}

/** Options of `setChannelState`. */
export interface SetChannelStateOptions {
  /** `Retry-After` seconds a `throttled` channel answers with. @default 60 */
  readonly retryAfterSeconds?: number
}

/** `Retry-After` of a throttled channel when none is given (**unconfirmed** WNS value). */
export const DEFAULT_THROTTLE_RETRY_AFTER_SECONDS = 60

/** One channel the fake issued. @internal */
export interface Channel {
  readonly uri: string
  readonly key: string
  readonly appId: string
  state: WnsChannelState
  retryAfterSeconds: number
  expiresAt: number
  readonly inbox: WnsDeliveredNotification[]
  readonly cache: OfflineCache
}

const stateSchema = z.enum(WNS_CHANNEL_STATES as [WnsChannelState, ...WnsChannelState[]])

const createSchema = z.strictObject({
  app: z.union([z.string(), z.looseObject({ id: z.string() })]).optional(),
  state: stateSchema.optional(),
  region: z
    .string()
    .regex(/^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/, 'must be one lower-case DNS label')
    .optional(),
  expiresInSeconds: z.int().positive().optional(),
})

const setStateSchema = z.strictObject({
  retryAfterSeconds: z.int().nonnegative().optional(),
})

/**
 * The key a request is matched on: host, path and query exactly as sent. WNS treats the URI as a
 * black box, so a re-encoded token is a different (unknown) channel.
 * @internal
 */
export function channelKey(url: URL): string {
  return `${url.hostname}${url.pathname}${url.search}`
}

/** Channels by key, with their state, inbox and offline cache. @internal */
export class ChannelStore {
  readonly #channels = new Map<string, Channel>()

  create(
    input: CreateChannelOptions | undefined,
    resolveApp: (app: WnsMockApp | string | undefined) => WnsMockApp,
    now: number,
    defaultTtlSeconds: number,
  ): Channel {
    const options = parseOptions(createSchema, input ?? {}, 'createChannel.options')
    const app = resolveApp(input?.app)
    const uri = `https://${options.region ?? 'db5'}.notify.windows.com/?token=${createChannelToken()}`
    const channel: Channel = {
      uri,
      key: channelKey(new URL(uri)),
      appId: app.id,
      state: options.state ?? 'active',
      retryAfterSeconds: DEFAULT_THROTTLE_RETRY_AFTER_SECONDS,
      expiresAt: now + (options.expiresInSeconds ?? defaultTtlSeconds) * 1000,
      inbox: [],
      cache: new OfflineCache(),
    }
    this.#channels.set(channel.key, channel)
    return channel
  }

  find(key: string): Channel | undefined {
    return this.#channels.get(key)
  }

  /** The channel for a URI given to the control API; throws when the mock never issued it. */
  require(uri: unknown, field: string): Channel {
    if (typeof uri !== 'string') return invalidOption(field, 'must be a channel URI string')
    let url: URL
    try {
      url = new URL(uri)
    } catch {
      return invalidOption(field, 'is not a URL')
    }
    return (
      this.#channels.get(channelKey(url)) ?? invalidOption(field, 'is not a channel of this mock')
    )
  }

  parseState(
    state: unknown,
    options: unknown,
  ): [WnsChannelState, { retryAfterSeconds?: number | undefined }] {
    return [
      parseOptions(stateSchema, state, 'setChannelState.state'),
      parseOptions(setStateSchema, options ?? {}, 'setChannelState.options'),
    ]
  }

  all(): IterableIterator<Channel> {
    return this.#channels.values()
  }

  clear(): void {
    this.#channels.clear()
  }
}
