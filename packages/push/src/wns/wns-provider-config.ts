import type { ChannelUriOptions, WnsCredentials, WnsNotificationType } from '@homepot/wns-core'
import {
  isValidChannelUri,
  WNS_CHANNEL_DOMAIN,
  WNS_NOTIFICATION_TYPES,
  WnsError,
} from '@homepot/wns-core'
import type { WnsLogger, WnsRetryOptions } from '@homepot/wns-http'
import type { Dispatcher } from 'undici'
import { z } from 'zod'
import { formatZodIssue } from '../internal/format-zod-issue'
import { normalizeConfigKeys } from '../internal/normalize-config-keys'
import {
  applyCredentialFallbacks,
  CREDENTIAL_ENV_VARS,
  resolveCredentials,
} from './resolve-wns-credentials'

/**
 * Configuration of the `wns_windows` provider. Every key may also be written in HOMEPOT's
 * snake_case (`package_sid`, `client_secret`, `notification_type`, `batch_size`,
 * `timeout_seconds`, …), so an existing HOMEPOT `wns_config` section loads unchanged. `undefined`
 * values count as absent; unknown keys are refused.
 *
 * Credentials are `packageSid` + `clientSecret` (Partner Center) or `tenantId` + `clientId` +
 * `clientSecret` (Entra ID). A credential key left out falls back to its environment variable:
 * `WNS_PACKAGE_SID`, `WNS_CLIENT_SECRET`, `WNS_TENANT_ID`, `WNS_CLIENT_ID`.
 *
 * @example
 * getNotificationProvider('wns_windows', {
 *   package_sid: 'ms-app://s-1-15-2-…',
 *   client_secret: process.env.WNS_CLIENT_SECRET,
 *   notification_type: 'toast',
 * })
 */
export interface WnsProviderConfig {
  /** Package SID from Partner Center, `ms-app://s-1-15-2-…`. @default env `WNS_PACKAGE_SID` */
  readonly packageSid?: string | undefined
  /** The client secret (both flows). @default env `WNS_CLIENT_SECRET` */
  readonly clientSecret?: string | undefined
  /** Entra ID tenant, for Windows App SDK apps. @default env `WNS_TENANT_ID` */
  readonly tenantId?: string | undefined
  /** Entra ID application (client) id. @default env `WNS_CLIENT_ID` */
  readonly clientId?: string | undefined
  /** What every notification is sent as. @default 'toast' */
  readonly notificationType?: WnsNotificationType | undefined
  /** How many notifications `sendBulkNotifications` hands to `sendMany` at a time. @default 100 */
  readonly batchSize?: number | undefined
  /** Time allowed for one HTTP exchange with WNS or the token endpoint, in seconds. @default 30 */
  readonly timeoutSeconds?: number | undefined
  /** `X-WNS-Cache-Policy` on every send. @default WNS's default for the type (nothing is sent) */
  readonly cachePolicy?: 'cache' | 'no-cache' | undefined
  /**
   * Send `X-WNS-RequestForStatus: true` so results carry `deviceConnectionStatus` (HOMEPOT's
   * Python provider never asked; knowing a terminal is offline is worth one response header).
   * @default true
   */
  readonly requestForStatus?: boolean | undefined
  /** Sends in flight at once during a bulk send. @default 32 (the WnsClient default) */
  readonly concurrency?: number | undefined
  /** Largest body, in UTF-8 bytes. @default 5000 (WNS_MAX_PAYLOAD_BYTES) */
  readonly maxPayloadBytes?: number | undefined
  /**
   * Options of the channel-URI validator, e.g. `{ legacyLengthRule: true }` for HOMEPOT's
   * 100–200-character rule. @default strict domain check, no lower bound, 2048 characters at most
   */
  readonly channelUriOptions?: ChannelUriOptions | undefined
  /** The undici dispatcher every request goes through (a proxy, a test mock). */
  readonly dispatcher?: Dispatcher | undefined
  /** Retry policy of the underlying WnsClient. @default the WnsClient defaults */
  readonly retry?: WnsRetryOptions | undefined
  /** Structured logger (pino's argument order). @default silent */
  readonly logger?: WnsLogger | undefined
  /** snake_case spelling of `packageSid`. */
  readonly package_sid?: string | undefined
  /** snake_case spelling of `clientSecret`. */
  readonly client_secret?: string | undefined
  /** snake_case spelling of `tenantId`. */
  readonly tenant_id?: string | undefined
  /** snake_case spelling of `clientId`. */
  readonly client_id?: string | undefined
  /** snake_case spelling of `notificationType`. */
  readonly notification_type?: WnsNotificationType | undefined
  /** snake_case spelling of `batchSize`. */
  readonly batch_size?: number | undefined
  /** snake_case spelling of `timeoutSeconds`. */
  readonly timeout_seconds?: number | undefined
  /** snake_case spelling of `cachePolicy`. */
  readonly cache_policy?: 'cache' | 'no-cache' | undefined
  /** snake_case spelling of `requestForStatus`. */
  readonly request_for_status?: boolean | undefined
  /** snake_case spelling of `maxPayloadBytes`. */
  readonly max_payload_bytes?: number | undefined
}

/** {@link WnsProviderConfig} after validation: camelCase, credentials resolved, defaults filled in. */
export interface WnsProviderSettings {
  /** Partner Center or Entra ID credentials. */
  readonly credentials: WnsCredentials
  /** What payloads are sent as. */
  readonly notificationType: WnsNotificationType
  /** Notifications handed to `sendMany` at a time by bulk sends. */
  readonly batchSize: number
  /** Time allowed for one HTTP exchange, in seconds. */
  readonly timeoutSeconds: number
  /** Whether `X-WNS-RequestForStatus: true` is sent. */
  readonly requestForStatus: boolean
  /** `X-WNS-Cache-Policy` for every send, when configured. */
  readonly cachePolicy?: 'cache' | 'no-cache'
  /** Sends in flight at once during a bulk send, when configured. */
  readonly concurrency?: number
  /** Largest body in UTF-8 bytes, when configured. */
  readonly maxPayloadBytes?: number
  /** Options of the channel-URI validator, when configured. */
  readonly channelUriOptions?: ChannelUriOptions
  /** The undici dispatcher, when configured. */
  readonly dispatcher?: Dispatcher
  /** Retry policy of the WnsClient, when configured (checked by the client at `initialize()`). */
  readonly retry?: WnsRetryOptions
  /** Structured logger, when configured. */
  readonly logger?: WnsLogger
}

/** Default of {@link WnsProviderConfig.batchSize}, as in HOMEPOT. */
export const DEFAULT_WNS_BATCH_SIZE = 100

/** Default of {@link WnsProviderConfig.timeoutSeconds}, as in HOMEPOT. */
export const DEFAULT_WNS_TIMEOUT_SECONDS = 30

const SNAKE_CASE_ALIASES = {
  package_sid: 'packageSid',
  client_secret: 'clientSecret',
  tenant_id: 'tenantId',
  client_id: 'clientId',
  notification_type: 'notificationType',
  batch_size: 'batchSize',
  timeout_seconds: 'timeoutSeconds',
  cache_policy: 'cachePolicy',
  request_for_status: 'requestForStatus',
  max_payload_bytes: 'maxPayloadBytes',
} as const

const hasMethod = (name: string) => (value: unknown) =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as Record<string, unknown>)[name] === 'function'

const credential = z.string().trim().min(1)

const settingsSchema = z.strictObject({
  packageSid: credential
    .refine((value) => value.toLowerCase().startsWith('ms-app://'), {
      message: 'must start with ms-app:// (the Package SID from Partner Center)',
    })
    .optional(),
  clientSecret: credential.optional(),
  tenantId: credential.optional(),
  clientId: credential.optional(),
  notificationType: z
    .enum(WNS_NOTIFICATION_TYPES as [WnsNotificationType, ...WnsNotificationType[]])
    .default('toast'),
  batchSize: z.int().min(1).max(10_000).default(DEFAULT_WNS_BATCH_SIZE),
  timeoutSeconds: z.number().positive().max(2_147_483).default(DEFAULT_WNS_TIMEOUT_SECONDS),
  cachePolicy: z.enum(['cache', 'no-cache']).optional(),
  requestForStatus: z.boolean().default(true),
  concurrency: z.int().min(1).max(10_000).optional(),
  maxPayloadBytes: z.int().min(1).optional(),
  channelUriOptions: z.record(z.string(), z.unknown()).optional(),
  dispatcher: z
    .custom<Dispatcher>(hasMethod('dispatch'), { message: 'must be an undici Dispatcher' })
    .optional(),
  retry: z.record(z.string(), z.unknown()).optional(),
  logger: z
    .custom<WnsLogger>(hasMethod('warn'), {
      message: 'must be a logger with debug/info/warn/error',
    })
    .optional(),
})

type CamelKey = keyof z.input<typeof settingsSchema>
const CAMEL_KEYS = Object.keys(settingsSchema.shape) as CamelKey[]

/**
 * Validates a `wns_windows` configuration (camelCase or snake_case keys), resolves credentials
 * (falling back to the environment) and fills in defaults.
 *
 * @param env - Where environment fallbacks are read.
 * @default env `process.env`
 * @throws {WnsError} `INVALID_OPTIONS` whose message and `field` name the key as it was written
 *   (`batch_size must be at least 1`), or the environment variable it came from.
 * @example
 * const settings = parseWnsProviderConfig({ package_sid: sid, client_secret: secret, batch_size: 50 })
 * settings.batchSize // 50
 */
export function parseWnsProviderConfig(
  config: WnsProviderConfig | undefined = {},
  env: Readonly<Record<string, string | undefined>> = process.env,
): WnsProviderSettings {
  const { values, spelling } = normalizeConfigKeys(
    config,
    'wns_windows',
    CAMEL_KEYS,
    SNAKE_CASE_ALIASES,
  )
  const fromEnv = applyCredentialFallbacks(values, spelling, env)
  const nameOf = keyNamer(spelling, fromEnv)
  const parsed = settingsSchema.safeParse(values)
  if (!parsed.success) {
    const { field, message } = formatZodIssue('', parsed.error, values, nameOf)
    throw invalid(field, message)
  }
  const { packageSid, clientSecret, tenantId, clientId, ...rest } = parsed.data
  const credentials = resolveCredentials({ packageSid, clientSecret, tenantId, clientId }, nameOf)
  // The validator checks its own options; run it once so a bad option fails here, not per send.
  if (rest.channelUriOptions !== undefined) {
    isValidChannelUri(`https://${WNS_CHANNEL_DOMAIN}/?token=probe`, rest.channelUriOptions)
  }
  const settings: Record<string, unknown> = { credentials }
  for (const [key, value] of Object.entries(rest)) if (value !== undefined) settings[key] = value
  return Object.freeze(settings) as unknown as WnsProviderSettings
}

/**
 * How messages name a key: as the caller wrote it, as the environment variable it came from, or
 * (when absent) in the caller's style, snake_case if any key was written that way.
 */
function keyNamer(
  spelling: Map<string, string>,
  fromEnv: ReadonlySet<string>,
): (key: string) => string {
  const snakeStyle = [...spelling.values()].some((written) => written.includes('_'))
  const snakeOf = new Map<string, string>(
    Object.entries(SNAKE_CASE_ALIASES).map(([snake, camel]) => [camel, snake]),
  )
  return (key) => {
    const written = spelling.get(key)
    if (written !== undefined) return written
    if (fromEnv.has(key))
      return `env.${CREDENTIAL_ENV_VARS[key as keyof typeof CREDENTIAL_ENV_VARS]}`
    return (snakeStyle ? snakeOf.get(key) : undefined) ?? key
  }
}

function invalid(field: string, message: string): WnsError {
  return new WnsError('INVALID_OPTIONS', { message, field })
}
