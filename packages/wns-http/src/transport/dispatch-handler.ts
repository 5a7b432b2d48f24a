import { CLASSIFIED_RESPONSE_HEADERS, type WnsResponseHeaders } from '@homepot/wns-core'
import { type Dispatcher, errors } from 'undici'
import { watchAbort } from './watch-abort'

/**
 * What a dispatched request resolves to: the status, and the response headers that
 * `classifyResponse` reads (the rest are never turned into strings).
 * @internal
 */
export interface DispatchedResponse {
  readonly status: number
  readonly headers: WnsResponseHeaders
}

/**
 * How much of a response body is read and thrown away before the connection is dropped instead:
 * undici's own `body.dump()` limit. WNS answers carry no body worth reading.
 */
const DISCARD_LIMIT = 128 * 1024

const NO_HEADERS: WnsResponseHeaders = Object.freeze({})

/**
 * Settles one dispatched request: resolves with the status and classified headers once the
 * response has ended (its body read and discarded), rejects with what the transport reported,
 * or with {@link cancel}'s reason. Creates no response stream and no per-request `AbortSignal`.
 *
 * It speaks undici's legacy handler style (`onConnect`, `onHeaders`, `onData`, `onComplete`,
 * `onError`), the one undici 7's own Agent, Pool and Client call natively; a handler with
 * `onRequestStart` would be wrapped in a controller and get every header parsed into an object.
 * {@link DualStyleResponseHandler} adds the newer style for any other dispatcher.
 * @internal
 */
export class ResponseHandler {
  readonly #resolve: (response: DispatchedResponse) => void
  readonly #reject: (reason: unknown) => void
  #abort: ((reason?: Error) => void) | undefined
  #settled = false
  #status = 0
  #headers = NO_HEADERS
  #discarded = 0
  #timer: ReturnType<typeof setTimeout> | undefined
  #unwatch: (() => void) | undefined

  constructor(resolve: (response: DispatchedResponse) => void, reject: (reason: unknown) => void) {
    this.#resolve = resolve
    this.#reject = reject
  }

  /** Cancels the request when `signal` aborts (the caller has checked it is not aborted yet). */
  watch(signal: AbortSignal): void {
    this.#unwatch = watchAbort(signal, () => this.cancel(signal.reason))
  }

  /** Cancels the request with a {@link DispatchTimeoutError} after `ms` milliseconds. */
  expireAfter(ms: number): void {
    this.#timer = setTimeout(() => this.cancel(new DispatchTimeoutError(ms)), ms)
  }

  /**
   * Rejects with `reason` unless the request has settled or its status is in, and aborts it: at once when it is on a
   * connection, or as soon as the dispatcher hands it one.
   */
  cancel(reason: unknown): void {
    if (this.#settled) return
    // After the final status the answer is known (see onError): settle with it, stop the body.
    if (this.#status >= 200) this.#succeed()
    else this.#fail(reason)
    this.#abort?.(new errors.RequestAbortedError())
  }

  // --- undici's legacy handler style

  onConnect(abort: (reason?: Error) => void): void {
    // undici calls it again when it re-queues the request after losing a connection.
    if (this.#settled) abort(new errors.RequestAbortedError())
    else this.#abort = abort
  }

  onHeaders(status: number, rawHeaders: Buffer[] | string[] | null): boolean {
    this.receiveHeaders(status, rawHeaders === null ? NO_HEADERS : keepClassified(rawHeaders))
    return true
  }

  onData(chunk: Buffer): boolean {
    this.#discarded += chunk.length
    if (this.#discarded > DISCARD_LIMIT) {
      this.#succeed()
      this.#abort?.(new errors.RequestAbortedError())
    }
    return true
  }

  onComplete(): void {
    this.#succeed()
  }

  onError(error: Error): void {
    // Once the final status and headers are in, WNS's answer is known: it has already accepted
    // (or refused) the notification, and its bodies carry nothing we read. Failing now would
    // retry a notification WNS accepted and deliver it twice, so a cut body still settles.
    if (this.#status >= 200) this.#succeed()
    else this.#fail(error)
  }

  /** Keeps the final status and headers; informational (1xx) answers are skipped, as undici's `request()` does. */
  protected receiveHeaders(status: number, headers: WnsResponseHeaders): void {
    if (status < 200) return
    this.#status = status
    this.#headers = headers
  }

  #succeed(): void {
    if (this.#settled) return
    this.#settled = true
    this.#release()
    this.#resolve({ status: this.#status, headers: this.#headers })
  }

  #fail(reason: unknown): void {
    if (this.#settled) return
    this.#settled = true
    this.#release()
    this.#reject(reason)
  }

  #release(): void {
    if (this.#timer !== undefined) clearTimeout(this.#timer)
    this.#unwatch?.()
  }
}

/**
 * {@link ResponseHandler} that also speaks undici's newer handler style (`onRequestStart`,
 * `onResponseStart`, `onResponseData`, `onResponseEnd`, `onResponseError`), for dispatchers that
 * are not undici's own: interceptors, mocks, other undici versions. A dispatcher calls one style
 * or the other, never both.
 * @internal
 */
export class DualStyleResponseHandler extends ResponseHandler {
  onRequestStart(controller: Dispatcher.DispatchController): void {
    this.onConnect((reason) => controller.abort(reason ?? new errors.RequestAbortedError()))
  }

  onResponseStart(
    _controller: Dispatcher.DispatchController,
    status: number,
    headers: WnsResponseHeaders,
  ): void {
    this.receiveHeaders(status, headers)
  }

  onResponseData(_controller: Dispatcher.DispatchController, chunk: Buffer): void {
    this.onData(chunk)
  }

  onResponseEnd(): void {
    this.onComplete()
  }

  onResponseError(_controller: Dispatcher.DispatchController, error: Error): void {
    this.onError(error)
  }
}

/**
 * What a request rejects with when its own timer (used where the dispatcher does not enforce
 * `headersTimeout`) ran out.
 * @internal
 */
export class DispatchTimeoutError extends Error {
  readonly timeoutMs: number

  constructor(timeoutMs: number) {
    super(`no answer within ${timeoutMs} ms`)
    this.name = 'DispatchTimeoutError'
    this.timeoutMs = timeoutMs
  }
}

/**
 * The classified headers of undici's raw `[name, value, …]` list, with lower-case names and
 * repeated values joined by `, ` (what `headerReader` would make of undici's parsed object).
 * Only the values of classified headers are decoded; names are matched on their bytes.
 */
function keepClassified(raw: Buffer[] | string[]): Record<string, string> {
  const kept: Record<string, string> = {}
  for (let at = 0; at + 1 < raw.length; at += 2) {
    const name = classifiedName(raw[at] as Buffer | string)
    if (name === undefined) continue
    const value = raw[at + 1] as Buffer | string
    const text = typeof value === 'string' ? value : value.toString('latin1')
    const previous = kept[name]
    kept[name] = previous === undefined ? text : `${previous}, ${text}`
  }
  return kept
}

/** Classified names by length, each with its bytes. */
const BY_LENGTH = new Map<number, { name: string; bytes: Buffer }[]>()
for (const name of CLASSIFIED_RESPONSE_HEADERS) {
  const entry = { name, bytes: Buffer.from(name, 'latin1') }
  BY_LENGTH.set(name.length, [...(BY_LENGTH.get(name.length) ?? []), entry])
}

/** The classified header `raw` names, in lower case, or `undefined` for any other header. */
function classifiedName(raw: Buffer | string): string | undefined {
  const candidates = BY_LENGTH.get(raw.length)
  if (candidates === undefined) return undefined
  for (const { name, bytes } of candidates) {
    if (typeof raw === 'string' ? raw.toLowerCase() === name : sameNameBytes(raw, bytes)) {
      return name
    }
  }
  return undefined
}

/** Whether `raw` spells `lower` (lower-case letters and `-`) in any case. */
function sameNameBytes(raw: Buffer, lower: Buffer): boolean {
  for (let at = 0; at < lower.length; at++) {
    const expected = lower[at] as number
    const actual = raw[at] as number
    if (
      actual !== expected &&
      !(expected >= 0x61 && expected <= 0x7a && actual === expected - 0x20)
    ) {
      return false
    }
  }
  return true
}
