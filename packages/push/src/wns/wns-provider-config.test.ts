import { WnsError } from '@homepot/wns-core'
import { createWnsMock } from '@homepot/wns-mock-server'
import { describe, expect, it } from 'vitest'
import { parseWnsProviderConfig, type WnsProviderConfig } from './wns-provider-config'

const SID =
  'ms-app://s-1-15-2-1111111111-2222222222-3333333333-4444444444-5555555555-6666666666-7777777777'
const SECRET = 'a-client-secret-value'
const NO_ENV = {}

function refusal(config: unknown, env: Record<string, string | undefined> = NO_ENV): WnsError {
  try {
    parseWnsProviderConfig(config as WnsProviderConfig, env)
  } catch (error) {
    if (WnsError.isInstance(error)) return error
    throw error
  }
  throw new Error('expected the config to be refused')
}

describe('parseWnsProviderConfig', () => {
  it('reads camelCase keys and fills in HOMEPOT defaults', () => {
    const settings = parseWnsProviderConfig({ packageSid: SID, clientSecret: SECRET }, NO_ENV)
    expect(settings).toEqual({
      credentials: { packageSid: SID, clientSecret: SECRET },
      notificationType: 'toast',
      batchSize: 100,
      timeoutSeconds: 30,
      requestForStatus: true,
    })
  })

  it("loads HOMEPOT's snake_case wns_config section unchanged", () => {
    const settings = parseWnsProviderConfig(
      {
        package_sid: SID,
        client_secret: SECRET,
        notification_type: 'tile',
        batch_size: 50,
        timeout_seconds: 10,
        cache_policy: 'no-cache',
        request_for_status: true,
        max_payload_bytes: 4000,
      },
      NO_ENV,
    )
    expect(settings).toMatchObject({
      credentials: { packageSid: SID, clientSecret: SECRET },
      notificationType: 'tile',
      batchSize: 50,
      timeoutSeconds: 10,
      cachePolicy: 'no-cache',
      requestForStatus: true,
      maxPayloadBytes: 4000,
    })
  })

  it('accepts Entra ID credentials', () => {
    const settings = parseWnsProviderConfig(
      { tenant_id: 'contoso', client_id: 'app-id', client_secret: SECRET },
      NO_ENV,
    )
    expect(settings.credentials).toEqual({
      tenantId: 'contoso',
      clientId: 'app-id',
      clientSecret: SECRET,
    })
  })

  it('falls back to WNS_PACKAGE_SID and WNS_CLIENT_SECRET, key by key', () => {
    const env = { WNS_PACKAGE_SID: SID, WNS_CLIENT_SECRET: SECRET }
    expect(parseWnsProviderConfig(undefined, env).credentials).toEqual({
      packageSid: SID,
      clientSecret: SECRET,
    })
    // HOMEPOT's example passes os.getenv(...) results: undefined values count as absent.
    expect(
      parseWnsProviderConfig({ package_sid: undefined, client_secret: undefined }, env).credentials,
    ).toEqual({ packageSid: SID, clientSecret: SECRET })
    expect(parseWnsProviderConfig({ clientSecret: 'from-config-secret' }, env).credentials).toEqual(
      { packageSid: SID, clientSecret: 'from-config-secret' },
    )
  })

  it('falls back to the Entra variables when no package SID is set anywhere', () => {
    const env = { WNS_TENANT_ID: 'contoso', WNS_CLIENT_ID: 'app-id', WNS_CLIENT_SECRET: SECRET }
    expect(parseWnsProviderConfig({}, env).credentials).toEqual({
      tenantId: 'contoso',
      clientId: 'app-id',
      clientSecret: SECRET,
    })
  })

  it('takes a dispatcher, a retry policy and a logger through unchanged', () => {
    const { dispatcher } = createWnsMock()
    const logger = { debug() {}, info() {}, warn() {}, error() {} }
    const settings = parseWnsProviderConfig(
      { packageSid: SID, clientSecret: SECRET, dispatcher, retry: { maxAttempts: 1 }, logger },
      NO_ENV,
    )
    expect(settings.dispatcher).toBe(dispatcher)
    expect(settings.logger).toBe(logger)
    expect(settings.retry).toEqual({ maxAttempts: 1 })
  })

  it.each([
    ['package_sid', 'package_sid is required (or set WNS_PACKAGE_SID)', { client_secret: SECRET }],
    ['clientSecret', 'clientSecret is required (or set WNS_CLIENT_SECRET)', { packageSid: SID }],
    [
      'packageSid',
      'packageSid must start with ms-app:// (the Package SID from Partner Center)',
      { packageSid: 'S-1-15-2-123', clientSecret: SECRET },
    ],
    ['package_sid', 'package_sid must not be empty', { package_sid: '  ', client_secret: SECRET }],
    ['client_secret', 'client_secret must be a string', { package_sid: SID, client_secret: 42 }],
    [
      'notification_type',
      'notification_type must be one of "toast", "tile", "badge", "raw"',
      { package_sid: SID, client_secret: SECRET, notification_type: 'popup' },
    ],
    [
      'batch_size',
      'batch_size must be at least 1',
      { package_sid: SID, client_secret: SECRET, batch_size: 0 },
    ],
    [
      'batchSize',
      'batchSize must be an integer',
      { packageSid: SID, clientSecret: SECRET, batchSize: 2.5 },
    ],
    [
      'timeout_seconds',
      'timeout_seconds must be greater than 0',
      { package_sid: SID, client_secret: SECRET, timeout_seconds: 0 },
    ],
    [
      'timeout_seconds',
      'timeout_seconds must be a number',
      { package_sid: SID, client_secret: SECRET, timeout_seconds: '30' },
    ],
    [
      'cachePolicy',
      'cachePolicy must be one of "cache", "no-cache"',
      { packageSid: SID, clientSecret: SECRET, cachePolicy: 'always' },
    ],
    [
      'requestForStatus',
      'requestForStatus must be a boolean',
      { packageSid: SID, clientSecret: SECRET, requestForStatus: 'yes' },
    ],
    [
      'dispatcher',
      'dispatcher must be an undici Dispatcher',
      { packageSid: SID, clientSecret: SECRET, dispatcher: {} },
    ],
    [
      'clientId',
      'clientId is required (or set WNS_CLIENT_ID)',
      { tenantId: 'contoso', clientSecret: SECRET },
    ],
    [
      'packageSid',
      'packageSid conflicts with tenantId; give the credentials of one flow only',
      { packageSid: SID, tenantId: 'contoso', clientId: 'x', clientSecret: SECRET },
    ],
  ])('refuses an invalid %s with "%s"', (field, message, config) => {
    const error = refusal(config)
    expect(error.code).toBe('INVALID_OPTIONS')
    expect(error.field).toBe(field)
    expect(error.message).toBe(message)
  })

  it('checks channelUriOptions once, when the config is parsed', () => {
    expect(
      parseWnsProviderConfig(
        { packageSid: SID, clientSecret: SECRET, channelUriOptions: { legacyLengthRule: true } },
        NO_ENV,
      ).channelUriOptions,
    ).toEqual({ legacyLengthRule: true })
    expect(
      refusal({ packageSid: SID, clientSecret: SECRET, channelUriOptions: { maxLength: -1 } }),
    ).toMatchObject({ code: 'INVALID_OPTIONS', field: 'channelUriOptions.maxLength' })
  })

  it('refuses unknown keys and lists the known ones in both spellings', () => {
    const error = refusal({ package_sid: SID, client_secret: SECRET, provider: 'wns_windows' })
    expect(error.field).toBe('provider')
    expect(error.message).toMatch(/^provider is not a known wns_windows option; known options: /)
    expect(error.message).toContain('packageSid (package_sid)')
    expect(error.message).toContain('timeoutSeconds (timeout_seconds)')
  })

  it('refuses the same option given in both spellings', () => {
    const error = refusal({ batchSize: 10, batch_size: 20, packageSid: SID, clientSecret: SECRET })
    expect(error).toMatchObject({
      field: 'batch_size',
      message: 'batch_size and batchSize are the same option; give only one of them',
    })
  })

  it('names the environment variable when a fallback value is invalid', () => {
    const error = refusal({}, { WNS_PACKAGE_SID: 'not-a-sid', WNS_CLIENT_SECRET: SECRET })
    expect(error.field).toBe('env.WNS_PACKAGE_SID')
    expect(error.message).toMatch(/^env\.WNS_PACKAGE_SID must start with ms-app:\/\//)
  })

  it('never quotes the client secret in a message', () => {
    const secret = 'super-secret-value-123'
    const error = refusal({ packageSid: 'bad', clientSecret: secret, batchSize: -1 })
    expect(error.message).not.toContain(secret)
    expect(JSON.stringify(error)).not.toContain(secret)
  })

  it('refuses a config that is not an object', () => {
    expect(refusal('wns_windows')).toMatchObject({
      field: 'config',
      message: 'the wns_windows config must be an object',
    })
  })
})
