import { createWnsMock, type WnsMock } from '@homepot/wns-mock-server'
import { afterEach } from 'vitest'
import { PushPriority } from '../../src/payload/push-priority'
import type { WnsProviderConfig } from '../../src/wns/wns-provider-config'
import { WnsWindowsProvider } from '../../src/wns/wns-windows-provider'

/** The guide's configuration-update notification. */
export const CONFIG_UPDATE = {
  title: 'Configuration Update',
  body: 'New payment gateway settings are available',
  data: { config_version: 'v1.2.3' },
  priority: PushPriority.HIGH,
}

/** What {@link useWnsProviderHarness} gives a test file. */
export interface WnsProviderHarness {
  /** A fresh in-process fake WNS and a provider wired to it (retries off, no environment). */
  setup(config?: Partial<WnsProviderConfig>): { mock: WnsMock; provider: WnsWindowsProvider }
  /** Cleans up a provider the test built itself, after the test. */
  track(provider: WnsWindowsProvider): WnsWindowsProvider
}

/** Builds providers for a test file and cleans every one of them up after each test. */
export function useWnsProviderHarness(): WnsProviderHarness {
  const providers: WnsWindowsProvider[] = []
  afterEach(async () => {
    await Promise.all(providers.splice(0).map((provider) => provider.cleanup()))
  })
  const track = (provider: WnsWindowsProvider): WnsWindowsProvider => {
    providers.push(provider)
    return provider
  }
  const setup = (config: Partial<WnsProviderConfig> = {}) => {
    const mock = createWnsMock()
    const provider = new WnsWindowsProvider(
      {
        packageSid: mock.defaultApp.packageSid,
        clientSecret: mock.defaultApp.clientSecret,
        dispatcher: mock.dispatcher,
        retry: { maxAttempts: 1 },
        ...config,
      },
      {},
    )
    track(provider)
    return { mock, provider }
  }
  return { setup, track }
}
