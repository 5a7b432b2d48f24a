import { describe, expect, it } from 'vitest'
import { configCacheKey } from './config-cache-key'

describe('configCacheKey', () => {
  it('is equal for configurations with the same contents, whatever the key order', () => {
    expect(configCacheKey({ a: 1, b: { c: [1, 'x'] } })).toBe(
      configCacheKey({ b: { c: [1, 'x'] }, a: 1 }),
    )
    expect(configCacheKey({ a: 1, b: undefined })).toBe(configCacheKey({ a: 1 }))
    expect(configCacheKey(undefined)).toBe(configCacheKey(undefined))
  })

  it('differs when a value differs, including its type', () => {
    expect(configCacheKey({ a: 1 })).not.toBe(configCacheKey({ a: 2 }))
    expect(configCacheKey({ a: 1 })).not.toBe(configCacheKey({ a: '1' }))
    expect(configCacheKey({ a: 'x,y' })).not.toBe(configCacheKey({ a: 'x', y: undefined }))
    expect(configCacheKey(undefined)).not.toBe(configCacheKey({}))
  })

  it('compares class instances and functions by identity', () => {
    class Dispatcher {}
    const shared = new Dispatcher()
    expect(configCacheKey({ dispatcher: shared })).toBe(configCacheKey({ dispatcher: shared }))
    expect(configCacheKey({ dispatcher: shared })).not.toBe(
      configCacheKey({ dispatcher: new Dispatcher() }),
    )
  })

  it('never contains the configuration text, so a secret cannot leak through it', () => {
    const key = configCacheKey({ clientSecret: 'very-secret-value' })
    expect(key).not.toContain('secret')
    expect(key).toMatch(/^[\w-]{43}$/)
  })

  it('handles a cyclic configuration', () => {
    const config: Record<string, unknown> = { a: 1 }
    config.self = config
    expect(configCacheKey(config)).toBe(configCacheKey(config))
  })
})
