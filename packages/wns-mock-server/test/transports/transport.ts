import type { WnsMock, WnsMockOptions } from '@homepot/wns-mock-server'

/** A request as a plain HTTP client sends it: no knowledge of WNS. */
export interface PlainRequest {
  readonly method?: string
  readonly url: string
  readonly headers?: Readonly<Record<string, string>>
  readonly body?: string | Uint8Array
}

/** An answer as a plain HTTP client reads it; header names in lower case. */
export interface PlainResponse {
  readonly status: number
  readonly headers: Readonly<Record<string, string>>
  readonly body: Uint8Array
}

/** One way into the fake, driven by a plain client. */
export interface Transport {
  readonly mock: WnsMock
  send(request: PlainRequest): Promise<PlainResponse>
  close(): Promise<void>
}

/** Makes a transport over a new mock created with `options`. */
export type TransportFactory = (options: WnsMockOptions) => Promise<Transport>

/** Reads undici's response headers (string or string[] values) into a flat record. */
export function flattenHeaders(
  headers: Readonly<Record<string, string | string[] | undefined>>,
): Record<string, string> {
  const out: Record<string, string> = {}
  for (const [name, value] of Object.entries(headers)) {
    if (value !== undefined) out[name] = Array.isArray(value) ? value.join(', ') : value
  }
  return out
}
