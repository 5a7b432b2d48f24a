import { z } from 'zod'
import { WNS_MAX_GROUP_LENGTH, WNS_MAX_TAG_LENGTH } from '../constants'
import { WNS_NOTIFICATION_TYPES, type WnsNotificationType } from '../notification/notification'
import { WNS_REQUEST_HEADERS } from './request-headers'
import { WNS_MAX_CORRELATION_VECTOR_LENGTH, type WnsSendOptions } from './send-options'

// The one copy of the send-option rules. `buildWnsHeaders` (client side) and
// `parseWnsRequestHeaders` (the fake server's side) both go through this file.

/** A send option that becomes a header.
 * @internal
 */
export type HeaderOptionKey = Exclude<keyof WnsSendOptions, 'strict'>

/** A rule broken by an option: which option, and a predicate such as `must be …`.
 * @internal
 */
export interface OptionProblem {
  readonly key: string
  readonly message: string
}

interface OptionRule {
  readonly key: HeaderOptionKey
  readonly header: string
  readonly types: readonly WnsNotificationType[]
  /** The header reference documents it for phone channels only. */
  readonly phoneOnly: boolean
  readonly schema: z.ZodType
  /** Header text → value; `undefined` when the text does not fit the header's grammar. */
  readonly decode: (text: string) => unknown
  /** What `decode` expects, for messages. */
  readonly grammar: string
}

/** Printable ASCII, no leading or trailing space, no `;` (it separates X-WNS-Match fields).
 * @internal
 */
export function headerTextSchema(max: number) {
  return z
    .string({ error: 'must be a string' })
    .min(1, 'must not be empty')
    .max(max, `must be at most ${max} characters`)
    .regex(/^[\x20-\x7e]*$/, 'must contain only printable ASCII characters')
    .regex(/^\S(?:.*\S)?$/, 'must not start or end with a space')
    .regex(/^[^;]*$/, 'must not contain ";"')
}

const booleanRule = {
  schema: z.boolean({ error: 'must be true or false' }),
  grammar: 'must be true or false',
}
function decodeBoolean(text: string): boolean | undefined {
  return /^(?:true|false)$/i.test(text) ? text.toLowerCase() === 'true' : undefined
}
function decodeInteger(text: string): number | undefined {
  return /^\d{1,15}$/.test(text) ? Number(text) : undefined
}
const identity = (text: string) => text

/** The rules, in the order their headers are written.
 * @internal
 */
export const OPTION_RULES: readonly OptionRule[] = [
  {
    key: 'ttlSeconds',
    header: WNS_REQUEST_HEADERS.ttlSeconds,
    types: WNS_NOTIFICATION_TYPES,
    phoneOnly: false,
    schema: z
      .number({ error: 'must be a number' })
      .int('must be an integer')
      .min(0, 'must not be negative'),
    decode: decodeInteger,
    grammar: 'must be a non-negative integer',
  },
  {
    key: 'cachePolicy',
    header: WNS_REQUEST_HEADERS.cachePolicy,
    types: WNS_NOTIFICATION_TYPES,
    phoneOnly: false,
    schema: z.enum(['cache', 'no-cache'], { error: 'must be "cache" or "no-cache"' }),
    decode: (text) => text.toLowerCase(),
    grammar: 'must be "cache" or "no-cache"',
  },
  {
    key: 'requestForStatus',
    header: WNS_REQUEST_HEADERS.requestForStatus,
    types: WNS_NOTIFICATION_TYPES,
    phoneOnly: false,
    decode: decodeBoolean,
    ...booleanRule,
  },
  {
    key: 'tag',
    header: WNS_REQUEST_HEADERS.tag,
    types: ['tile', 'toast'],
    phoneOnly: false,
    schema: headerTextSchema(WNS_MAX_TAG_LENGTH),
    decode: identity,
    grammar: 'must be text',
  },
  {
    key: 'group',
    header: WNS_REQUEST_HEADERS.group,
    types: ['toast'],
    phoneOnly: true,
    schema: headerTextSchema(WNS_MAX_GROUP_LENGTH),
    decode: identity,
    grammar: 'must be text',
  },
  {
    key: 'suppressPopup',
    header: WNS_REQUEST_HEADERS.suppressPopup,
    types: ['toast'],
    phoneOnly: true,
    decode: decodeBoolean,
    ...booleanRule,
  },
  {
    // The protocol notes give defaults for every type, so no type is refused (which types WNS
    // honours it for besides toast is unconfirmed).
    key: 'priority',
    header: WNS_REQUEST_HEADERS.priority,
    types: WNS_NOTIFICATION_TYPES,
    phoneOnly: false,
    schema: z
      .number({ error: 'must be a number' })
      .int('must be an integer')
      .min(1, 'must be between 1 and 4')
      .max(4, 'must be between 1 and 4'),
    decode: decodeInteger,
    grammar: 'must be an integer between 1 and 4',
  },
  {
    key: 'correlationVector',
    header: WNS_REQUEST_HEADERS.correlationVector,
    types: WNS_NOTIFICATION_TYPES,
    phoneOnly: false,
    schema: headerTextSchema(WNS_MAX_CORRELATION_VECTOR_LENGTH).regex(
      /^[^ ]*$/,
      'must not contain spaces',
    ),
    decode: identity,
    grammar: 'must be text',
  },
]

const VALID_KEYS = [...OPTION_RULES.map((rule) => rule.key), 'strict']

const sendOptionsSchema = z.strictObject(
  {
    ...Object.fromEntries(OPTION_RULES.map((rule) => [rule.key, rule.schema.optional()])),
    strict: z.boolean({ error: 'must be true or false' }).optional(),
  },
  { error: 'must be an object' },
)

/** Checks the shape and every value of a send-options object, without looking at the type.
 * @internal
 */
export function checkSendOptionsShape(
  options: unknown,
): { ok: true; value: WnsSendOptions } | ({ ok: false } & OptionProblem) {
  const parsed = sendOptionsSchema.safeParse(options)
  if (parsed.success) return { ok: true, value: options as WnsSendOptions }
  const issue = parsed.error.issues[0]
  if (issue?.code === 'unrecognized_keys') {
    return {
      ok: false,
      key: String(issue.keys[0]),
      message: `is not a known option; valid options are ${VALID_KEYS.join(', ')}`,
    }
  }
  return {
    ok: false,
    key: issue?.path.map(String).join('.') ?? '',
    message: issue?.message ?? 'is not valid',
  }
}

/**
 * Checks options against the notification type: which headers the type accepts, the phone-only
 * headers (a warning, or a refusal when `strict`), and TTL 0 with caching.
 * @param label - How messages name an option (`options.tag`, or `X-WNS-Tag` on the server side).
 * @internal
 */
export function checkOptionsForType(
  type: WnsNotificationType,
  options: WnsSendOptions,
  label: (rule: { key: HeaderOptionKey; header: string }) => string,
): { ok: true; warnings: string[] } | ({ ok: false } & OptionProblem) {
  const warnings: string[] = []
  for (const rule of OPTION_RULES) {
    if (options[rule.key] === undefined) continue
    if (!rule.types.includes(type)) {
      return {
        ok: false,
        key: rule.key,
        message: `is not accepted for ${type} notifications (only ${rule.types.join(', ')})`,
      }
    }
    if (rule.phoneOnly && options.strict) {
      return {
        ok: false,
        key: rule.key,
        message: 'is documented for phone channels only; strict mode refuses it',
      }
    }
    if (rule.phoneOnly) warnings.push(phoneOnlyWarning(label(rule)))
  }
  if (options.ttlSeconds === 0 && options.cachePolicy === 'cache') {
    return {
      ok: false,
      key: 'ttlSeconds',
      message: 'of 0 conflicts with the "cache" cache policy (WNS answers 400)',
    }
  }
  return { ok: true, warnings }
}

/** The warning for a header the reference documents for phone channels only.
 * @internal
 */
export function phoneOnlyWarning(label: string): string {
  return `${label} is documented for Windows Phone channels only; a Windows channel may drop the notification`
}
