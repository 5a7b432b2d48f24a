// Public API of @homepot/wns-core. Explicit, grouped exports only; no `export *`.

// --- constants
export {
  ENTRA_TOKEN_SCOPE,
  entraTokenUrl,
  LIVE_TOKEN_SCOPE,
  LIVE_TOKEN_URL,
  WNS_CHANNEL_DOMAIN,
  WNS_MAX_GROUP_LENGTH,
  WNS_MAX_PAYLOAD_BYTES,
  WNS_MAX_TAG_LENGTH,
} from './constants'

// --- errors
export {
  type ChannelAction,
  isWnsErrorCode,
  WNS_ERROR_CODES,
  WNS_STATUS_TO_ERROR_CODE,
  type WnsErrorCode,
  type WnsErrorCodeInfo,
} from './errors/error-codes'
export { REDACTED, redactHeaders, redactSecrets } from './errors/redact'
export {
  type RedactedRequest,
  type WnsDiagnostics,
  WnsError,
  type WnsErrorOptions,
} from './errors/wns-error'
export { type BuildOptions, createNotification } from './notification/create-notification'
// --- notification model
export {
  WNS_CONTENT_TYPES,
  WNS_NOTIFICATION_TYPES,
  WNS_TYPE_HEADER_VALUES,
  type WnsContentType,
  type WnsNotification,
  type WnsNotificationType,
} from './notification/notification'
export { bodyByteLength, utf8ByteLength } from './notification/utf8'

// --- payload builders (toast, tile, badge, raw, fromXml)

// --- channel URIs

// --- send options and request building

// --- access tokens

// --- response classification
