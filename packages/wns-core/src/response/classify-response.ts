import {
  type ChannelAction,
  WNS_ERROR_CODES,
  WNS_STATUS_TO_ERROR_CODE,
  type WnsErrorCode,
} from '../errors/error-codes'
import { redactSecrets } from '../errors/redact'
import type { WnsDiagnostics } from '../errors/wns-error'
import { parseRetryAfter } from './parse-retry-after'
import { headerReader, type WnsResponseHeaders } from './response-headers'

/** WNS accepted the request (2xx). It may still have dropped the notification: see `dropped`. */
export interface WnsSuccess {
  ok: true
  status: number
  /**
   * `X-WNS-Status` (or the legacy `X-WNS-NotificationStatus`) in lower case; `received` when WNS
   * sent neither (a missing status header is not throttling).
   */
  notificationStatus: 'received' | 'dropped' | 'channelthrottled' | (string & {})
  /** WNS discarded the notification (`dropped`, `channelthrottled` or `appthrottled`). */
  dropped: boolean
  /** `X-WNS-Msg-ID`, for support cases. */
  msgId?: string
  /** `X-WNS-DeviceConnectionStatus`, when `requestForStatus` asked for it. */
  deviceConnectionStatus?: string
  /** How long to wait before sending to this channel again, when WNS said (throttled channel). */
  retryAfterMs?: number
  diagnostics: WnsDiagnostics
}

/** WNS refused the request: what it means and what to do about it. */
export interface WnsFailure {
  ok: false
  status: number
  /** The stable code, from the single status map `WNS_STATUS_TO_ERROR_CODE`. */
  code: WnsErrorCode
  /** Whether sending the same request again later can succeed. */
  retryable: boolean
  /** Whether a fresh access token may fix it (401). */
  reauthenticate: boolean
  /** What to do with the channel: keep it, ask the device to re-register (404), or remove it (410). */
  channelAction: ChannelAction
  /** From `Retry-After`, else `X-WNS-CONTINUE-AFTER`. */
  retryAfterMs?: number
  diagnostics: WnsDiagnostics
  /** What happened, with WNS's own explanation when it gave one; safe to log. */
  message: string
}

/** What {@link classifyResponse} makes of a WNS answer. */
export type WnsOutcome = WnsSuccess | WnsFailure

/** The status and headers of a WNS answer; the body is not needed. */
export interface WnsResponseLike {
  readonly status: number
  readonly headers: WnsResponseHeaders
}

/** `X-WNS-Status` values that mean the notification was not delivered to the channel. */
const DISCARDED = new Set(['dropped', 'channelthrottled', 'appthrottled'])

/** Extra words for statuses WNS qualifies with `X-WNS-Status` (protocol notes §9). */
const STATUS_NOTES: Readonly<Record<string, string>> = {
  '406 appthrottled': 'the app as a whole is throttled',
  '406 channelthrottled': 'this channel is throttled',
  '410 revoked': 'the channel URL was revoked',
}

const DIAGNOSTIC_LIMIT = 512

/**
 * Classifies a WNS answer by its status and headers: a {@link WnsSuccess} (possibly `dropped`) or a
 * {@link WnsFailure} with its code, flags and wait time, per the protocol notes §5 and §9. Reads
 * `X-WNS-Status` before the legacy `X-WNS-NotificationStatus`, and `Retry-After` (seconds or an
 * HTTP date, measured from `now`) before `X-WNS-CONTINUE-AFTER`. Unknown statuses give
 * `UNEXPECTED_RESPONSE`, retryable when 5xx; a 429 that says when to retry is retryable.
 *
 * @param now - The clock for `Retry-After` dates, in epoch milliseconds.
 * @default now `Date.now()`
 * @see https://learn.microsoft.com/windows/apps/design/shell/tiles-and-notifications/push-request-response-headers
 * @example
 * const outcome = classifyResponse({ status: response.status, headers: response.headers })
 * if (!outcome.ok && outcome.channelAction === 'remove') await forget(channelUri)
 */
export function classifyResponse(response: WnsResponseLike, now: number = Date.now()): WnsOutcome {
  const { status } = response
  const read = headerReader(response.headers)
  const diagnostics = readDiagnostics(read)
  const retryAfterMs =
    parseRetryAfter(read('retry-after'), now) ?? parseRetryAfter(read('x-wns-continue-after'), now)

  if (status >= 200 && status <= 299) {
    const notificationStatus = diagnostics.notificationStatus ?? 'received'
    // Built field by field, in the order of WnsSuccess, without the spreads of optional fields.
    const success = {
      ok: true,
      status,
      notificationStatus,
      dropped: DISCARDED.has(notificationStatus),
    } as WnsSuccess
    if (diagnostics.msgId !== undefined) success.msgId = diagnostics.msgId
    if (diagnostics.deviceConnectionStatus !== undefined)
      success.deviceConnectionStatus = diagnostics.deviceConnectionStatus
    if (retryAfterMs !== undefined) success.retryAfterMs = retryAfterMs
    success.diagnostics = diagnostics
    return success
  }

  const wait = retryAfterMs === undefined ? {} : { retryAfterMs }
  const code = WNS_STATUS_TO_ERROR_CODE[status] ?? 'UNEXPECTED_RESPONSE'
  const info = WNS_ERROR_CODES[code]
  let retryable: boolean = info.retryable
  if (code === 'UNEXPECTED_RESPONSE') retryable = status >= 500 && status <= 599
  // 429 also means plain rate limiting now (§9); a wait time makes it worth retrying.
  if (code === 'QUOTA_EXCEEDED' && retryAfterMs !== undefined) retryable = true
  return {
    ok: false,
    status,
    code,
    retryable,
    reauthenticate: info.reauthenticate,
    channelAction: info.channelAction,
    ...wait,
    diagnostics,
    message: describe(status, code, diagnostics, retryAfterMs),
  }
}

/** Reads the diagnostic headers, each cleaned, into an object holding only those present. */
function readDiagnostics(read: (name: string) => string | undefined): WnsDiagnostics {
  const diagnostics: { -readonly [K in keyof WnsDiagnostics]: WnsDiagnostics[K] } = {}
  const status = clean(read('x-wns-status') ?? read('x-wns-notificationstatus'))?.toLowerCase()
  if (status !== undefined) diagnostics.notificationStatus = status
  const msgId = clean(read('x-wns-msg-id'))
  if (msgId !== undefined) diagnostics.msgId = msgId
  const device = clean(read('x-wns-deviceconnectionstatus'))?.toLowerCase()
  if (device !== undefined) diagnostics.deviceConnectionStatus = device
  const debugTrace = clean(read('x-wns-debug-trace'))
  if (debugTrace !== undefined) diagnostics.debugTrace = debugTrace
  const errorDescription = clean(read('x-wns-error-description'))
  if (errorDescription !== undefined) diagnostics.errorDescription = errorDescription
  // A challenge carries no credential, and redacting "Bearer error=…" would garble it.
  const wwwAuthenticate = clean(read('www-authenticate'), false)
  if (wwwAuthenticate !== undefined) diagnostics.wwwAuthenticate = wwwAuthenticate
  const correlationVector = clean(read('ms-cv'))
  if (correlationVector !== undefined) diagnostics.correlationVector = correlationVector
  return diagnostics
}

/** Printable ASCII with no space at either end: what `clean` leaves as it is. */
const TIDY = /^[\x21-\x7e](?:[\x20-\x7e]*[\x21-\x7e])?$/

/**
 * What every pattern of `redactSecrets` needs: "Bearer" (any case), `=` or `"`. Text without any
 * of them comes out of it unchanged, so it is not run.
 */
const MAY_HOLD_SECRET = /bearer|[="]/i

/** Header text from the network, made printable and bounded before it is kept or quoted. */
function clean(value: string | undefined, redact = true): string | undefined {
  if (value === undefined) return undefined
  // The usual answer (short, printable, trimmed) skips the copies made below.
  const text = value.length <= DIAGNOSTIC_LIMIT && TIDY.test(value) ? value : tidy(value)
  if (text === undefined) return undefined
  return redact && MAY_HOLD_SECRET.test(text) ? redactSecrets(text) : text
}

function tidy(value: string): string | undefined {
  const printable = value.replace(/[^\x20-\x7e]/g, ' ').trim()
  if (printable === '') return undefined
  return printable.length > DIAGNOSTIC_LIMIT ? printable.slice(0, DIAGNOSTIC_LIMIT) : printable
}

function describe(
  status: number,
  code: WnsErrorCode,
  diagnostics: WnsDiagnostics,
  retryAfterMs: number | undefined,
): string {
  const base =
    code === 'UNEXPECTED_RESPONSE'
      ? `WNS answered with status ${status}, which this library does not know`
      : WNS_ERROR_CODES[code].message
  const details: string[] = []
  const { notificationStatus, wwwAuthenticate, errorDescription } = diagnostics
  if (notificationStatus !== undefined) {
    const note = STATUS_NOTES[`${status} ${notificationStatus}`]
    details.push(`X-WNS-Status ${notificationStatus}${note ? `: ${note}` : ''}`)
  }
  if (wwwAuthenticate !== undefined) {
    const reason = /error_description="([^"]*)"/i.exec(wwwAuthenticate)?.[1]
    details.push(`WWW-Authenticate: ${reason ?? wwwAuthenticate}`)
  }
  if (errorDescription !== undefined) details.push(`X-WNS-Error-Description: ${errorDescription}`)
  if (retryAfterMs !== undefined) details.push(`retry after ${Math.ceil(retryAfterMs / 1000)} s`)
  return details.length === 0 ? base : `${base} (${details.join('; ')})`
}
