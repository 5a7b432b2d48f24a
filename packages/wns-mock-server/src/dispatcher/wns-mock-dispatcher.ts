import { STATUS_CODES } from 'node:http'
import { Dispatcher, errors } from 'undici'
import type { MockCore } from '../mock/mock-core'
import { type MockResponse, truncatedLength } from '../protocol/mock-exchange'
import { isServedHost } from '../protocol/served-hosts'
import { connectionRefusedError, socketClosedError } from './connection-errors'
import { normalizeDispatchHeaders } from './normalize-dispatch-headers'
import { readDispatchBody } from './read-dispatch-body'
import { createResponseSink, type ResponseSink } from './response-sink'

/** Options of {@link WnsMockDispatcher}. */
export interface WnsMockDispatcherOptions {
  /**
   * Where requests to hosts the fake does not serve go. Without it they fail like a refused
   * connection (`ECONNREFUSED`).
   * @default undefined
   */
  readonly fallback?: Dispatcher
}

/**
 * An undici `Dispatcher` that answers login.live.com, login.microsoftonline.com and
 * `*.notify.windows.com` in process from a mock's state, without sockets. Pass it as
 * `dispatcher` to `undici.request`, `undici.fetch` or an `Agent`-taking client. Accepts both
 * undici handler styles.
 *
 * @example
 * const mock = createWnsMock()
 * const { statusCode } = await request(mock.createChannel(), { method: 'POST', dispatcher: mock.dispatcher })
 */
export class WnsMockDispatcher extends Dispatcher {
  readonly #core: MockCore
  readonly #fallback: Dispatcher | undefined
  readonly #inFlight = new Set<Promise<void>>()
  #closed = false
  #destroyed = false

  /** @internal Made by `createWnsMock`; use `mock.dispatcher` or `mock.createDispatcher()`. */
  constructor(core: MockCore, options: WnsMockDispatcherOptions = {}) {
    super()
    this.#core = core
    this.#fallback = options.fallback
  }

  override dispatch(
    options: Dispatcher.DispatchOptions,
    handler: Dispatcher.DispatchHandler,
  ): boolean {
    const sink = createResponseSink(handler)
    if (this.#destroyed || this.#closed) {
      const error = this.#destroyed
        ? new errors.ClientDestroyedError()
        : new errors.ClientClosedError()
      queueMicrotask(() => sink.fail(error))
      return false
    }
    let url: URL
    try {
      url = requestUrl(options)
    } catch (error) {
      queueMicrotask(() => sink.fail(error as Error))
      return false
    }
    if (!isServedHost(url.hostname)) {
      if (this.#fallback !== undefined) return this.#fallback.dispatch(options, handler)
      queueMicrotask(() => {
        sink.start()
        sink.fail(connectionRefusedError(url.host))
      })
      return true
    }
    const done = this.#run(url, options, sink).finally(() => this.#inFlight.delete(done))
    this.#inFlight.add(done)
    return true
  }

  async #run(url: URL, options: Dispatcher.DispatchOptions, sink: ResponseSink): Promise<void> {
    try {
      sink.start()
      if (sink.done) return
      const headers = normalizeDispatchHeaders(options.headers)
      const body = await readDispatchBody(options.body)
      // undici writes Content-Length for sized bodies and sends streams chunked.
      if (headers['content-length'] === undefined) {
        if (body.streamed) headers['transfer-encoding'] ??= 'chunked'
        else if (body.bytes.byteLength > 0 || options.method === 'POST')
          headers['content-length'] = String(body.bytes.byteLength)
      }
      const response = await this.#core({ method: options.method, url, headers, body: body.bytes })
      if (this.#destroyed) return sink.fail(new errors.ClientDestroyedError())
      if (sink.done) return
      if (response === undefined) return sink.fail(connectionRefusedError(url.host))
      await this.#answer(sink, response, options.method === 'HEAD')
    } catch (error) {
      sink.fail(error instanceof Error ? error : new Error(String(error)))
    }
  }

  async #answer(sink: ResponseSink, response: MockResponse, head: boolean): Promise<void> {
    if (response.connectionFault === 'reset') return sink.fail(socketClosedError())
    sink.headers(response.status, response.headers, STATUS_CODES[response.status] ?? '')
    const truncate = response.connectionFault === 'truncate'
    const body = truncate
      ? response.body.subarray(0, truncatedLength(response.body))
      : response.body
    if (!head && body.byteLength > 0) {
      await sink.ready()
      if (sink.done) return
      sink.data(Buffer.from(body.buffer, body.byteOffset, body.byteLength))
    }
    if (truncate) return sink.fail(socketClosedError())
    await sink.ready()
    if (!sink.done) sink.end()
  }

  /** Stops taking requests; resolves when those in flight have finished. */
  override close(): Promise<void>
  override close(callback: () => void): void
  override close(callback?: () => void): Promise<void> | undefined {
    this.#closed = true
    const settled = Promise.allSettled([...this.#inFlight]).then(() => undefined)
    if (callback === undefined) return settled
    void settled.then(callback)
    return undefined
  }

  /** Stops at once: requests in flight fail with `ClientDestroyedError`. */
  override destroy(): Promise<void>
  override destroy(error: Error | null): Promise<void>
  override destroy(callback: () => void): void
  override destroy(error: Error | null, callback: () => void): void
  override destroy(
    first?: Error | null | (() => void),
    second?: () => void,
  ): Promise<void> | undefined {
    this.#destroyed = true
    this.#closed = true
    const callback = typeof first === 'function' ? first : second
    const settled = Promise.allSettled([...this.#inFlight]).then(() => undefined)
    if (callback === undefined) return settled
    void settled.then(callback)
    return undefined
  }
}

function requestUrl(options: Dispatcher.DispatchOptions): URL {
  if (options.origin === undefined) throw new errors.InvalidArgumentError('origin is required')
  const origin = typeof options.origin === 'string' ? options.origin : options.origin.origin
  // Concatenate rather than resolve: a path such as `//host` must not change the host, and the
  // channel token must keep its exact encoding.
  const url = new URL(origin.replace(/\/+$/, '') + options.path)
  if (options.query) {
    const extra = new URLSearchParams(options.query as Record<string, string>).toString()
    if (extra !== '') url.search = url.search === '' ? `?${extra}` : `${url.search}&${extra}`
  }
  return url
}
