import type { PushNotificationProvider } from '../provider/push-notification-provider'
import { SimulationProvider } from '../simulation/simulation-provider'
import type { SimulationProviderConfig } from '../simulation/simulation-provider-config'
import type { WnsProviderConfig } from '../wns/wns-provider-config'
import { WnsWindowsProvider } from '../wns/wns-windows-provider'
import {
  type GetPushProviderOptions,
  type PushProviderConfig,
  type PushProviderFactory,
  PushProviderRegistry,
  type RegisterProviderOptions,
} from './push-provider-registry'

/**
 * Configuration and provider types by registered name, so `getNotificationProvider('wns_windows',
 * …)` is typed. Add your own provider with declaration merging:
 *
 * @example
 * declare module '@homepot/push' {
 *   interface PushProviderTypes {
 *     fcm_linux: { config: FcmConfig; provider: FcmProvider }
 *   }
 * }
 */
export interface PushProviderTypes {
  /** The WNS provider. */
  wns_windows: { config: WnsProviderConfig; provider: WnsWindowsProvider }
  /** The provider that sends nothing. */
  simulation: { config: SimulationProviderConfig; provider: SimulationProvider }
}

/** The registry behind the package-level functions, with the two built-in providers. */
const defaultRegistry = new PushProviderRegistry()
defaultRegistry.register<WnsProviderConfig>(
  'wns_windows',
  (config) => new WnsWindowsProvider(config),
)
defaultRegistry.register<SimulationProviderConfig>(
  'simulation',
  (config) => new SimulationProvider(config),
)

/**
 * Makes a provider available to {@link getNotificationProvider} and {@link getPushProvider} under
 * `name`, without changing this package (FCM, APNs, Web Push, MQTT…).
 *
 * @throws {WnsError} `INVALID_OPTIONS` for a malformed name, or one already registered unless
 *   `{ replace: true }` is given.
 * @example
 * registerProvider('fcm_linux', (config) => new FcmProvider(config))
 */
export function registerProvider<Config extends PushProviderConfig>(
  name: string,
  factory: PushProviderFactory<Config>,
  options?: RegisterProviderOptions,
): void {
  defaultRegistry.register(name, factory, options)
}

/**
 * Removes a registered provider (the built-ins included); returns whether one was registered.
 * @example
 * unregisterProvider('fcm_linux')
 */
export function unregisterProvider(name: string): boolean {
  return defaultRegistry.unregister(name)
}

/**
 * Creates a new, uninitialized provider, as HOMEPOT's guide does: call `initialize()` on it.
 *
 * @throws {WnsError} `INVALID_OPTIONS` for an unknown name (the message lists the known ones) or
 *   an invalid configuration (the message names the key).
 * @example
 * const wns = getNotificationProvider('wns_windows', {
 *   package_sid: 'ms-app://s-1-15-2-…',
 *   client_secret: process.env.WNS_CLIENT_SECRET,
 *   notification_type: 'toast',
 * })
 * await wns.initialize()
 */
export function getNotificationProvider<Name extends keyof PushProviderTypes>(
  name: Name,
  config?: PushProviderTypes[Name]['config'],
): PushProviderTypes[Name]['provider']
/** A provider registered under a name {@link PushProviderTypes} does not list. */
export function getNotificationProvider(
  name: string,
  config?: PushProviderConfig,
): PushNotificationProvider
export function getNotificationProvider(
  name: string,
  config?: PushProviderConfig,
): PushNotificationProvider {
  return defaultRegistry.create(name, config)
}

/**
 * HOMEPOT's `get_push_provider`: an initialized provider, cached. Calls with the same name and
 * the same configuration contents (plain objects compared by value, a dispatcher or logger by
 * identity) share one provider; `forceNew` creates, initializes and caches a fresh one. A cached
 * provider that was cleaned up is replaced.
 *
 * @throws {WnsError} `INVALID_OPTIONS` as {@link getNotificationProvider}, or what `initialize()`
 *   throws (e.g. `AUTH_FAILED`); a failed initialization is not cached.
 * @example
 * const wns = await getPushProvider('wns_windows', config.push_notifications.wns_config)
 * await wns.sendNotification(channelUri, notification)
 */
export function getPushProvider<Name extends keyof PushProviderTypes>(
  platform: Name,
  config?: PushProviderTypes[Name]['config'],
  options?: GetPushProviderOptions,
): Promise<PushProviderTypes[Name]['provider']>
/** A provider registered under a name {@link PushProviderTypes} does not list. */
export function getPushProvider(
  platform: string,
  config?: PushProviderConfig,
  options?: GetPushProviderOptions,
): Promise<PushNotificationProvider>
export function getPushProvider(
  platform: string,
  config?: PushProviderConfig,
  options?: GetPushProviderOptions,
): Promise<PushNotificationProvider> {
  return defaultRegistry.get(platform, config, options)
}

/**
 * The registered provider names, sorted (HOMEPOT's `get_available_platforms`).
 * @example
 * getAvailablePlatforms() // ['simulation', 'wns_windows']
 */
export function getAvailablePlatforms(): string[] {
  return defaultRegistry.names()
}

/**
 * Whether a provider is registered under `name` (HOMEPOT's `is_platform_available`).
 * @example
 * if (!isPlatformAvailable('fcm_linux')) registerProvider('fcm_linux', createFcm)
 */
export function isPlatformAvailable(name: string): boolean {
  return defaultRegistry.has(name)
}

/**
 * Cleans up every provider {@link getPushProvider} created and empties the cache (HOMEPOT's
 * `cleanup_all_providers`); call it at shutdown.
 * @throws the first cleanup failure, after every provider was tried.
 * @example
 * process.on('SIGTERM', () => void cleanupAllProviders())
 */
export function cleanupAllProviders(): Promise<void> {
  return defaultRegistry.cleanupAll()
}
