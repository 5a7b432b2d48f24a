import { WnsError } from '@homepot/wns-core'
import type { PushNotificationProvider } from '../provider/push-notification-provider'
import { configCacheKey } from './config-cache-key'

/**
 * A provider configuration as HOMEPOT passes it: a plain object, in whatever shape the provider
 * accepts (snake_case keys included).
 */
export type PushProviderConfig = object

/**
 * Creates a provider from its configuration. Validate the configuration here and throw a
 * `WnsError` (`INVALID_OPTIONS`) naming the bad key; do not do I/O (that is `initialize()`'s job).
 */
export type PushProviderFactory<
  Config extends PushProviderConfig = PushProviderConfig,
  Provider extends PushNotificationProvider = PushNotificationProvider,
> = (config: Config | undefined) => Provider

/** Options of {@link PushProviderRegistry.register}. */
export interface RegisterProviderOptions {
  /**
   * Replace a provider already registered under the same name (the built-ins included).
   * @default false
   */
  readonly replace?: boolean
}

/** Options of {@link PushProviderRegistry.get}. */
export interface GetPushProviderOptions {
  /**
   * Create and initialize a new provider even when one is cached; the new one replaces it in the
   * cache. The old one is not cleaned up (whoever holds it may still use it) until `cleanupAll()`.
   * @default false
   */
  readonly forceNew?: boolean
}

const NAME_PATTERN = /^[A-Za-z0-9][\w.-]*$/

/**
 * Provider factories by name, plus a cache of initialized providers. The package's
 * `registerProvider()`, `getNotificationProvider()` and `getPushProvider()` use one shared
 * instance; create your own for isolation (tests, several tenants).
 *
 * Cache: `get()` keys providers by name and by configuration contents (plain objects compared by
 * value, other objects such as a dispatcher by identity), so the same settings give the same
 * provider and different settings never share one. A provider that was cleaned up is replaced.
 *
 * @example
 * const registry = new PushProviderRegistry()
 * registry.register('fcm_linux', (config) => new FcmProvider(config))
 * const fcm = await registry.get('fcm_linux', { projectId: 'homepot' })
 */
export class PushProviderRegistry {
  readonly #factories = new Map<string, PushProviderFactory>()
  readonly #cache = new Map<string, Promise<PushNotificationProvider>>()
  /** Every provider `get()` created, cached or replaced by `forceNew`, for `cleanupAll()`. */
  readonly #created = new Set<PushNotificationProvider>()

  /**
   * Makes `factory` available under `name`.
   * @throws {WnsError} `INVALID_OPTIONS` for a malformed name or a name already taken (unless
   *   `replace` is set).
   */
  register<Config extends PushProviderConfig>(
    name: string,
    factory: PushProviderFactory<Config>,
    options: RegisterProviderOptions = {},
  ): void {
    if (typeof name !== 'string' || !NAME_PATTERN.test(name)) {
      throw new WnsError('INVALID_OPTIONS', {
        message: 'name must be letters, digits, "_", "-" or "." (e.g. "fcm_linux")',
        field: 'name',
      })
    }
    if (typeof factory !== 'function') {
      throw new WnsError('INVALID_OPTIONS', {
        message: 'factory must be a function',
        field: 'factory',
      })
    }
    if (this.#factories.has(name) && options.replace !== true) {
      throw new WnsError('INVALID_OPTIONS', {
        message: `a push provider named "${name}" is already registered; pass { replace: true } to replace it`,
        field: 'name',
      })
    }
    this.#factories.set(name, factory as PushProviderFactory)
    this.#dropCached(name)
  }

  /** Removes a provider; returns whether one was registered. Cached instances are forgotten. */
  unregister(name: string): boolean {
    this.#dropCached(name)
    return this.#factories.delete(name)
  }

  /** Whether a provider is registered under `name` (HOMEPOT's `is_platform_available`). */
  has(name: string): boolean {
    return this.#factories.has(name)
  }

  /** The registered names, sorted (HOMEPOT's `get_available_platforms`). */
  names(): string[] {
    return [...this.#factories.keys()].sort()
  }

  /**
   * A new, uninitialized provider; call `initialize()` on it. Nothing is cached.
   * @throws {WnsError} `INVALID_OPTIONS` for an unknown name (the message lists the known ones)
   *   or an invalid configuration.
   */
  create(name: string, config?: PushProviderConfig): PushNotificationProvider {
    return this.#factoryFor(name)(config)
  }

  /**
   * An initialized provider from the cache, or a new one that is created, initialized and cached.
   * Concurrent calls with the same name and configuration share one initialization; a failed
   * initialization is not cached.
   * @throws {WnsError} `INVALID_OPTIONS` as for {@link create}, or whatever `initialize()` throws.
   */
  async get(
    name: string,
    config?: PushProviderConfig,
    options: GetPushProviderOptions = {},
  ): Promise<PushNotificationProvider> {
    const factory = this.#factoryFor(name)
    const key = `${name}\u0000${configCacheKey(config)}`
    const cached = this.#cache.get(key)
    if (cached !== undefined && options.forceNew !== true) {
      const provider = await cached
      if (provider.initialized) return provider
      // Cleaned up by its user since: replace it.
      if (this.#cache.get(key) === cached) this.#cache.delete(key)
      return this.get(name, config, options)
    }
    const pending = (async () => {
      const provider = factory(config)
      await provider.initialize()
      // Forget providers their users cleaned up, so a long-lived registry does not grow.
      for (const known of this.#created) if (!known.initialized) this.#created.delete(known)
      this.#created.add(provider)
      return provider
    })()
    this.#cache.set(key, pending)
    try {
      return await pending
    } catch (error) {
      if (this.#cache.get(key) === pending) this.#cache.delete(key)
      throw error
    }
  }

  /**
   * Cleans up every provider `get()` created (cached, or replaced by `forceNew`) and empties the
   * cache (HOMEPOT's `cleanup_all_providers`). A provider whose cleanup fails does not stop the
   * others; the first failure is rethrown.
   */
  async cleanupAll(): Promise<void> {
    const pending = [...this.#cache.values()]
    this.#cache.clear()
    await Promise.allSettled(pending)
    const providers = [...this.#created]
    this.#created.clear()
    const outcomes = await Promise.allSettled(providers.map((provider) => provider.cleanup()))
    const failure = outcomes.find((outcome) => outcome.status === 'rejected')
    if (failure) throw failure.reason
  }

  #factoryFor(name: string): PushProviderFactory {
    const factory = this.#factories.get(name)
    if (factory !== undefined) return factory
    const known = this.names()
    throw new WnsError('INVALID_OPTIONS', {
      message: `unknown push provider "${String(name)}"; known providers: ${known.length > 0 ? known.join(', ') : '(none)'}`,
      field: 'name',
    })
  }

  #dropCached(name: string): void {
    for (const key of this.#cache.keys()) {
      if (key.startsWith(`${name}\u0000`)) this.#cache.delete(key)
    }
  }
}
