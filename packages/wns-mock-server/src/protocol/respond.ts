import { channelKey } from '../state/channel-store'
import type { FaultDecision } from '../state/fault-plan'
import type { MockState } from '../state/mock-state'
import { utf8 } from './encoding'
import { answerEntraToken, ENTRA_TOKEN_PATH } from './entra-token-endpoint'
import { answerLiveToken } from './live-token-endpoint'
import type { MockRequest, MockResponse } from './mock-exchange'
import { answerNotification } from './notify-endpoint'
import { ENTRA_LOGIN_HOST, isNotifyHost, LIVE_LOGIN_HOST } from './served-hosts'
import { jsonAnswer, notFound, statusHeaders, wnsError } from './wns-answers'

type Endpoint = 'notify' | 'token'

/**
 * The behaviour core: answers one request to login.live.com, login.microsoftonline.com or a
 * WNS channel, applying injected faults and counting it. `undefined` for any other host (the
 * ways in turn that into a connection error or let it pass).
 * @internal
 */
export async function respond(
  state: MockState,
  request: MockRequest,
): Promise<MockResponse | undefined> {
  const { hostname, pathname } = request.url
  let endpoint: Endpoint
  let answer: () => MockResponse
  if (hostname === LIVE_LOGIN_HOST) {
    endpoint = 'token'
    answer = () => (pathname === '/accesstoken.srf' ? answerLiveToken(state, request) : notFound())
  } else if (hostname === ENTRA_LOGIN_HOST) {
    endpoint = 'token'
    const tenant = ENTRA_TOKEN_PATH.exec(pathname)?.[1]
    answer = () =>
      tenant === undefined ? notFound() : answerEntraToken(state, request, safeDecode(tenant))
  } else if (isNotifyHost(hostname)) {
    endpoint = 'notify'
    answer = () => answerNotification(state, request)
  } else {
    return undefined
  }
  const counters = state.stats.counters
  if (endpoint === 'token') counters.tokenRequests += 1
  else counters.notificationRequests += 1
  const decision = state.faults.decide(
    endpoint,
    endpoint === 'notify' ? channelKey(request.url) : undefined,
  )
  if (decision.delayMs > 0) await sleep(decision.delayMs)
  const response = applyFault(request, endpoint, decision, answer)
  if (response.connectionFault === 'reset') counters.connectionResets += 1
  else {
    if (response.connectionFault === 'truncate') counters.truncated += 1
    state.stats.countStatus(endpoint, response.status)
  }
  return response
}

function applyFault(
  request: MockRequest,
  endpoint: Endpoint,
  decision: FaultDecision,
  answer: () => MockResponse,
): MockResponse {
  const fault = decision.answer
  if (fault?.kind === 'reset') return { ...notFound(), connectionFault: 'reset' }
  if (fault?.kind === 'truncate') return truncated(answer())
  if (fault?.status === undefined) return answer()
  const retryAfter =
    fault.retryAfterSeconds === undefined ? {} : { 'retry-after': String(fault.retryAfterSeconds) }
  if (endpoint === 'token') {
    return jsonAnswer(
      fault.status,
      { error: 'temporarily_unavailable', error_description: 'Injected fault' },
      retryAfter,
    )
  }
  const throttle = fault.status === 406 ? statusHeaders(fault.wnsStatus) : {}
  return wnsError(request, fault.status, `Injected fault: ${fault.status}`, {
    ...throttle,
    ...retryAfter,
  })
}

/** A truncated answer needs a body to cut: an empty one gets a filler the client never sees whole. */
function truncated(response: MockResponse): MockResponse {
  const body =
    response.body.byteLength > 1 ? response.body : utf8('{"truncated":"by an injected fault"}')
  return {
    ...response,
    headers: { ...response.headers, 'content-length': String(body.byteLength) },
    body,
    connectionFault: 'truncate',
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms))
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text)
  } catch {
    return text
  }
}
