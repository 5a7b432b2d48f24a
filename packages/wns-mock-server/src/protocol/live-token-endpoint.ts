import { LIVE_TOKEN_SCOPE } from '@homepot/wns-core'
import type { MockState } from '../state/mock-state'
import type { MockRequest, MockResponse } from './mock-exchange'
import { readTokenForm } from './read-token-form'
import { secretsMatch } from './secrets-match'
import { jsonAnswer } from './wns-answers'

/**
 * `X-WLID-Error` value live.com sends with a refused client (protocol notes §9 records the
 * header; this value is **unconfirmed** and only needs to be present).
 */
export const LIVE_WLID_ERROR = '0x80045A78'

/**
 * Answers `POST https://login.live.com/accesstoken.srf` like live.com: 200
 * `{ access_token, token_type: 'bearer', expires_in }`, or 400 with an OAuth `error`
 * (`{"error":"invalid_client"}` plus `X-WLID-Error` for unknown or wrong credentials).
 * @internal
 */
export function answerLiveToken(state: MockState, request: MockRequest): MockResponse {
  if (request.method !== 'POST') {
    return jsonAnswer(
      405,
      { error: 'invalid_request', error_description: 'Use POST' },
      { allow: 'POST' },
    )
  }
  const form = readTokenForm(request, LIVE_TOKEN_SCOPE)
  if (!form.ok && form.error === 'invalid_client') return refusedClient()
  if (!form.ok) return jsonAnswer(400, { error: form.error, error_description: form.reason })
  const app = state.apps.findLive(form.value.clientId)
  if (app === undefined || !secretsMatch(form.value.clientSecret, app.clientSecret)) {
    return refusedClient()
  }
  const accessToken = state.tokens.issue(app.id, app.tokenTtlSeconds)
  state.stats.counters.tokensIssued += 1
  return jsonAnswer(200, {
    access_token: accessToken,
    token_type: 'bearer',
    expires_in: app.tokenTtlSeconds,
  })
}

/** live.com's refusal of a client: exactly `{"error":"invalid_client"}` and `X-WLID-Error`. */
function refusedClient(): MockResponse {
  return jsonAnswer(400, { error: 'invalid_client' }, { 'x-wlid-error': LIVE_WLID_ERROR })
}
