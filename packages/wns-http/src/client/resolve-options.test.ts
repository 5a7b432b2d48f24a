import { describe, expect, it } from 'vitest'
import { DEFAULT_RETRY_OPTIONS } from '../retry/retry-options'
import { resolveCallOptions, resolveClientOptions } from './resolve-options'

const credentials = { packageSid: 'ms-app://s-1-15-2-1', clientSecret: 'client-secret-1' }

describe('resolveClientOptions', () => {
  it('fills in every default', () => {
    const resolved = resolveClientOptions({ credentials }, {})
    expect(resolved).toMatchObject({
      credentials,
      timeoutMs: 15_000,
      concurrency: 32,
      tokenRefreshMarginMs: 300_000,
      retry: DEFAULT_RETRY_OPTIONS,
    })
  })

  it('merges a partial retry policy over the defaults', () => {
    const resolved = resolveClientOptions({ credentials, retry: { maxAttempts: 2 } }, {})
    expect(resolved.retry).toEqual({ ...DEFAULT_RETRY_OPTIONS, maxAttempts: 2 })
  })

  it('accepts Entra credentials', () => {
    const entra = { tenantId: 'tenant', clientId: 'client', clientSecret: 'client-secret-1' }
    expect(resolveClientOptions({ credentials: entra }, {}).credentials).toEqual(entra)
  })

  it('falls back to the environment', () => {
    const env = { WNS_PACKAGE_SID: 'ms-app://s-1-15-2-9', WNS_CLIENT_SECRET: 'from-env-secret' }
    expect(resolveClientOptions(undefined, env).credentials).toEqual({
      packageSid: 'ms-app://s-1-15-2-9',
      clientSecret: 'from-env-secret',
    })
  })

  it.each([
    [{ credentials, retry: { maxAttempts: 0 } }, 'retry.maxAttempts'],
    [{ credentials, retry: { deadlineMs: -1 } }, 'retry.deadlineMs'],
    [{ credentials, retry: { jitter: true } }, 'retry.jitter'],
    [{ credentials, timeoutMs: 0 }, 'timeoutMs'],
    [{ credentials, concurrency: 1.5 }, 'concurrency'],
    [{ credentials, dispatcher: {} }, 'dispatcher'],
    [{ credentials, logger: { info() {} } }, 'logger'],
    [{ credentials, colour: 'blue' }, 'colour'],
    [{ credentials: { packageSid: '', clientSecret: 'x' } }, 'credentials.packageSid'],
    [{ credentials: { tenantId: 't', clientSecret: 'x' } }, 'credentials.clientId'],
    [{ credentials: { packageSid: 'p', clientSecret: 'x', extra: 1 } }, 'credentials.extra'],
    [{}, 'credentials'],
    [{ credentials, tokenProvider: { getToken() {}, invalidate() {} } }, 'tokenProvider'],
  ])('refuses %o naming %s', (options, field) => {
    expect(() => resolveClientOptions(options as never, {})).toThrow(
      expect.objectContaining({
        code: 'INVALID_OPTIONS',
        field,
        message: expect.stringContaining(field),
      }),
    )
  })

  it('never quotes a secret in its error message', () => {
    const options = { credentials: { packageSid: 42, clientSecret: 'very-secret-value' } }
    expect(() => resolveClientOptions(options as never, {})).toThrow(
      expect.objectContaining({ message: expect.not.stringContaining('very-secret-value') }),
    )
  })
})

describe('resolveCallOptions', () => {
  const defaults = { signal: undefined, timeoutMs: 1_000, retry: DEFAULT_RETRY_OPTIONS }

  it('returns the defaults themselves when the call overrides nothing', () => {
    expect(resolveCallOptions(defaults, undefined)).toBe(defaults)
    expect(resolveCallOptions(defaults, {})).toBe(defaults)
  })

  it('merges the call over the defaults', () => {
    const signal = new AbortController().signal
    expect(resolveCallOptions(defaults, { signal, retry: { maxAttempts: 1 } })).toEqual({
      signal,
      timeoutMs: 1_000,
      retry: { ...DEFAULT_RETRY_OPTIONS, maxAttempts: 1 },
    })
  })

  it('names the invalid field', () => {
    expect(() => resolveCallOptions(defaults, { signal: 'soon' as never })).toThrow(
      expect.objectContaining({ code: 'INVALID_OPTIONS', field: 'options.signal' }),
    )
  })
})
