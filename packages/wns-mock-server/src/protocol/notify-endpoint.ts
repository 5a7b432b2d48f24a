import {
  parseMatchHeader,
  parseWnsRequestHeaders,
  redactHeaders,
  validateNotificationXml,
  WNS_MAX_PAYLOAD_BYTES,
} from '@homepot/wns-core'
import { type Channel, channelKey } from '../state/channel-store'
import type { MockState } from '../state/mock-state'
import type { WnsReceivedNotification } from '../state/received-notification'
import { checkAuthorization } from './check-authorization'
import { deliverNotification } from './deliver-notification'
import { decodeUtf8 } from './encoding'
import type { MockRequest, MockResponse } from './mock-exchange'
import { statusHeaders, wnsError, wnsSuccess } from './wns-answers'

/**
 * Answers a request to a channel URI the way WNS does, checking in this order: method (405),
 * chunked body (400), bearer token (401), channel (404), token's app (403), channel state
 * (410/404/406), headers (400), payload size (413), payload (400); then delivers it.
 * @internal
 */
export function answerNotification(state: MockState, request: MockRequest): MockResponse {
  if (request.method !== 'POST' && request.method !== 'DELETE') {
    return wnsError(request, 405, `${request.method} is not allowed; use POST (or DELETE)`, {
      allow: 'POST, DELETE',
    })
  }
  if (/\bchunked\b/i.test(request.headers['transfer-encoding'] ?? '')) {
    return wnsError(request, 400, 'Chunked request bodies are not supported; send Content-Length')
  }
  const auth = checkAuthorization(state, request)
  if ('refusal' in auth) return auth.refusal
  const channel = state.channels.find(channelKey(request.url))
  if (channel === undefined) return wnsError(request, 404, 'The channel URI is not recognised')
  if (channel.appId !== auth.appId) {
    return wnsError(request, 403, 'The access token was issued to another app than the channel')
  }
  const refusal = checkChannelState(state, channel, request)
  if (refusal !== undefined) return refusal
  return request.method === 'DELETE'
    ? answerRemoval(state, channel, request, auth.appId)
    : answerSend(state, channel, request, auth.appId)
}

function checkChannelState(
  state: MockState,
  channel: Channel,
  request: MockRequest,
): MockResponse | undefined {
  if (channel.state === 'expired' || state.now() >= channel.expiresAt) {
    return wnsError(request, 410, 'The channel has expired')
  }
  switch (channel.state) {
    case 'revoked':
      return wnsError(request, 410, 'Revoked channel URL', statusHeaders('revoked'))
    case 'invalid':
      return wnsError(request, 404, 'The channel URI is not valid')
    case 'throttled':
      return wnsError(request, 406, 'The channel is throttled', {
        ...statusHeaders('channelthrottled'),
        'retry-after': String(channel.retryAfterSeconds),
      })
    default:
      return undefined
  }
}

function answerSend(
  state: MockState,
  channel: Channel,
  request: MockRequest,
  appId: string,
): MockResponse {
  const parsed = parseWnsRequestHeaders(request.headers, { strict: state.strictPhoneHeaders })
  if (!parsed.ok) return wnsError(request, 400, parsed.reason)
  const { type, options } = parsed.value
  if (request.body.byteLength > WNS_MAX_PAYLOAD_BYTES) {
    return wnsError(
      request,
      413,
      `The payload has ${request.body.byteLength} bytes; at most ${WNS_MAX_PAYLOAD_BYTES} are allowed`,
    )
  }
  let body: string | Uint8Array = request.body.slice()
  if (type !== 'raw') {
    const xml = decodeUtf8(request.body)
    if (xml === undefined) return wnsError(request, 400, 'The payload is not valid UTF-8')
    const checked = validateNotificationXml(type, xml)
    if (!checked.valid) return wnsError(request, 400, checked.reason)
    body = xml
  }
  const notification = record(state, request, type, body, appId)
  const status = deliverNotification(state, channel, notification, options)
  return wnsSuccess(request, {
    status,
    msgId: notification.msgId,
    ...deviceStatus(channel, options.requestForStatus),
  })
}

function answerRemoval(
  state: MockState,
  channel: Channel,
  request: MockRequest,
  appId: string,
): MockResponse {
  const header = request.headers['x-wns-match']
  if (header === undefined) return wnsError(request, 400, 'X-WNS-Match is required with DELETE')
  if (parseMatchHeader(header) === undefined) {
    return wnsError(request, 400, 'X-WNS-Match is not a valid match expression')
  }
  const notification = record(state, request, 'toast', '', appId)
  if (channel.state === 'active') {
    channel.inbox.push({ ...notification, deliveredAt: notification.receivedAt })
  }
  const requestForStatus = /^true$/i.test(request.headers['x-wns-requestforstatus']?.trim() ?? '')
  return wnsSuccess(request, {
    status: 'received',
    msgId: notification.msgId,
    ...deviceStatus(channel, requestForStatus),
  })
}

function record(
  state: MockState,
  request: MockRequest,
  type: WnsReceivedNotification['type'],
  body: string | Uint8Array,
  appId: string,
): WnsReceivedNotification {
  return {
    type,
    method: request.method === 'DELETE' ? 'DELETE' : 'POST',
    headers: Object.freeze(redactHeaders(request.headers)),
    body,
    receivedAt: state.now(),
    msgId: state.nextMsgId(),
    appId,
  }
}

function deviceStatus(channel: Channel, requested: boolean | undefined): { deviceStatus?: string } {
  if (requested !== true) return {}
  return { deviceStatus: channel.state === 'active' ? 'connected' : 'disconnected' }
}
