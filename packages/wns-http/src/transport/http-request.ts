/**
 * A request as the core builders describe it: everything needed to send, nothing sent yet.
 * @internal
 */
export interface HttpRequest {
  readonly method: string
  readonly url: string
  readonly headers: Readonly<Record<string, string>>
  readonly body?: string | Uint8Array | undefined
}

/**
 * What came back: the status, the headers (lower-case names) and, when asked for, the body text.
 * @internal
 */
export interface HttpResponse {
  readonly status: number
  readonly headers: Readonly<Record<string, string | string[] | undefined>>
  readonly bodyText: string
}
