import {
  WNS_CONTENT_TYPES,
  WNS_TYPE_HEADER_VALUES,
  type WnsNotificationType,
} from '../notification/notification'
import { checkOptionsForType, OPTION_RULES } from './option-rules'
import { WNS_REQUEST_HEADERS } from './request-headers'
import type { WnsSendOptions } from './send-options'

/** What {@link parseWnsRequestHeaders} read from a valid send request. */
export interface ParsedWnsRequest {
  /** The notification type from `X-WNS-Type`. */
  type: WnsNotificationType
  /** The `Content-Type` as sent (parameters such as `charset` included). */
  contentType: string
  /** The send options the `X-WNS-*` and `MS-CV` headers carry. */
  options: WnsSendOptions
  /** Headers that are accepted but documented for phone channels only. */
  warnings: string[]
}

/** Result of {@link parseWnsRequestHeaders}: the request, or the first rule it breaks. */
export type WnsRequestHeadersParse =
  | { ok: true; value: ParsedWnsRequest }
  | { ok: false; reason: string; field: string }

/** Options of {@link parseWnsRequestHeaders}. */
export interface ParseWnsRequestHeadersOptions {
  /**
   * Refuse headers documented for phone channels only (`X-WNS-Group`, `X-WNS-SuppressPopup`).
   * @default false
   */
  readonly strict?: boolean
}

/**
 * The server-side twin of {@link buildWnsHeaders}, for the fake WNS server: reads a send request's
 * headers (names in lower case, as Node's `IncomingMessage.headers` has them) with the same rules
 * the builder applies, so whatever the builder writes the parser accepts, and each value the
 * builder refuses the parser refuses too. `field` names the header in lower case.
 *
 * @example
 * const parsed = parseWnsRequestHeaders(request.headers)
 * if (!parsed.ok) return reply(400, { 'X-WNS-Error-Description': parsed.reason })
 */
export function parseWnsRequestHeaders(
  headers: Readonly<Record<string, string | undefined>>,
  parseOptions: ParseWnsRequestHeadersOptions = {},
): WnsRequestHeadersParse {
  const typeText = headers['x-wns-type']?.trim()
  if (!typeText) return fail('x-wns-type', `${WNS_REQUEST_HEADERS.type} is missing`)
  const type = typeFromHeader(typeText)
  if (type === undefined) {
    const known = Object.values(WNS_TYPE_HEADER_VALUES).join(', ')
    return fail('x-wns-type', `${WNS_REQUEST_HEADERS.type} must be one of ${known}`)
  }
  const contentType = headers['content-type']
  if (contentType === undefined) return fail('content-type', 'Content-Type is missing')
  const mediaType = contentType.split(';', 1)[0]?.trim().toLowerCase()
  if (mediaType !== WNS_CONTENT_TYPES[type]) {
    return fail('content-type', `Content-Type must be ${WNS_CONTENT_TYPES[type]} for ${typeText}`)
  }

  const options: Record<string, unknown> = {}
  for (const rule of OPTION_RULES) {
    const field = rule.header.toLowerCase()
    const text = headers[field]
    if (text === undefined) continue
    const value = rule.decode(text)
    if (value === undefined) return fail(field, `${rule.header} ${rule.grammar}`)
    const checked = rule.schema.safeParse(value)
    if (!checked.success) {
      return fail(field, `${rule.header} ${checked.error.issues[0]?.message ?? 'is not valid'}`)
    }
    options[rule.key] = value
  }
  const sendOptions = options as WnsSendOptions
  const strict = parseOptions.strict === true
  const checked = checkOptionsForType(type, { ...sendOptions, strict }, (rule) => rule.header)
  if (!checked.ok) {
    const rule = OPTION_RULES.find(({ key }) => key === checked.key)
    const header = rule?.header ?? checked.key
    return fail(header.toLowerCase(), `${header} ${checked.message}`)
  }
  return {
    ok: true,
    value: { type, contentType, options: sendOptions, warnings: checked.warnings },
  }
}

function typeFromHeader(text: string): WnsNotificationType | undefined {
  const entry = Object.entries(WNS_TYPE_HEADER_VALUES).find(([, value]) => value === text)
  return entry?.[0] as WnsNotificationType | undefined
}

function fail(field: string, reason: string): WnsRequestHeadersParse {
  return { ok: false, reason, field }
}
