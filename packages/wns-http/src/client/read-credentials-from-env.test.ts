import { describe, expect, it } from 'vitest'
import { readCredentialsFromEnv } from './read-credentials-from-env'

describe('readCredentialsFromEnv', () => {
  it('reads Partner Center credentials', () => {
    const env = { WNS_PACKAGE_SID: 'ms-app://s-1-15-2-1', WNS_CLIENT_SECRET: 'secret-value' }
    expect(readCredentialsFromEnv(env)).toEqual({
      packageSid: 'ms-app://s-1-15-2-1',
      clientSecret: 'secret-value',
    })
  })

  it('reads Entra credentials', () => {
    const env = { WNS_TENANT_ID: 't', WNS_CLIENT_ID: 'c', WNS_CLIENT_SECRET: 'secret-value' }
    expect(readCredentialsFromEnv(env)).toEqual({
      tenantId: 't',
      clientId: 'c',
      clientSecret: 'secret-value',
    })
  })

  it('returns undefined when nothing is set, empty values included', () => {
    expect(readCredentialsFromEnv({})).toBeUndefined()
    expect(readCredentialsFromEnv({ WNS_PACKAGE_SID: ' ', WNS_CLIENT_SECRET: 'x' })).toBeUndefined()
  })

  it.each([
    [{ WNS_PACKAGE_SID: 'sid' }, 'WNS_CLIENT_SECRET'],
    [{ WNS_CLIENT_ID: 'c', WNS_CLIENT_SECRET: 's' }, 'WNS_TENANT_ID'],
    [{ WNS_TENANT_ID: 't', WNS_CLIENT_SECRET: 's' }, 'WNS_CLIENT_ID'],
    [{ WNS_PACKAGE_SID: 'sid', WNS_TENANT_ID: 't', WNS_CLIENT_SECRET: 's' }, 'WNS_PACKAGE_SID'],
  ])('names the variable that is missing or conflicting (%o)', (env, variable) => {
    expect(() => readCredentialsFromEnv(env)).toThrow(
      expect.objectContaining({ code: 'INVALID_OPTIONS', field: `env.${variable}` }),
    )
  })

  it('never puts the secret in its error message', () => {
    const env = { WNS_TENANT_ID: 't', WNS_CLIENT_SECRET: 'super-secret-value' }
    expect(() => readCredentialsFromEnv(env)).toThrow(
      expect.objectContaining({ message: expect.not.stringContaining('super-secret-value') }),
    )
  })
})
