import type { AccessTokenProvider } from '@homepot/wns-http'
import { describe, expect, it } from 'vitest'
import { trackAccessToken } from './track-access-token'

function counter(): AccessTokenProvider & { invalidated: string[] } {
  let issued = 0
  const invalidated: string[] = []
  return {
    invalidated,
    getToken: async () => `token-${++issued}`,
    invalidate: (token) => void invalidated.push(token),
  }
}

describe('trackAccessToken', () => {
  it('reports a valid token once one was handed out', async () => {
    const tracked = trackAccessToken(counter())
    expect(tracked.hasValidToken).toBe(false)
    expect(await tracked.getToken()).toBe('token-1')
    expect(tracked.hasValidToken).toBe(true)
  })

  it('reports no valid token after WNS refused the current one, and passes the refusal on', async () => {
    const inner = counter()
    const tracked = trackAccessToken(inner)
    const token = await tracked.getToken()
    tracked.invalidate(token)
    expect(tracked.hasValidToken).toBe(false)
    expect(inner.invalidated).toEqual(['token-1'])
  })

  it('ignores a stale refusal of an older token', async () => {
    const tracked = trackAccessToken(counter())
    const old = await tracked.getToken()
    await tracked.getToken()
    tracked.invalidate(old)
    expect(tracked.hasValidToken).toBe(true)
  })
})
