import { randomBytes } from 'node:crypto'
import { EMPTY_BODY, utf8 } from './encoding'
import type { MockRequest, MockResponse } from './mock-exchange'

/**
 * `WWW-Authenticate` values of a refused token (protocol notes §9; the exact text for a missing
 * token is **unconfirmed**, so it reuses the "Invalid token" form).
 */
export const WWW_AUTHENTICATE = {
  invalid: 'Bearer error="invalid_request",error_description="Invalid token"',
  expired: 'Bearer error="invalid_request",error_description="Token expired"',
} as const

// Debug traces only need to differ; a counter behind a per-process prefix is cheap.
const TRACE_PREFIX = `MOCK${randomBytes(3).toString('hex').toUpperCase()}`
let traceCounter = 0

/** Headers every notification-endpoint answer carries: a debug trace and the echoed `MS-CV`. */
function commonHeaders(request: MockRequest): Record<string, string> {
  traceCounter = (traceCounter + 1) >>> 0
  const headers: Record<string, string> = {
    'x-wns-debug-trace': `${TRACE_PREFIX}${traceCounter.toString(16).toUpperCase().padStart(8, '0')}`,
  }
  const cv = request.headers['ms-cv']
  if (cv !== undefined) headers['ms-cv'] = headerSafe(cv)
  return headers
}

/**
 * A header value every way in can send: printable ASCII only (reasons may quote a payload's
 * non-ASCII text, which `Headers` and Node refuse), at most 512 characters.
 */
function headerSafe(text: string): string {
  return text.replace(/[^\x20-\x7e]/g, '?').slice(0, 512)
}

/** `X-WNS-Status` and its legacy twin `X-WNS-NotificationStatus` (protocol notes §5). */
export function statusHeaders(status: string): Record<string, string> {
  return { 'x-wns-status': status, 'x-wns-notificationstatus': status }
}

/**
 * A refusal from the notification endpoint: the status, `X-WNS-Error-Description` and any
 * extra headers, with an empty body.
 * @internal
 */
export function wnsError(
  request: MockRequest,
  status: number,
  description: string,
  extra: Record<string, string> = {},
): MockResponse {
  return {
    status,
    headers: {
      ...commonHeaders(request),
      'x-wns-error-description': headerSafe(description),
      ...extra,
      'content-length': '0',
    },
    body: EMPTY_BODY,
  }
}

/**
 * An acceptance: 200 with `X-WNS-Status` (`received` or `dropped`), `X-WNS-Msg-ID` and, when the
 * request asked for it, `X-WNS-DeviceConnectionStatus`.
 * @internal
 */
export function wnsSuccess(
  request: MockRequest,
  options: { status: 'received' | 'dropped'; msgId: string; deviceStatus?: string },
): MockResponse {
  return {
    status: 200,
    headers: {
      ...commonHeaders(request),
      ...statusHeaders(options.status),
      'x-wns-msg-id': options.msgId,
      ...(options.deviceStatus === undefined
        ? {}
        : { 'x-wns-deviceconnectionstatus': options.deviceStatus }),
      'content-length': '0',
    },
    body: EMPTY_BODY,
  }
}

/** A JSON answer (token endpoints). @internal */
export function jsonAnswer(
  status: number,
  body: unknown,
  extra: Record<string, string> = {},
): MockResponse {
  const bytes = utf8(JSON.stringify(body))
  return {
    status,
    headers: {
      'content-type': 'application/json; charset=utf-8',
      'cache-control': 'no-store',
      pragma: 'no-cache',
      ...extra,
      'content-length': String(bytes.byteLength),
    },
    body: bytes,
  }
}

/** A plain-text answer for paths the fake does not serve on a served host. @internal */
export function notFound(): MockResponse {
  const bytes = utf8('Not Found')
  return {
    status: 404,
    headers: { 'content-type': 'text/plain', 'content-length': String(bytes.byteLength) },
    body: bytes,
  }
}
