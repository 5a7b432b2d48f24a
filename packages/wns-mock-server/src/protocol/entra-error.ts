import type { MockResponse } from './mock-exchange'
import { createGuid } from './random-ids'
import { jsonAnswer } from './wns-answers'

/**
 * Entra ID (AADSTS) errors the fake answers with. Codes and texts follow Entra's published error
 * reference; the exact wording Entra uses may differ (**unconfirmed**), the shape does not.
 * @see https://learn.microsoft.com/entra/identity-platform/reference-error-codes
 * @internal
 */
export const ENTRA_ERRORS = {
  tenantNotFound: { status: 400, error: 'invalid_request', code: 90002 },
  missingParameter: { status: 400, error: 'invalid_request', code: 900144 },
  badContentType: { status: 400, error: 'invalid_request', code: 900144 },
  unsupportedGrantType: { status: 400, error: 'unsupported_grant_type', code: 70003 },
  invalidScope: { status: 400, error: 'invalid_scope', code: 70011 },
  unknownClient: { status: 400, error: 'unauthorized_client', code: 700016 },
  missingSecret: { status: 401, error: 'invalid_client', code: 7000218 },
  wrongSecret: { status: 401, error: 'invalid_client', code: 7000215 },
} as const

/** One of {@link ENTRA_ERRORS}. @internal */
export type EntraErrorKind = keyof typeof ENTRA_ERRORS

/**
 * An Entra ID error answer: `error`, `error_description` (`AADSTS…` text with trace and
 * correlation ids), `error_codes`, `timestamp`, `trace_id`, `correlation_id`, `error_uri`.
 * @internal
 */
export function entraError(kind: EntraErrorKind, description: string, now: number): MockResponse {
  const { status, error, code } = ENTRA_ERRORS[kind]
  const traceId = createGuid()
  const correlationId = createGuid()
  const timestamp = `${new Date(now).toISOString().replace('T', ' ').slice(0, 19)}Z`
  return jsonAnswer(status, {
    error,
    error_description: `AADSTS${code}: ${description} Trace ID: ${traceId} Correlation ID: ${correlationId} Timestamp: ${timestamp}`,
    error_codes: [code],
    timestamp,
    trace_id: traceId,
    correlation_id: correlationId,
    error_uri: `https://login.microsoftonline.com/error?code=${code}`,
  })
}
