/**
 * What a sender should do with a channel after an error.
 * - `keep`: the channel is fine; the problem is elsewhere.
 * - `reregister`: the channel is not recognised (404); ask the device for a new one.
 * - `remove`: the channel is gone (410) or can never be valid; delete it, never send to it again.
 */
export type ChannelAction = 'keep' | 'reregister' | 'remove'

/** Static facts about one error code: its default message and what a sender should do. */
export interface WnsErrorCodeInfo {
  /** Message used when nothing more specific is known. */
  readonly message: string
  /** Whether sending the same request again, later, can succeed. */
  readonly retryable: boolean
  /** Whether a fresh access token may fix it. */
  readonly reauthenticate: boolean
  /** What to do with the channel. */
  readonly channelAction: ChannelAction
  /** The HTTP status WNS answers with for this code, when the code comes from WNS. */
  readonly status?: number
}

/**
 * Every error code HOMEPOT Push uses, with its default message and handling flags.
 *
 * The first group mirrors HOMEPOT's Python module; the rest cover every other WNS status and
 * everything that can fail before a request reaches WNS.
 * @see https://learn.microsoft.com/windows/apps/design/shell/tiles-and-notifications/push-request-response-headers
 */
export const WNS_ERROR_CODES = {
  INVALID_CHANNEL_URI: {
    message: 'The channel URI is not a valid WNS channel URI',
    retryable: false,
    reauthenticate: false,
    channelAction: 'remove',
  },
  CHANNEL_EXPIRED: {
    message: 'WNS does not recognise the channel URI (404); the device must request a new channel',
    retryable: false,
    reauthenticate: false,
    channelAction: 'reregister',
    status: 404,
  },
  CHANNEL_GONE: {
    message: 'The channel has expired or was revoked (410); never send to it again',
    retryable: false,
    reauthenticate: false,
    channelAction: 'remove',
    status: 410,
  },
  UNAUTHORIZED: {
    message: 'WNS rejected the access token (401)',
    retryable: false,
    reauthenticate: true,
    channelAction: 'keep',
    status: 401,
  },
  FORBIDDEN: {
    message:
      'The access token is not allowed to send to this channel (403); check the app registration',
    retryable: false,
    reauthenticate: false,
    channelAction: 'keep',
    status: 403,
  },
  THROTTLED: {
    message: 'WNS throttled the sender (406); slow down',
    retryable: true,
    reauthenticate: false,
    channelAction: 'keep',
    status: 406,
  },
  PAYLOAD_TOO_LARGE: {
    message: 'The notification payload is larger than WNS accepts',
    retryable: false,
    reauthenticate: false,
    channelAction: 'keep',
    status: 413,
  },
  SERVICE_UNAVAILABLE: {
    message: 'WNS is temporarily unavailable (503)',
    retryable: true,
    reauthenticate: false,
    channelAction: 'keep',
    status: 503,
  },
  BAD_REQUEST: {
    message: 'WNS rejected the request headers or payload (400)',
    retryable: false,
    reauthenticate: false,
    channelAction: 'keep',
    status: 400,
  },
  METHOD_NOT_ALLOWED: {
    message: 'WNS does not allow this HTTP method (405)',
    retryable: false,
    reauthenticate: false,
    channelAction: 'keep',
    status: 405,
  },
  QUOTA_EXCEEDED: {
    message: 'The app exceeded its WNS quota or rate limit (429)',
    retryable: false,
    reauthenticate: false,
    channelAction: 'keep',
    status: 429,
  },
  INTERNAL_SERVER_ERROR: {
    message: 'WNS failed with an internal error (500)',
    retryable: true,
    reauthenticate: false,
    channelAction: 'keep',
    status: 500,
  },
  UNEXPECTED_RESPONSE: {
    message: 'WNS answered with a status this library does not know',
    retryable: false,
    reauthenticate: false,
    channelAction: 'keep',
  },
  INVALID_PAYLOAD: {
    message: 'The notification payload is not valid',
    retryable: false,
    reauthenticate: false,
    channelAction: 'keep',
  },
  INVALID_OPTIONS: {
    message: 'The options are not valid',
    retryable: false,
    reauthenticate: false,
    channelAction: 'keep',
  },
  AUTH_FAILED: {
    message: 'The token endpoint refused the credentials',
    retryable: false,
    reauthenticate: false,
    channelAction: 'keep',
  },
  TIMEOUT: {
    message: 'The request to WNS timed out',
    retryable: true,
    reauthenticate: false,
    channelAction: 'keep',
  },
  NETWORK_ERROR: {
    message: 'The connection to WNS failed',
    retryable: true,
    reauthenticate: false,
    channelAction: 'keep',
  },
  ABORTED: {
    message: 'The send was aborted before it completed',
    retryable: false,
    reauthenticate: false,
    channelAction: 'keep',
  },
} as const satisfies Record<string, WnsErrorCodeInfo>

/** A stable error code; see {@link WNS_ERROR_CODES} for what each means. */
export type WnsErrorCode = keyof typeof WNS_ERROR_CODES

/**
 * The single map from a WNS HTTP status to an error code. Statuses not listed map to
 * `UNEXPECTED_RESPONSE` (retryable when 5xx).
 */
export const WNS_STATUS_TO_ERROR_CODE: Readonly<Record<number, WnsErrorCode>> = {
  400: 'BAD_REQUEST',
  401: 'UNAUTHORIZED',
  403: 'FORBIDDEN',
  404: 'CHANNEL_EXPIRED',
  405: 'METHOD_NOT_ALLOWED',
  406: 'THROTTLED',
  410: 'CHANNEL_GONE',
  413: 'PAYLOAD_TOO_LARGE',
  429: 'QUOTA_EXCEEDED',
  500: 'INTERNAL_SERVER_ERROR',
  503: 'SERVICE_UNAVAILABLE',
}

/** Whether a string is one of the known {@link WnsErrorCode}s. */
export function isWnsErrorCode(value: unknown): value is WnsErrorCode {
  return typeof value === 'string' && Object.hasOwn(WNS_ERROR_CODES, value)
}
