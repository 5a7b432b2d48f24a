import { WnsError } from '@homepot/wns-core'
import { z } from 'zod'
import { formatZodIssue } from '../internal/format-zod-issue'
import { PUSH_PRIORITIES, type PushPriority } from './push-priority'

/**
 * A platform-neutral notification: what HOMEPOT's `PushNotificationPayload` dataclass holds, in
 * camelCase. Each provider maps it to its platform (see the package README for `wns_windows`).
 *
 * @example
 * const notification: PushNotificationPayload = {
 *   title: 'Configuration Update',
 *   body: 'New payment gateway settings are available',
 *   data: { config_version: 'v1.2.3' },
 *   priority: PushPriority.HIGH,
 *   ttlSeconds: 3600,
 *   collapseKey: 'config-update',
 * }
 */
export interface PushNotificationPayload {
  /** Headline the user sees first. Required, not empty. */
  readonly title: string
  /** Main text. Required, not empty. */
  readonly body: string
  /** Extra data for the app; must survive `JSON.stringify`. */
  readonly data?: Readonly<Record<string, unknown>> | undefined
  /**
   * How urgent the notification is.
   * @default the platform's own default for the notification type (no priority is sent)
   */
  readonly priority?: PushPriority | undefined
  /**
   * Seconds the push service keeps trying before it drops the notification.
   * @default the platform's own default (nothing is sent)
   */
  readonly ttlSeconds?: number | undefined
  /** Replaces an earlier notification with the same key (WNS: `X-WNS-Tag`). */
  readonly collapseKey?: string | undefined
}

/**
 * The zod schema of {@link PushNotificationPayload}: strict (unknown keys are refused), `title`
 * and `body` required.
 *
 * @example
 * const parsed = pushNotificationPayloadSchema.safeParse(request.body)
 */
export const pushNotificationPayloadSchema: z.ZodType<PushNotificationPayload> = z.strictObject({
  title: z.string().min(1),
  body: z.string().min(1),
  data: z
    .record(z.string(), z.unknown())
    .refine(isJsonSerializable, { message: 'must be JSON-serializable' })
    .optional(),
  priority: z.enum(PUSH_PRIORITIES as [PushPriority, ...PushPriority[]]).optional(),
  ttlSeconds: z.int().nonnegative().optional(),
  collapseKey: z.string().min(1).optional(),
})

/**
 * Validates a payload and returns a frozen copy without `undefined` fields.
 *
 * @param field - Name used in error messages.
 * @default field `'payload'`
 * @throws {WnsError} `INVALID_PAYLOAD` naming the offending field, e.g. `payload.title is required`.
 * @example
 * const notification = createPushNotificationPayload({
 *   title: 'Update Available',
 *   body: 'Version 1.2.3 is ready',
 *   priority: PushPriority.HIGH,
 * })
 */
export function createPushNotificationPayload(
  input: PushNotificationPayload,
  field = 'payload',
): PushNotificationPayload {
  const defined = withoutUndefined(input)
  const parsed = pushNotificationPayloadSchema.safeParse(defined)
  if (!parsed.success) {
    const { field: path, message } = formatZodIssue(field, parsed.error, defined)
    const hint = snakeCaseHint(input)
    throw new WnsError('INVALID_PAYLOAD', {
      message: hint ? `${message} (${hint})` : message,
      field: path,
    })
  }
  const payload: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(parsed.data)) {
    if (value !== undefined) payload[key] = value
  }
  return Object.freeze(payload) as unknown as PushNotificationPayload
}

/** `undefined` values count as absent, so `{ ttlSeconds: undefined }` is the same as `{}`. */
function withoutUndefined(input: unknown): unknown {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) return input
  return Object.fromEntries(Object.entries(input).filter(([, value]) => value !== undefined))
}

function isJsonSerializable(value: unknown): boolean {
  try {
    JSON.stringify(value)
    return true
  } catch {
    return false
  }
}

const SNAKE_CASE_KEYS: Readonly<Record<string, string>> = {
  ttl_seconds: 'ttlSeconds',
  collapse_key: 'collapseKey',
}

/** Python users reach for `ttl_seconds`; point them at the camelCase name. */
function snakeCaseHint(input: unknown): string | undefined {
  if (typeof input !== 'object' || input === null) return undefined
  const key = Object.keys(input).find((name) => Object.hasOwn(SNAKE_CASE_KEYS, name))
  return key === undefined ? undefined : `use ${SNAKE_CASE_KEYS[key]} instead of ${key}`
}
