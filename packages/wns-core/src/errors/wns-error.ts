import { type ChannelAction, WNS_ERROR_CODES, type WnsErrorCode } from './error-codes'
import { redactHeaders, redactSecrets } from './redact'

const BRAND = Symbol.for('@homepot/wns-core/WnsError')

/** Diagnostic headers WNS returns, kept on results and errors for support cases. */
export interface WnsDiagnostics {
  /** `X-WNS-Msg-ID`: the notification's id at WNS. */
  readonly msgId?: string
  /** `X-WNS-Debug-Trace`. */
  readonly debugTrace?: string
  /** `X-WNS-Error-Description`. */
  readonly errorDescription?: string
  /** `X-WNS-Status` (or the legacy `X-WNS-NotificationStatus`). */
  readonly notificationStatus?: string
  /** `X-WNS-DeviceConnectionStatus`, when it was asked for. */
  readonly deviceConnectionStatus?: string
  /** `WWW-Authenticate` on a 401: why the token was refused. */
  readonly wwwAuthenticate?: string
  /** `MS-CV`: the correlation vector echoed back. */
  readonly correlationVector?: string
}

/** A copy of the request that failed, with credentials replaced by `[REDACTED]`. */
export interface RedactedRequest {
  readonly method: string
  readonly url: string
  readonly headers: Readonly<Record<string, string>>
}

/** Everything a {@link WnsError} can carry besides its code. */
export interface WnsErrorOptions {
  /** Overrides the code's default message. Secrets in it are redacted. */
  readonly message?: string
  /** HTTP status from WNS or the token endpoint, when there was one. */
  readonly status?: number
  /** Overrides the code's default `retryable` flag. */
  readonly retryable?: boolean
  /** Overrides the code's default `reauthenticate` flag. */
  readonly reauthenticate?: boolean
  /** Overrides the code's default `channelAction`. */
  readonly channelAction?: ChannelAction
  /** How long to wait before retrying, from `Retry-After` or `X-WNS-CONTINUE-AFTER`. */
  readonly retryAfterMs?: number
  /** The path of the offending field for validation errors, e.g. `toast.actions[2].arguments`. */
  readonly field?: string
  /** WNS diagnostic headers. */
  readonly diagnostics?: WnsDiagnostics
  /** The request that failed; its credentials are redacted on the way in. */
  readonly request?: { method: string; url: string; headers: Record<string, string | undefined> }
  /** The underlying error. */
  readonly cause?: unknown
  /** Exact secrets to scrub from the message (for example the configured client secret). */
  readonly secrets?: Iterable<string | undefined>
}

/**
 * The one error class of HOMEPOT Push. Its `code` is stable and safe to branch on; its message
 * never contains a client secret or an access token.
 *
 * Use {@link WnsError.isInstance} (or `instanceof`, which is branded so it works across the ESM
 * and CJS builds) to recognise it.
 *
 * @example
 * try {
 *   await client.send(channelUri, notification)
 * } catch (error) {
 *   if (WnsError.isInstance(error) && error.channelAction === 'remove') await forget(channelUri)
 * }
 */
export class WnsError extends Error {
  /** The stable error code. */
  readonly code: WnsErrorCode
  /** HTTP status, when the error came from an HTTP answer. */
  readonly status: number | undefined
  /** Whether the same request can succeed later. */
  readonly retryable: boolean
  /** Whether a fresh access token may fix it. */
  readonly reauthenticate: boolean
  /** What to do with the channel. */
  readonly channelAction: ChannelAction
  /** How long to wait before retrying, in milliseconds, when the server said so. */
  readonly retryAfterMs: number | undefined
  /** Path of the invalid field, for validation errors. */
  readonly field: string | undefined
  /** WNS diagnostic headers. */
  readonly diagnostics: WnsDiagnostics
  /** The failed request with credentials redacted. */
  readonly request: RedactedRequest | undefined

  constructor(code: WnsErrorCode, options: WnsErrorOptions = {}) {
    const info = WNS_ERROR_CODES[code]
    const secrets = [...(options.secrets ?? [])]
    super(redactSecrets(options.message ?? info.message, secrets), {
      cause: options.cause === undefined ? undefined : redactCause(options.cause, secrets),
    })
    this.name = 'WnsError'
    this.code = code
    this.status = options.status ?? ('status' in info ? info.status : undefined)
    this.retryable = options.retryable ?? info.retryable
    this.reauthenticate = options.reauthenticate ?? info.reauthenticate
    this.channelAction = options.channelAction ?? info.channelAction
    this.retryAfterMs = options.retryAfterMs
    this.field = options.field
    this.diagnostics = options.diagnostics ?? {}
    this.request = options.request && {
      method: options.request.method,
      url: options.request.url,
      headers: redactHeaders(options.request.headers),
    }
  }

  /** Whether `value` is a {@link WnsError}, from this copy of the library or another one. */
  static isInstance(value: unknown): value is WnsError {
    return (
      typeof value === 'object' &&
      value !== null &&
      (value as Record<symbol, unknown>)[BRAND] === true
    )
  }

  static override [Symbol.hasInstance](value: unknown): boolean {
    return WnsError.isInstance(value)
  }

  /** A plain, JSON-safe view of the error (used by `JSON.stringify`). */
  toJSON(): Record<string, unknown> {
    return {
      name: this.name,
      code: this.code,
      message: this.message,
      status: this.status,
      retryable: this.retryable,
      reauthenticate: this.reauthenticate,
      channelAction: this.channelAction,
      retryAfterMs: this.retryAfterMs,
      field: this.field,
      diagnostics: this.diagnostics,
      request: this.request,
    }
  }
}

Object.defineProperty(WnsError.prototype, BRAND, { value: true })

/** Causes are copied with their messages redacted, so no secret travels along an error chain. */
function redactCause(cause: unknown, secrets: Iterable<string | undefined>): unknown {
  if (WnsError.isInstance(cause)) return cause
  if (cause instanceof Error) {
    const copy = new Error(redactSecrets(cause.message, secrets))
    copy.name = cause.name
    const code = (cause as { code?: unknown }).code
    if (code !== undefined) Object.assign(copy, { code })
    return copy
  }
  if (typeof cause === 'string') return redactSecrets(cause, secrets)
  return cause
}
