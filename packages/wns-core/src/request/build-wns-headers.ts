import { WnsError } from '../errors/wns-error'
import {
  WNS_NOTIFICATION_TYPES,
  WNS_TYPE_HEADER_VALUES,
  type WnsNotificationType,
} from '../notification/notification'
import { checkOptionsForType, checkSendOptionsShape, OPTION_RULES } from './option-rules'
import { WNS_REQUEST_HEADERS } from './request-headers'
import type { WnsSendOptions } from './send-options'

/** Headers built by {@link buildWnsHeaders}, and warnings about options WNS may not honour. */
export interface WnsHeaderBuild {
  /** `X-WNS-Type` and one header per option given, with the reference's spelling of each name. */
  headers: Record<string, string>
  /** Options that are accepted but documented for phone channels only. */
  warnings: string[]
}

/**
 * Turns send options into the `X-WNS-*` (and `MS-CV`) headers for a notification type, checking
 * each value and which types accept it: `tag` for tile and toast, `group` and `suppressPopup` for
 * toast (with a warning, since the reference documents them for phone channels; refused when
 * `strict`), `ttlSeconds` a non-negative integer but not 0 with `cachePolicy: 'cache'`,
 * `priority` 1–4. `Authorization`, `Content-Type` and `Content-Length` are added by
 * {@link buildSendRequest}.
 *
 * @throws {WnsError} `INVALID_OPTIONS` with `field` set to the offending option (`options.tag`);
 *   unknown option names are refused and the message lists the valid ones.
 * @see https://learn.microsoft.com/windows/apps/design/shell/tiles-and-notifications/push-request-response-headers
 * @example
 * buildWnsHeaders('toast', { tag: 'build-42', ttlSeconds: 3600 }).headers
 * // { 'X-WNS-Type': 'wns/toast', 'X-WNS-Tag': 'build-42', 'X-WNS-TTL': '3600' }
 */
export function buildWnsHeaders(
  type: WnsNotificationType,
  options: WnsSendOptions = {},
): WnsHeaderBuild {
  if (!WNS_NOTIFICATION_TYPES.includes(type)) {
    throw new WnsError('INVALID_OPTIONS', {
      message: `type must be one of ${WNS_NOTIFICATION_TYPES.join(', ')}`,
      field: 'type',
    })
  }
  const shape = checkSendOptionsShape(options)
  if (!shape.ok) throw optionsError(shape.key, shape.message)
  const checked = checkOptionsForType(type, shape.value, (rule) => `options.${rule.key}`)
  if (!checked.ok) throw optionsError(checked.key, checked.message)

  const headers: Record<string, string> = {
    [WNS_REQUEST_HEADERS.type]: WNS_TYPE_HEADER_VALUES[type],
  }
  for (const rule of OPTION_RULES) {
    const value = shape.value[rule.key]
    if (value !== undefined) headers[rule.header] = String(value)
  }
  return { headers, warnings: checked.warnings }
}

function optionsError(key: string, message: string): WnsError {
  const field = key === '' ? 'options' : `options.${key}`
  return new WnsError('INVALID_OPTIONS', { message: `${field} ${message}`, field })
}
