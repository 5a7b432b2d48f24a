import { describe, expect, it } from 'vitest'
import { isEntraCredentials } from './credentials'

describe('isEntraCredentials', () => {
  it('tells Entra credentials from Partner Center ones by their tenantId', () => {
    expect(isEntraCredentials({ tenantId: 't', clientId: 'c', clientSecret: 's' })).toBe(true)
    expect(isEntraCredentials({ packageSid: 'ms-app://s-1', clientSecret: 's' })).toBe(false)
  })
})
