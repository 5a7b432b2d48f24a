import { z } from 'zod'
import { WnsMockDispatcher } from '../dispatcher/wns-mock-dispatcher'
import { createWnsMockHandlers } from '../msw/create-wns-mock-handlers'
import { flushOfflineCache } from '../protocol/deliver-notification'
import { createMsgIdSource } from '../protocol/random-ids'
import { respond } from '../protocol/respond'
import { AppRegistry, type WnsMockApp } from '../state/app-registry'
import { ChannelStore, channelKey } from '../state/channel-store'
import { FaultPlan } from '../state/fault-plan'
import type { MockState } from '../state/mock-state'
import { StatsCounter } from '../state/mock-stats'
import { TokenStore } from '../state/token-store'
import { attachCore, type MockCore } from './mock-core'
import { invalidOption, parseOptions } from './parse-options'
import type { WnsMock, WnsMockOptions } from './wns-mock'

/** WNS channels expire after 30 days (protocol notes §3). */
export const DEFAULT_CHANNEL_TTL_SECONDS = 30 * 24 * 60 * 60

const optionsSchema = z.strictObject({
  now: z.function().optional(),
  random: z.function().optional(),
  defaultApp: z.unknown().optional(),
  channelTtlSeconds: z.int().positive().optional(),
  strictPhoneHeaders: z.boolean().optional(),
})

/**
 * Creates a strict, stateful fake of WNS (login.live.com, Entra ID and `*.notify.windows.com`)
 * with a default app, ready for msw (`handlers`) or undici (`dispatcher`); pass it to
 * `startWnsMockServer` for real TLS.
 *
 * @throws {WnsError} `INVALID_OPTIONS` when an option is malformed.
 * @example
 * const mock = createWnsMock()
 * const channelUri = mock.createChannel()
 * // send with mock.defaultApp's credentials through mock.dispatcher, then:
 * expect(mock.received(channelUri)).toHaveLength(1)
 */
export function createWnsMock(options: WnsMockOptions = {}): WnsMock {
  parseOptions(optionsSchema, options, 'createWnsMock.options')
  const now = options.now ?? Date.now
  const channelTtlSeconds = options.channelTtlSeconds ?? DEFAULT_CHANNEL_TTL_SECONDS
  const state: MockState = {
    apps: new AppRegistry(options.defaultApp),
    tokens: new TokenStore(now),
    channels: new ChannelStore(),
    faults: new FaultPlan(options.random ?? Math.random),
    stats: new StatsCounter(),
    now,
    nextMsgId: createMsgIdSource(),
    strictPhoneHeaders: options.strictPhoneHeaders ?? false,
  }
  const core: MockCore = (request) => respond(state, request)

  const resolveApp = (app: WnsMockApp | string | undefined): WnsMockApp => {
    if (app !== undefined) {
      const id = typeof app === 'string' ? app : app.id
      const found = state.apps.get(id)
      if (found === undefined || (typeof app !== 'string' && found !== app))
        return invalidOption('createChannel.options.app', 'is not an app of this mock')
      return found
    }
    const registered = state.apps.registered()
    if (registered.length > 1) {
      return invalidOption(
        'createChannel.options.app',
        'is required when several apps are registered',
      )
    }
    return registered[0] ?? state.apps.defaultApp
  }

  const mock: WnsMock = {
    handlers: createWnsMockHandlers(core),
    dispatcher: new WnsMockDispatcher(core),
    createDispatcher: (dispatcherOptions) => {
      const fallback = dispatcherOptions?.fallback
      if (fallback !== undefined && typeof fallback?.dispatch !== 'function')
        return invalidOption('createDispatcher.options.fallback', 'must be an undici Dispatcher')
      return new WnsMockDispatcher(core, fallback === undefined ? {} : { fallback })
    },
    defaultApp: state.apps.defaultApp,
    registerApp: (appOptions) => state.apps.registerLive(appOptions),
    registerEntraApp: (appOptions) => state.apps.registerEntra(appOptions),
    createChannel: (channelOptions) =>
      state.channels.create(channelOptions, resolveApp, now(), channelTtlSeconds).uri,
    setChannelState(uri, channelState, stateOptions) {
      const channel = state.channels.require(uri, 'setChannelState.uri')
      const [next, parsed] = state.channels.parseState(channelState, stateOptions)
      const wasOffline = channel.state === 'offline'
      channel.state = next
      if (parsed.retryAfterSeconds !== undefined)
        channel.retryAfterSeconds = parsed.retryAfterSeconds
      if (wasOffline && next === 'active') flushOfflineCache(state, channel)
    },
    channelState: (uri) => state.channels.require(uri, 'channelState.uri').state,
    injectFaults: (fault) =>
      state.faults.add(fault, (uri) => {
        const channel = state.channels.require(uri, 'injectFaults.fault.channel')
        return channelKey(new URL(channel.uri))
      }),
    clearFaults: (fault) => state.faults.remove(typeof fault === 'object' ? fault.id : fault),
    expireTokens: () => state.tokens.expireAll(),
    received: (uri) => Object.freeze([...state.channels.require(uri, 'received.uri').inbox]),
    pending: (uri) => Object.freeze([...state.channels.require(uri, 'pending.uri').cache.list()]),
    stats: () => state.stats.snapshot(),
    reset() {
      state.apps.reset()
      state.tokens.clear()
      state.channels.clear()
      state.faults.remove()
      state.stats.reset()
    },
  }
  attachCore(mock, core)
  return Object.freeze(mock)
}
