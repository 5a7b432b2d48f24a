import { describe, expect, it } from 'vitest'
import { SimulationProvider } from '../simulation/simulation-provider'
import type { SimulationProviderConfig } from '../simulation/simulation-provider-config'
import { PushProviderRegistry } from './push-provider-registry'

function registryWithSimulation(): {
  registry: PushProviderRegistry
  created: SimulationProvider[]
} {
  const registry = new PushProviderRegistry()
  const created: SimulationProvider[] = []
  registry.register<SimulationProviderConfig>('simulation', (config) => {
    const provider = new SimulationProvider(config)
    created.push(provider)
    return provider
  })
  return { registry, created }
}

describe('PushProviderRegistry.register', () => {
  it('makes a factory available by name and lists names sorted', () => {
    const { registry } = registryWithSimulation()
    registry.register('fcm_linux', () => new SimulationProvider())
    expect(registry.names()).toEqual(['fcm_linux', 'simulation'])
    expect(registry.has('fcm_linux')).toBe(true)
    expect(registry.has('apns')).toBe(false)
  })

  it('refuses a name already taken unless replace is set', () => {
    const { registry } = registryWithSimulation()
    expect(() => registry.register('simulation', () => new SimulationProvider())).toThrowError(
      expect.objectContaining({
        code: 'INVALID_OPTIONS',
        field: 'name',
        message:
          'a push provider named "simulation" is already registered; pass { replace: true } to replace it',
      }),
    )
    registry.register('simulation', () => new SimulationProvider({ seed: 9 }), { replace: true })
    expect((registry.create('simulation') as SimulationProvider).settings.seed).toBe(9)
  })

  it('refuses malformed names and factories', () => {
    const registry = new PushProviderRegistry()
    expect(() => registry.register('', () => new SimulationProvider())).toThrow(/name must be/)
    expect(() => registry.register('has space', () => new SimulationProvider())).toThrow(
      /name must be/,
    )
    expect(() => registry.register('ok', 'nope' as never)).toThrow('factory must be a function')
  })

  it('forgets a provider on unregister', () => {
    const { registry } = registryWithSimulation()
    expect(registry.unregister('simulation')).toBe(true)
    expect(registry.unregister('simulation')).toBe(false)
    expect(registry.names()).toEqual([])
  })
})

describe('PushProviderRegistry.create', () => {
  it('returns a new uninitialized provider on every call, passing the config through', () => {
    const { registry } = registryWithSimulation()
    const first = registry.create('simulation', { seed: 1 }) as SimulationProvider
    const second = registry.create('simulation', { seed: 1 })
    expect(first).not.toBe(second)
    expect(first.initialized).toBe(false)
    expect(first.settings.seed).toBe(1)
  })

  it('refuses an unknown name with a message that lists the known ones', () => {
    const { registry } = registryWithSimulation()
    registry.register('wns_windows', () => new SimulationProvider())
    expect(() => registry.create('fcm')).toThrowError(
      expect.objectContaining({
        code: 'INVALID_OPTIONS',
        field: 'name',
        message: 'unknown push provider "fcm"; known providers: simulation, wns_windows',
      }),
    )
  })
})

describe('PushProviderRegistry.get', () => {
  it('initializes once and returns the cached provider for the same name and config contents', async () => {
    const { registry, created } = registryWithSimulation()
    const first = await registry.get('simulation', { seed: 1, latencyMs: [1, 2] })
    const second = await registry.get('simulation', { latencyMs: [1, 2], seed: 1 })
    expect(second).toBe(first)
    expect(first.initialized).toBe(true)
    expect(created).toHaveLength(1)
  })

  it('keeps providers with different configs apart', async () => {
    const { registry } = registryWithSimulation()
    const one = await registry.get('simulation', { seed: 1 })
    const two = await registry.get('simulation', { seed: 2 })
    expect(one).not.toBe(two)
  })

  it('shares one initialization among concurrent calls', async () => {
    const { registry, created } = registryWithSimulation()
    const [a, b] = await Promise.all([registry.get('simulation'), registry.get('simulation')])
    expect(a).toBe(b)
    expect(created).toHaveLength(1)
  })

  it('creates, initializes and caches a fresh provider with forceNew', async () => {
    const { registry } = registryWithSimulation()
    const old = await registry.get('simulation')
    const fresh = await registry.get('simulation', undefined, { forceNew: true })
    expect(fresh).not.toBe(old)
    expect(old.initialized).toBe(true)
    expect(await registry.get('simulation')).toBe(fresh)
  })

  it('replaces a cached provider that was cleaned up', async () => {
    const { registry } = registryWithSimulation()
    const old = await registry.get('simulation')
    await old.cleanup()
    const next = await registry.get('simulation')
    expect(next).not.toBe(old)
    expect(next.initialized).toBe(true)
  })

  it('does not cache a provider whose initialization failed', async () => {
    const registry = new PushProviderRegistry()
    let attempts = 0
    registry.register('flaky', () => {
      const provider = new SimulationProvider()
      const initialize = provider.initialize.bind(provider)
      provider.initialize = async () => {
        attempts++
        if (attempts === 1) throw new Error('first start fails')
        await initialize()
      }
      return provider
    })
    await expect(registry.get('flaky')).rejects.toThrow('first start fails')
    expect((await registry.get('flaky')).initialized).toBe(true)
    expect(attempts).toBe(2)
  })

  it('rejects an invalid config with the factory error, naming the key', async () => {
    const { registry } = registryWithSimulation()
    await expect(registry.get('simulation', { failure_rate: 2 })).rejects.toMatchObject({
      code: 'INVALID_OPTIONS',
      field: 'failure_rate',
    })
  })
})

describe('PushProviderRegistry.cleanupAll', () => {
  it('cleans up every cached provider and empties the cache', async () => {
    const { registry } = registryWithSimulation()
    const one = await registry.get('simulation', { seed: 1 })
    const two = await registry.get('simulation', { seed: 2 })
    await registry.cleanupAll()
    expect(one.initialized).toBe(false)
    expect(two.initialized).toBe(false)
    expect(await registry.get('simulation', { seed: 1 })).not.toBe(one)
  })
})
