import { WnsError } from '@homepot/wns-core'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { AccessTokenGrant } from './access-token-provider'
import { createCachedTokenProvider } from './create-cached-token-provider'

const HOUR = 3_600_000

/** A token source that issues `token-1`, `token-2`, … each valid for `lifetimeMs`. */
function issuer(lifetimeMs = HOUR) {
  let issued = 0
  let release: (() => void) | undefined
  let gate: Promise<void> | undefined
  const fetchToken = vi.fn(async (): Promise<AccessTokenGrant> => {
    if (gate) await gate
    issued++
    return { accessToken: `token-${issued}`, expiresAt: Date.now() + lifetimeMs }
  })
  return {
    fetchToken,
    hold() {
      gate = new Promise((resolve) => {
        release = resolve
      })
    },
    release() {
      gate = undefined
      release?.()
    },
  }
}

describe('createCachedTokenProvider', () => {
  beforeEach(() => {
    vi.useFakeTimers()
  })
  afterEach(() => {
    vi.useRealTimers()
  })

  it('reuses a token until the refresh margin before its expiry', async () => {
    const source = issuer(HOUR)
    const provider = createCachedTokenProvider({
      fetchToken: source.fetchToken,
      refreshMarginMs: 300_000,
    })
    expect(await provider.getToken()).toBe('token-1')
    vi.advanceTimersByTime(HOUR - 300_001)
    expect(await provider.getToken()).toBe('token-1')
    vi.advanceTimersByTime(1)
    expect(await provider.getToken()).toBe('token-2')
    expect(source.fetchToken).toHaveBeenCalledTimes(2)
  })

  it('caps the margin at half the lifetime of a short-lived token', async () => {
    const source = issuer(60_000)
    const provider = createCachedTokenProvider({
      fetchToken: source.fetchToken,
      refreshMarginMs: 300_000,
    })
    await provider.getToken()
    vi.advanceTimersByTime(29_999)
    expect(await provider.getToken()).toBe('token-1')
    vi.advanceTimersByTime(1)
    expect(await provider.getToken()).toBe('token-2')
  })

  it('makes one request however many callers wait for a token', async () => {
    const source = issuer()
    source.hold()
    const provider = createCachedTokenProvider({ fetchToken: source.fetchToken })
    const waiting = Array.from({ length: 1_000 }, () => provider.getToken())
    source.release()
    const tokens = await Promise.all(waiting)
    expect(new Set(tokens)).toEqual(new Set(['token-1']))
    expect(source.fetchToken).toHaveBeenCalledTimes(1)
  })

  it('refreshes once for a burst of invalidations of the same token', async () => {
    const source = issuer()
    const provider = createCachedTokenProvider({ fetchToken: source.fetchToken })
    const first = await provider.getToken()
    const retries = Array.from({ length: 50 }, async () => {
      provider.invalidate(first)
      return provider.getToken()
    })
    expect(new Set(await Promise.all(retries))).toEqual(new Set(['token-2']))
    provider.invalidate(first)
    expect(await provider.getToken()).toBe('token-2')
    expect(source.fetchToken).toHaveBeenCalledTimes(2)
  })

  it('shares a failed request among its waiters and tries again on the next call', async () => {
    const fetchToken = vi
      .fn<() => Promise<AccessTokenGrant>>()
      .mockRejectedValueOnce(new WnsError('AUTH_FAILED'))
      .mockResolvedValue({ accessToken: 'fresh', expiresAt: Date.now() + HOUR })
    const provider = createCachedTokenProvider({ fetchToken })
    const results = await Promise.allSettled([provider.getToken(), provider.getToken()])
    expect(results.map((result) => result.status)).toEqual(['rejected', 'rejected'])
    expect(await provider.getToken()).toBe('fresh')
    expect(fetchToken).toHaveBeenCalledTimes(2)
  })

  it('lets one caller give up without failing the others', async () => {
    const source = issuer()
    source.hold()
    const provider = createCachedTokenProvider({ fetchToken: source.fetchToken })
    const controller = new AbortController()
    const impatient = provider.getToken(controller.signal)
    const patient = provider.getToken()
    controller.abort()
    await expect(impatient).rejects.toMatchObject({ code: 'ABORTED' })
    source.release()
    await expect(patient).resolves.toBe('token-1')
  })

  it('rejects at once with ABORTED for an aborted signal', async () => {
    const source = issuer()
    const provider = createCachedTokenProvider({ fetchToken: source.fetchToken })
    await expect(provider.getToken(AbortSignal.abort())).rejects.toMatchObject({ code: 'ABORTED' })
    expect(source.fetchToken).not.toHaveBeenCalled()
  })
})
