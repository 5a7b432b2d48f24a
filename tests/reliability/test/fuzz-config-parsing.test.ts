// Issue 9, part 3d: configuration parsers given random objects either accept them or throw a
// WnsError with code INVALID_OPTIONS that names the offending key; never another exception.
import {
  getNotificationProvider,
  parseSimulationProviderConfig,
  parseWnsProviderConfig,
  type SimulationProviderConfig,
  type WnsProviderConfig,
} from '@homepot/push'
import {
  buildSendRequest,
  toast,
  validateChannelUri,
  WnsError,
  type WnsSendOptions,
} from '@homepot/wns-core'
import { WnsClient, type WnsClientOptions } from '@homepot/wns-http'
import { createMockServerAgent, createWnsMock, type WnsFault } from '@homepot/wns-mock-server'
import fc from 'fast-check'
import { afterAll, describe, expect, it } from 'vitest'
import { configOver } from './support/config-arbitraries'
import {
  CLIENT_BASE,
  CLIENT_KEYS,
  SIMULATION_KEYS,
  WNS_BASE,
  WNS_PROVIDER_KEYS,
} from './support/config-keys'
import { reportFigures } from './support/report-figures'

const RUNS = 300
let runs = 0
let properties = 0
afterAll(() => reportFigures('fuzz: config parsing', { properties, runs }))

const VALID_CHANNEL = 'https://db5.notify.windows.com/?token=AwYAAADFR58iDWZCoMjweQoqVvVnQ'
/** Asserts the call succeeds or throws INVALID_OPTIONS naming a field; returns its value. */
function expectTypedOutcome<T>(call: () => T): T | undefined {
  try {
    return call()
  } catch (error) {
    expect(WnsError.isInstance(error), String(error)).toBe(true)
    const wnsError = error as WnsError
    expect(wnsError.code).toBe('INVALID_OPTIONS')
    expect(wnsError.message.length).toBeGreaterThan(0)
    expect(typeof wnsError.field).toBe('string')
    return undefined
  }
}

function check(
  arbitrary: fc.Arbitrary<unknown>,
  predicate: (value: unknown) => void | Promise<void>,
) {
  properties += 1
  return fc.assert(
    fc.asyncProperty(arbitrary, async (value) => {
      runs += 1
      await predicate(value)
    }),
    { numRuns: RUNS },
  )
}

describe('@homepot/push configuration', () => {
  it('parseWnsProviderConfig() accepts a configuration or names the key it refuses', () =>
    check(configOver(WNS_PROVIDER_KEYS, WNS_BASE), (config) => {
      const settings = expectTypedOutcome(() =>
        parseWnsProviderConfig(config as WnsProviderConfig, {}),
      )
      if (settings) expect(settings.credentials.clientSecret.length).toBeGreaterThan(0)
    }))

  it('getNotificationProvider() creates a provider or throws INVALID_OPTIONS, for any name and configuration', () =>
    check(
      fc.tuple(
        fc.oneof(fc.constantFrom('wns_windows', 'simulation'), fc.string()),
        configOver(WNS_PROVIDER_KEYS, WNS_BASE),
      ),
      async (input) => {
        const [name, config] = input as [string, never]
        const provider = expectTypedOutcome(() =>
          getNotificationProvider(name as 'wns_windows', config),
        )
        // Created, never initialized: cleanup() has nothing to release but must not throw either.
        if (provider) await provider.cleanup()
      },
    ))

  it('parseSimulationProviderConfig() accepts a configuration or names the key it refuses', () =>
    check(configOver(SIMULATION_KEYS), (config) => {
      expectTypedOutcome(() => parseSimulationProviderConfig(config as SimulationProviderConfig))
    }))
})

describe('@homepot/wns-http and @homepot/wns-core options', () => {
  it('new WnsClient() accepts options or names the field it refuses', () =>
    check(configOver(CLIENT_KEYS, CLIENT_BASE), async (options) => {
      const client = expectTypedOutcome(() => new WnsClient(options as WnsClientOptions))
      await client?.close()
    }))

  it('the channel-URI validator and the request builder accept options or name the field', () =>
    check(
      fc.tuple(
        configOver(['maxLength', 'minLength', 'legacyLengthRule']),
        configOver([
          'ttlSeconds',
          'tag',
          'group',
          'priority',
          'cachePolicy',
          'requestForStatus',
          'suppressPopup',
          'correlationVector',
        ]),
      ),
      (input) => {
        const [channelOptions, sendOptions] = input as [never, WnsSendOptions]
        expectTypedOutcome(() => validateChannelUri(VALID_CHANNEL, channelOptions))
        try {
          buildSendRequest({
            channelUri: VALID_CHANNEL,
            notification: toast({ text: ['x'] }),
            accessToken: 'a',
            options: sendOptions,
          })
        } catch (error) {
          // Send options are checked as options, or as a notification rule they break.
          expect(WnsError.isInstance(error), String(error)).toBe(true)
          expect(['INVALID_OPTIONS', 'INVALID_PAYLOAD']).toContain((error as WnsError).code)
        }
      },
    ))
})

describe('@homepot/wns-mock-server options', () => {
  const mock = createWnsMock()
  mock.createChannel()

  it('createWnsMock(), injectFaults() and createMockServerAgent() accept options or name the field', () =>
    check(
      fc.tuple(
        configOver(['now', 'random', 'defaultApp', 'channelTtlSeconds', 'strictPhoneHeaders']),
        configOver([
          'status',
          'kind',
          'next',
          'rate',
          'retryAfterSeconds',
          'wnsStatus',
          'latencyMs',
          'jitterMs',
          'channel',
          'endpoint',
        ]),
        configOver(['host', 'port', 'ca', 'agentOptions']),
      ),
      async (input) => {
        const [mockOptions, fault, agentOptions] = input as [never, WnsFault, never]
        expectTypedOutcome(() => createWnsMock(mockOptions))
        expectTypedOutcome(() => mock.injectFaults(fault))?.clear()
        await expectTypedOutcome(() => createMockServerAgent(agentOptions))?.close()
      },
    ))
})
