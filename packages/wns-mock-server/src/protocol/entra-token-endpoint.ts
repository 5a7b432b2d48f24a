import { ENTRA_TOKEN_SCOPE, type OAuthErrorCode } from '@homepot/wns-core'
import type { MockState } from '../state/mock-state'
import { entraError } from './entra-error'
import type { MockRequest, MockResponse } from './mock-exchange'
import { hasFormField, readTokenForm } from './read-token-form'
import { secretsMatch } from './secrets-match'
import { jsonAnswer } from './wns-answers'

/** Path of the Entra ID v2 token endpoint; the first segment is the tenant. */
export const ENTRA_TOKEN_PATH = /^\/([^/]+)\/oauth2\/v2\.0\/token$/

/**
 * Answers `POST https://login.microsoftonline.com/{tenant}/oauth2/v2.0/token` like Entra ID:
 * 200 `{ token_type: 'Bearer', expires_in, ext_expires_in, access_token }`, or an Entra error
 * (unknown tenant, missing parameter, wrong grant type or scope, unknown app, bad secret).
 * @internal
 */
export function answerEntraToken(
  state: MockState,
  request: MockRequest,
  tenantId: string,
): MockResponse {
  const now = state.now()
  if (request.method !== 'POST') {
    return jsonAnswer(
      405,
      { error: 'invalid_request', error_description: 'Use POST' },
      { allow: 'POST' },
    )
  }
  if (!state.apps.hasTenant(tenantId)) {
    return entraError('tenantNotFound', `Tenant '${tenantId}' not found.`, now)
  }
  const form = readTokenForm(request, ENTRA_TOKEN_SCOPE)
  if (!form.ok) return entraFormError(request, form.error, form.reason, now)
  const { clientId, clientSecret } = form.value
  const app = state.apps.findEntra(tenantId, clientId)
  if (app === undefined) {
    return entraError(
      'unknownClient',
      `Application with identifier '${clientId}' was not found in the directory '${tenantId}'.`,
      now,
    )
  }
  if (!secretsMatch(clientSecret, app.clientSecret)) {
    return entraError('wrongSecret', 'Invalid client secret provided.', now)
  }
  const accessToken = state.tokens.issue(app.id, app.tokenTtlSeconds)
  state.stats.counters.tokensIssued += 1
  return jsonAnswer(200, {
    token_type: 'Bearer',
    expires_in: app.tokenTtlSeconds,
    ext_expires_in: app.tokenTtlSeconds,
    access_token: accessToken,
  })
}

/** Maps the OAuth error `parseTokenRequestBody` found to the AADSTS error Entra answers with. */
function entraFormError(
  request: MockRequest,
  error: OAuthErrorCode,
  reason: string,
  now: number,
): MockResponse {
  switch (error) {
    case 'unsupported_grant_type':
      return entraError('unsupportedGrantType', `The grant type is not supported: ${reason}.`, now)
    case 'invalid_scope':
      return entraError(
        'invalidScope',
        `The provided value for the input parameter 'scope' is not valid; use ${ENTRA_TOKEN_SCOPE}.`,
        now,
      )
    case 'invalid_client':
      if (hasFormField(request, 'client_id') && !hasFormField(request, 'client_secret')) {
        return entraError(
          'missingSecret',
          "The request body must contain the following parameter: 'client_assertion' or 'client_secret'.",
          now,
        )
      }
      return entraError('missingParameter', `The request body is not valid: ${reason}.`, now)
    default:
      return entraError('missingParameter', `The request body is not valid: ${reason}.`, now)
  }
}
