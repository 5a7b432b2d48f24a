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
export {
  ADAPTIVE_TEXT_STYLES,
  type AdaptiveGroupSpec,
  type AdaptiveImageSpec,
  type AdaptiveSubgroupChild,
  type AdaptiveSubgroupSpec,
  type AdaptiveTextSpec,
  type AdaptiveTextStyle,
} from './payload/adaptive-content'
export { BADGE_GLYPHS, type BadgeGlyph } from './payload/badge-glyphs'
export { badge, badge as buildBadge } from './payload/build-badge'
export { fromXml as buildFromXml, fromXml } from './payload/build-from-xml'
export { type JsonValue, raw as buildRaw, raw } from './payload/build-raw'
export { tile as buildTile, tile } from './payload/build-tile'
export { toast as buildToast, toast } from './payload/build-toast'
export { ADAPTIVE_LIMITS, TOAST_LIMITS } from './payload/limits'
export {
  TILE_TEMPLATES,
  type TileBindingSpec,
  type TileBranding,
  type TileChildSpec,
  type TilePlacedImageSpec,
  type TileSpec,
  type TileTemplate,
} from './payload/tile-spec'
export {
  TOAST_SOUND_EVENTS,
  type ToastActionSpec,
  type ToastActivationType,
  type ToastAppLogoSpec,
  type ToastAudioSpec,
  type ToastHeaderSpec,
  type ToastHeroImageSpec,
  type ToastInputSpec,
  type ToastProgressSpec,
  type ToastSelectionInputSpec,
  type ToastSelectionSpec,
  type ToastSoundEvent,
  type ToastSpec,
  type ToastTextInputSpec,
  type ToastTextSpec,
} from './payload/toast-spec'
// --- deterministic randomness
export { createSeededRandom } from './random/create-seeded-random'
export { escapeXmlAttribute, escapeXmlText } from './xml/escape'
export {
  type NotificationXmlValidation,
  validateNotificationXml,
  type XmlNotificationType,
} from './xml/validate-notification-xml'

// --- channel URIs

export { assertValidChannelUri } from './channel/assert-valid-channel-uri'
export {
  type ChannelUriParser,
  type ChannelUriTarget,
  createChannelUriParser,
} from './channel/create-channel-uri-parser'
export { type ChannelUriCase, HOSTILE_CHANNEL_URIS } from './channel/hostile-channel-uris'
export { VALID_CHANNEL_URI_EXAMPLES } from './channel/valid-channel-uri-examples'
export {
  type ChannelUriOptions,
  type ChannelUriValidation,
  DEFAULT_CHANNEL_URI_MAX_LENGTH,
  isValidChannelUri,
  LEGACY_CHANNEL_URI_MAX_LENGTH,
  LEGACY_CHANNEL_URI_MIN_LENGTH,
  validateChannelUri,
} from './channel/validate-channel-uri'

// --- send options and request building

export { type BuildDeleteRequestInput, buildDeleteRequest } from './request/build-delete-request'
export { type BuildSendRequestInput, buildSendRequest } from './request/build-send-request'
export { buildWnsHeaders, type WnsHeaderBuild } from './request/build-wns-headers'
export { buildMatchHeader, parseMatchHeader, type WnsMatch } from './request/match-header'
export {
  type ParsedWnsRequest,
  type ParseWnsRequestHeadersOptions,
  parseWnsRequestHeaders,
  type WnsRequestHeadersParse,
} from './request/parse-wns-request-headers'
export { WNS_REQUEST_HEADERS } from './request/request-headers'
export {
  WNS_MAX_CORRELATION_VECTOR_LENGTH,
  WNS_PRIORITY,
  type WnsCachePolicy,
  type WnsPriority,
  type WnsSendOptions,
} from './request/send-options'
export type { WnsHttpRequest } from './request/wns-http-request'

// --- access tokens

export type { AccessToken } from './token/access-token'
export {
  buildTokenRequest,
  type TokenHttpRequest,
  type TokenRequestOptions,
} from './token/build-token-request'
export {
  type EntraCredentials,
  isEntraCredentials,
  type LiveCredentials,
  type WnsCredentials,
} from './token/credentials'
export {
  type OAuthErrorCode,
  type ParseTokenRequestBodyOptions,
  parseTokenRequestBody,
  type TokenRequestBodyParse,
  type TokenRequestFields,
} from './token/parse-token-request-body'
export { type ParseTokenResponseOptions, parseTokenResponse } from './token/parse-token-response'

// --- response classification

export {
  classifyResponse,
  type WnsFailure,
  type WnsOutcome,
  type WnsResponseLike,
  type WnsSuccess,
} from './response/classify-response'
export { parseRetryAfter } from './response/parse-retry-after'
export {
  CLASSIFIED_RESPONSE_HEADERS,
  type WnsResponseHeaders,
} from './response/response-headers'
export { toWnsError } from './response/to-wns-error'
