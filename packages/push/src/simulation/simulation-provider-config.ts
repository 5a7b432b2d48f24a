import {
  WNS_ERROR_CODES,
  WNS_NOTIFICATION_TYPES,
  WnsError,
  type WnsErrorCode,
  type WnsNotificationType,
} from '@homepot/wns-core'
import { z } from 'zod'
import { formatZodIssue } from '../internal/format-zod-issue'
import { normalizeConfigKeys } from '../internal/normalize-config-keys'

/**
 * Configuration of the `simulation` provider; all keys optional. Also accepts HOMEPOT's
 * simulation keys: `success_rate` (→ `failureRate = 1 - success_rate`), `delivery_delay_ms`
 * (→ `latencyMs`) and `enable_error_scenarios` (`false` → no random failures), plus snake_case
 * spellings of the keys below.
 *
 * @example
 * getNotificationProvider('simulation', { failureRate: 0.2, seed: 7, failures: { [lostUri]: 'CHANNEL_GONE' } })
 */
export interface SimulationProviderConfig {
  /**
   * What payloads are built as, to catch the same `PAYLOAD_TOO_LARGE` / `INVALID_PAYLOAD`
   * failures `wns_windows` would. @default 'toast'
   */
  readonly notificationType?: WnsNotificationType | undefined
  /** Share of sends that fail at random, from 0 to 1. @default 0 */
  readonly failureRate?: number | undefined
  /** Seed of the random generator: the same seed and the same sends give the same results. */
  readonly seed?: number | undefined
  /**
   * Codes random failures are drawn from, uniformly.
   * @default ['CHANNEL_EXPIRED', 'CHANNEL_GONE', 'THROTTLED', 'SERVICE_UNAVAILABLE', 'INTERNAL_SERVER_ERROR', 'TIMEOUT']
   */
  readonly failureCodes?: readonly WnsErrorCode[] | undefined
  /** Device tokens that always fail, with their code (checked before random failures). */
  readonly failures?: Readonly<Record<string, WnsErrorCode>> | undefined
  /** Simulated latency range `[min, max]` in milliseconds, reported as `latencyMs`. @default [100, 500] */
  readonly latencyMs?: readonly [number, number] | undefined
  /** Really wait the simulated latency before resolving. @default false */
  readonly delay?: boolean | undefined
  /**
   * Accept only valid WNS channel URIs as device tokens (the `wns_windows` rule), instead of any
   * non-empty string. @default false
   */
  readonly strictTokens?: boolean | undefined
  /** Largest body, in UTF-8 bytes. @default 5000 */
  readonly maxPayloadBytes?: number | undefined
  /** HOMEPOT spelling: share of sends that succeed; `failureRate` is `1 - success_rate`. */
  readonly success_rate?: number | undefined
  /** HOMEPOT spelling of `latencyMs`. */
  readonly delivery_delay_ms?: readonly [number, number] | undefined
  /** HOMEPOT spelling: `false` turns random failures off. */
  readonly enable_error_scenarios?: boolean | undefined
  /** snake_case spelling of `notificationType`. */
  readonly notification_type?: WnsNotificationType | undefined
  /** snake_case spelling of `failureRate`. */
  readonly failure_rate?: number | undefined
  /** snake_case spelling of `failureCodes`. */
  readonly failure_codes?: readonly WnsErrorCode[] | undefined
  /** snake_case spelling of `latencyMs`. */
  readonly latency_ms?: readonly [number, number] | undefined
  /** snake_case spelling of `strictTokens`. */
  readonly strict_tokens?: boolean | undefined
  /** snake_case spelling of `maxPayloadBytes`. */
  readonly max_payload_bytes?: number | undefined
}

/** {@link SimulationProviderConfig} after validation, defaults filled in. */
export interface SimulationProviderSettings {
  /** What payloads are built as. */
  readonly notificationType: WnsNotificationType
  /** Share of sends that fail at random, from 0 to 1. */
  readonly failureRate: number
  /** Seed of the random generator; `undefined` draws from `Math.random`. */
  readonly seed: number | undefined
  /** Codes random failures are drawn from. */
  readonly failureCodes: readonly WnsErrorCode[]
  /** Device tokens that always fail, with their code. */
  readonly failures: Readonly<Record<string, WnsErrorCode>>
  /** Simulated latency range `[min, max]`, in milliseconds. */
  readonly latencyMs: readonly [number, number]
  /** Whether sends really wait the simulated latency. */
  readonly delay: boolean
  /** Whether only valid WNS channel URIs are accepted as device tokens. */
  readonly strictTokens: boolean
  /** Largest body in UTF-8 bytes; `undefined` means WNS's 5000. */
  readonly maxPayloadBytes: number | undefined
}

/** Default of {@link SimulationProviderConfig.failureCodes}: what WNS answers most often. */
export const DEFAULT_SIMULATED_FAILURE_CODES: readonly WnsErrorCode[] = Object.freeze([
  'CHANNEL_EXPIRED',
  'CHANNEL_GONE',
  'THROTTLED',
  'SERVICE_UNAVAILABLE',
  'INTERNAL_SERVER_ERROR',
  'TIMEOUT',
])

const ALIASES = {
  notification_type: 'notificationType',
  failure_rate: 'failureRate',
  failure_codes: 'failureCodes',
  latency_ms: 'latencyMs',
  strict_tokens: 'strictTokens',
  max_payload_bytes: 'maxPayloadBytes',
  delivery_delay_ms: 'latencyMs',
  success_rate: 'successRate',
  enable_error_scenarios: 'enableErrorScenarios',
} as const

const errorCode = z.enum(Object.keys(WNS_ERROR_CODES) as [WnsErrorCode, ...WnsErrorCode[]])
const milliseconds = z.number().nonnegative().max(600_000)

const schema = z
  .strictObject({
    notificationType: z
      .enum(WNS_NOTIFICATION_TYPES as [WnsNotificationType, ...WnsNotificationType[]])
      .default('toast'),
    failureRate: z.number().min(0).max(1).optional(),
    successRate: z.number().min(0).max(1).optional(),
    enableErrorScenarios: z.boolean().optional(),
    seed: z.int().optional(),
    failureCodes: z
      .array(errorCode)
      .min(1)
      .default([...DEFAULT_SIMULATED_FAILURE_CODES]),
    failures: z.record(z.string(), errorCode).default({}),
    latencyMs: z
      .tuple([milliseconds, milliseconds])
      .refine(([min, max]) => min <= max, { message: 'must be [min, max] with min <= max' })
      .default([100, 500]),
    delay: z.boolean().default(false),
    strictTokens: z.boolean().default(false),
    maxPayloadBytes: z.int().min(1).optional(),
  })
  .refine((config) => config.failureRate === undefined || config.successRate === undefined, {
    message: 'and success_rate are the same setting; give only one of them',
    path: ['failureRate'],
  })

const KNOWN_KEYS = Object.keys(schema.shape)

/**
 * Validates a `simulation` configuration and fills in defaults.
 * @throws {WnsError} `INVALID_OPTIONS` naming the key as written (`failure_rate must be at most 1`).
 * @example
 * parseSimulationProviderConfig({ success_rate: 0.9, seed: 1 }).failureRate // 0.1 (approximately)
 */
export function parseSimulationProviderConfig(
  config: SimulationProviderConfig | undefined = {},
): SimulationProviderSettings {
  const { values, spelling } = normalizeConfigKeys(config, 'simulation', KNOWN_KEYS, ALIASES)
  const parsed = schema.safeParse(values)
  if (!parsed.success) {
    const { field, message } = formatZodIssue(
      '',
      parsed.error,
      values,
      (key) => spelling.get(key) ?? key,
    )
    throw new WnsError('INVALID_OPTIONS', { message, field })
  }
  const { successRate, enableErrorScenarios, failureRate, ...rest } = parsed.data
  const rate =
    enableErrorScenarios === false
      ? 0
      : (failureRate ?? (successRate === undefined ? 0 : 1 - successRate))
  return Object.freeze({
    ...rest,
    failureRate: rate,
    seed: rest.seed,
    maxPayloadBytes: rest.maxPayloadBytes,
    latencyMs: [rest.latencyMs[0], rest.latencyMs[1]] as const,
  })
}
