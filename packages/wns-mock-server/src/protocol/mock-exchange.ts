/**
 * A request as the behaviour core sees it, whichever way it came in (msw, the in-process
 * dispatcher or the loopback server).
 * @internal
 */
export interface MockRequest {
  readonly method: string
  readonly url: URL
  /** Header names in lower case; repeated headers joined with `, `. */
  readonly headers: Readonly<Record<string, string>>
  readonly body: Uint8Array
}

/**
 * How an answer ends. `reset` closes the connection without answering; `truncate` sends the
 * headers and part of the body, then closes the connection.
 */
export type MockConnectionFault = 'reset' | 'truncate'

/**
 * An answer of the behaviour core, turned into a `Response`, undici callbacks or socket writes
 * by each way in.
 * @internal
 */
export interface MockResponse {
  readonly status: number
  /** Header names in lower case. */
  readonly headers: Readonly<Record<string, string>>
  readonly body: Uint8Array
  /** Set when the connection must fail instead of completing the answer. */
  readonly connectionFault?: MockConnectionFault
}

/** How many body bytes a truncated answer still sends before the connection drops. */
export function truncatedLength(body: Uint8Array): number {
  return Math.floor(body.byteLength / 2)
}
