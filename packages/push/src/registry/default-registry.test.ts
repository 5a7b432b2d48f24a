import { afterEach, describe, expect, it } from 'vitest'
import { SimulationProvider } from '../simulation/simulation-provider'
import { WnsWindowsProvider } from '../wns/wns-windows-provider'
import {
  cleanupAllProviders,
  getAvailablePlatforms,
  getNotificationProvider,
  getPushProvider,
  isPlatformAvailable,
  registerProvider,
  unregisterProvider,
} from './default-registry'

const SID =
  'ms-app://s-1-15-2-1111111111-2222222222-3333333333-4444444444-5555555555-6666666666-7777777777'

afterEach(async () => {
  unregisterProvider('fcm_linux')
  await cleanupAllProviders()
})

describe('the default registry', () => {
  it('has the wns_windows and simulation providers built in', () => {
    expect(getAvailablePlatforms()).toEqual(['simulation', 'wns_windows'])
    expect(isPlatformAvailable('wns_windows')).toBe(true)
    expect(isPlatformAvailable('apns')).toBe(false)
  })

  it('creates typed, uninitialized providers with getNotificationProvider', () => {
    const wns = getNotificationProvider('wns_windows', {
      package_sid: SID,
      client_secret: 'secret-1',
    })
    expect(wns).toBeInstanceOf(WnsWindowsProvider)
    expect(wns.settings.notificationType).toBe('toast')
    expect(wns.initialized).toBe(false)
    expect(getNotificationProvider('simulation', {})).toBeInstanceOf(SimulationProvider)
  })

  it('lets anyone add a provider without changing this package', async () => {
    registerProvider('fcm_linux', () => new SimulationProvider({ seed: 3 }))
    expect(getAvailablePlatforms()).toContain('fcm_linux')
    const provider = await getPushProvider('fcm_linux', { projectId: 'homepot' })
    expect(provider.initialized).toBe(true)
    expect(unregisterProvider('fcm_linux')).toBe(true)
    expect(() => getNotificationProvider('fcm_linux')).toThrow(
      'unknown push provider "fcm_linux"; known providers: simulation, wns_windows',
    )
  })

  it('caches getPushProvider results until cleanupAllProviders', async () => {
    const first = await getPushProvider('simulation', { seed: 5 })
    expect(await getPushProvider('simulation', { seed: 5 })).toBe(first)
    const fresh = await getPushProvider('simulation', { seed: 5 }, { forceNew: true })
    expect(fresh).not.toBe(first)
    expect(await getPushProvider('simulation', { seed: 5 })).toBe(fresh)
    await cleanupAllProviders()
    expect(first.initialized).toBe(false)
    expect(fresh.initialized).toBe(false)
  })
})
