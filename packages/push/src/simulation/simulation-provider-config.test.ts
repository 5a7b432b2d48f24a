import { describe, expect, it } from 'vitest'
import {
  DEFAULT_SIMULATED_FAILURE_CODES,
  parseSimulationProviderConfig,
  type SimulationProviderConfig,
} from './simulation-provider-config'

describe('parseSimulationProviderConfig', () => {
  it('defaults to a provider that never fails and does not wait', () => {
    expect(parseSimulationProviderConfig({})).toEqual({
      notificationType: 'toast',
      failureRate: 0,
      seed: undefined,
      failureCodes: DEFAULT_SIMULATED_FAILURE_CODES,
      failures: {},
      latencyMs: [100, 500],
      delay: false,
      strictTokens: false,
      maxPayloadBytes: undefined,
    })
  })

  it("reads HOMEPOT's simulation keys", () => {
    const settings = parseSimulationProviderConfig({
      success_rate: 0.75,
      delivery_delay_ms: [10, 20],
    })
    expect(settings.failureRate).toBeCloseTo(0.25)
    expect(settings.latencyMs).toEqual([10, 20])
    expect(
      parseSimulationProviderConfig({ success_rate: 0.5, enable_error_scenarios: false })
        .failureRate,
    ).toBe(0)
  })

  it('reads snake_case spellings of its own keys', () => {
    const settings = parseSimulationProviderConfig({
      notification_type: 'raw',
      failure_rate: 0.5,
      failure_codes: ['THROTTLED'],
      strict_tokens: true,
      max_payload_bytes: 100,
    })
    expect(settings).toMatchObject({
      notificationType: 'raw',
      failureRate: 0.5,
      failureCodes: ['THROTTLED'],
      strictTokens: true,
      maxPayloadBytes: 100,
    })
  })

  it.each([
    ['failure_rate', 'failure_rate must be at most 1', { failure_rate: 1.5 }],
    ['failureCodes[0]', 'failureCodes[0] must be one of', { failureCodes: ['OOPS'] }],
    ['failures.uri', 'failures.uri must be one of', { failures: { uri: 'NOPE' } }],
    ['latencyMs', 'latencyMs must be [min, max] with min <= max', { latencyMs: [5, 1] }],
    ['seed', 'seed must be an integer', { seed: 1.5 }],
    [
      'failureRate',
      'failureRate and success_rate are the same setting; give only one of them',
      { failureRate: 0.1, success_rate: 0.9 },
    ],
    ['channel', 'channel is not a known simulation option', { channel: 'x' }],
  ])('refuses an invalid %s with "%s"', (field, message, config) => {
    try {
      parseSimulationProviderConfig(config as SimulationProviderConfig)
      expect.unreachable()
    } catch (error) {
      expect(error).toMatchObject({ code: 'INVALID_OPTIONS', field })
      expect((error as Error).message.startsWith(message)).toBe(true)
    }
  })
})
