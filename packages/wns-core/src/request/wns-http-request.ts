/**
 * A complete HTTP request for WNS, built without I/O; any HTTP client can send it. Post to `url`
 * exactly as given: it is the original channel URI, never re-encoded.
 */
export interface WnsHttpRequest {
  /** `POST` to send a notification, `DELETE` to remove toasts from Action Center. */
  method: 'POST' | 'DELETE'
  /** The channel URI, exactly as the device handed it over. */
  url: string
  /** Every header to send, `Authorization` included: redact before logging. */
  headers: Record<string, string>
  /** The body; `undefined` for `DELETE`. */
  body: string | Uint8Array | undefined
  /** Options that are accepted but documented for phone channels only. */
  warnings: string[]
}
