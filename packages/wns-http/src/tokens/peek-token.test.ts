import { describe, expect, it } from 'vitest'
import { createCachedTokenProvider } from './create-cached-token-provider'
import { peekToken } from './peek-token'

describe('peekToken', () => {
  it('reads what getToken() would resolve at once from the built-in cache', async () => {
    let now = 0
    const provider = createCachedTokenProvider({
      fetchToken: async () => ({ accessToken: 'token-1', expiresAt: now + 3_600_000 }),
      refreshMarginMs: 300_000,
      now: () => now,
    })
    expect(peekToken(provider)).toBeUndefined()
    await expect(provider.getToken()).resolves.toBe('token-1')
    expect(peekToken(provider)).toBe('token-1')
    now = 3_300_000
    expect(peekToken(provider)).toBeUndefined()
  })

  it('forgets a token WNS refused', async () => {
    const provider = createCachedTokenProvider({
      fetchToken: async () => ({ accessToken: 'token-1', expiresAt: Date.now() + 3_600_000 }),
    })
    await provider.getToken()
    provider.invalidate('token-1')
    expect(peekToken(provider)).toBeUndefined()
  })

  it('reads nothing from a provider it did not make', () => {
    const provider = { getToken: async () => 'mine', invalidate: () => {} }
    expect(peekToken(provider)).toBeUndefined()
  })
})
