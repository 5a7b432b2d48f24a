import type { RequestHandler } from 'msw'
import type { Dispatcher } from 'undici'
import type { WnsMockDispatcher, WnsMockDispatcherOptions } from '../dispatcher/wns-mock-dispatcher'
import type {
  RegisterAppOptions,
  RegisterEntraAppOptions,
  WnsEntraApp,
  WnsLiveApp,
} from '../state/app-registry'
import type {
  CreateChannelOptions,
  SetChannelStateOptions,
  WnsChannelState,
} from '../state/channel-store'
import type { WnsFault, WnsFaultHandle } from '../state/fault-plan'
import type { WnsMockStats } from '../state/mock-stats'
import type {
  WnsDeliveredNotification,
  WnsPendingNotification,
} from '../state/received-notification'

/** Options of {@link createWnsMock}. */
export interface WnsMockOptions {
  /** The clock (epoch milliseconds) for token and channel expiry and timestamps. @default Date.now */
  readonly now?: () => number
  /** Random numbers in [0, 1) for fault rates and jitter. @default Math.random */
  readonly random?: () => number
  /** Credentials of the ready-made app. @default fixed, documented credentials */
  readonly defaultApp?: RegisterAppOptions
  /** Lifetime of new channels, in seconds (WNS channels live 30 days). @default 2592000 */
  readonly channelTtlSeconds?: number
  /**
   * Refuse `X-WNS-Group` and `X-WNS-SuppressPopup` with 400: the header reference documents them
   * for phone channels only. Off, they are accepted as WNS accepts them from old senders.
   * @default false
   */
  readonly strictPhoneHeaders?: boolean
}

/**
 * A strict, stateful fake of WNS and its token endpoints. The same state answers through
 * {@link WnsMock.handlers} (msw), {@link WnsMock.dispatcher} (undici, in process) and the
 * loopback HTTPS server of `startWnsMockServer`.
 */
export interface WnsMock {
  /** msw request handlers, for `setupServer(...mock.handlers)` (global `fetch`, `node:http`). */
  readonly handlers: readonly RequestHandler[]
  /**
   * An undici dispatcher for this mock. On a mock from `createWnsMock` it answers in process,
   * without sockets (a {@link WnsMockDispatcher}); on a `WnsMockServer` it is the `Agent` that
   * reaches the loopback server over TLS.
   */
  readonly dispatcher: Dispatcher
  /**
   * A new in-process dispatcher over this mock's state, e.g. one that sends other hosts to a
   * `fallback` dispatcher instead of failing them.
   * @throws {WnsError} `INVALID_OPTIONS` when `fallback` is not an undici dispatcher.
   */
  createDispatcher(options?: WnsMockDispatcherOptions): WnsMockDispatcher
  /** The ready-made app: its tokens may send to channels created without an `app`. */
  readonly defaultApp: WnsLiveApp
  /**
   * Registers a Partner Center (Store) app; missing credentials are generated.
   * @throws {WnsError} `INVALID_OPTIONS` for malformed options or a Package SID already known.
   */
  registerApp(options?: RegisterAppOptions): WnsLiveApp
  /**
   * Registers an Entra ID app (tenant, client id, secret); missing values are generated.
   * @throws {WnsError} `INVALID_OPTIONS` for malformed options or a client id already known.
   */
  registerEntraApp(options?: RegisterEntraAppOptions): WnsEntraApp
  /**
   * Issues a channel URI (`https://db5.notify.windows.com/?token=…`, 190–215 characters) bound
   * to an app.
   * @throws {WnsError} `INVALID_OPTIONS` for malformed options, an unknown app, or no `app` when
   * several apps are registered.
   */
  createChannel(options?: CreateChannelOptions): string
  /**
   * Changes how a channel answers. Going from `offline` to `active` delivers what the offline
   * cache still holds.
   * @throws {WnsError} `INVALID_OPTIONS` for a URI this mock did not issue or an unknown state.
   */
  setChannelState(uri: string, state: WnsChannelState, options?: SetChannelStateOptions): void
  /** The current state of a channel. @throws {WnsError} `INVALID_OPTIONS` for an unknown URI. */
  channelState(uri: string): WnsChannelState
  /**
   * Injects a fault; faults apply in the order they were injected.
   * @throws {WnsError} `INVALID_OPTIONS` for a malformed fault.
   */
  injectFaults(fault: WnsFault): WnsFaultHandle
  /** Removes one fault (by handle or id), or all of them. */
  clearFaults(fault?: WnsFaultHandle | number): void
  /**
   * Makes every token issued so far answer 401 with
   * `WWW-Authenticate: Bearer error="invalid_request",error_description="Token expired"`.
   */
  expireTokens(): void
  /**
   * What reached the device behind a channel, oldest first.
   * @throws {WnsError} `INVALID_OPTIONS` for a URI this mock did not issue.
   */
  received(uri: string): readonly WnsDeliveredNotification[]
  /**
   * What the offline cache of a channel holds, oldest first.
   * @throws {WnsError} `INVALID_OPTIONS` for a URI this mock did not issue.
   */
  pending(uri: string): readonly WnsPendingNotification[]
  /** Counters since creation or the last {@link WnsMock.reset}. */
  stats(): WnsMockStats
  /** Forgets apps (except the default one), tokens, channels, faults and counters. */
  reset(): void
}
