import { type Dispatcher, request } from 'undici'
import { abortedError } from '../retry/sleep'
import type { HttpRequest, HttpResponse } from './http-request'
import { answerTimeoutError, mapTransportError } from './map-transport-error'

/** Settings of one {@link sendHttpRequest} call. */
export interface SendHttpRequestOptions {
  readonly dispatcher: Dispatcher
  /** Time allowed for the whole exchange, body included. */
  readonly timeoutMs: number
  /** The caller's signal: aborting it rejects with `ABORTED`. */
  readonly signal?: AbortSignal | undefined
  /** Read the body as text (token answers); otherwise it is discarded unread. */
  readonly readBody?: boolean
}

/**
 * Performs one HTTP exchange with `undici.request`, bounded by `timeoutMs` and `signal`.
 * Resolves for every HTTP status; rejects only with a `WnsError`: `TIMEOUT`, `ABORTED` or
 * `NETWORK_ERROR`.
 * @internal
 */
export async function sendHttpRequest(
  input: HttpRequest,
  options: SendHttpRequestOptions,
): Promise<HttpResponse> {
  const { signal } = options
  if (signal?.aborted) throw abortedError(signal)
  // One controller per attempt joins the caller's signal and the timeout; `timedOut` tells the
  // two apart afterwards (undici rethrows whatever reason the signal carries).
  const controller = new AbortController()
  let timedOut = false
  const onCallerAbort = (): void => controller.abort(signal?.reason)
  signal?.addEventListener('abort', onCallerAbort, { once: true })
  const timer = setTimeout(() => {
    timedOut = true
    controller.abort()
  }, options.timeoutMs)
  try {
    const response = await request(input.url, {
      method: input.method as Dispatcher.HttpMethod,
      headers: input.headers,
      body: input.body ?? null,
      dispatcher: options.dispatcher,
      signal: controller.signal,
    })
    let bodyText = ''
    if (options.readBody) bodyText = await response.body.text()
    else await response.body.dump()
    return { status: response.statusCode, headers: response.headers, bodyText }
  } catch (error) {
    if (timedOut) throw answerTimeoutError(input, options.timeoutMs)
    if (signal?.aborted) throw abortedError(signal)
    throw mapTransportError(error, input)
  } finally {
    clearTimeout(timer)
    signal?.removeEventListener('abort', onCallerAbort)
  }
}
