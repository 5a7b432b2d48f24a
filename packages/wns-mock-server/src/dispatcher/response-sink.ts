import type { Dispatcher } from 'undici'

/**
 * One interface over undici's two handler styles: the new one (`onRequestStart`,
 * `onResponseStart`, `onResponseData`, `onResponseEnd`, `onResponseError` with a controller) and
 * the legacy one (`onConnect`, `onHeaders`, `onData`, `onComplete`, `onError`), mirroring
 * undici's own `lib/handler/unwrap-handler.js` and `wrap-handler.js`. As in undici's
 * `core/request.js`, an exception thrown by a callback fails the request through the error
 * callback (interceptors such as `retry` rely on this).
 * @internal
 */
export interface ResponseSink {
  /** Why the caller aborted, once it has. */
  readonly abortReason: Error | undefined
  /** Whether the request has ended (completed, failed or aborted). */
  readonly done: boolean
  /** Resolves once the caller is ready for more data (at once unless it paused). */
  ready(): Promise<void>
  start(): void
  headers(status: number, headers: Readonly<Record<string, string>>, statusText: string): void
  data(chunk: Buffer): void
  end(): void
  fail(error: Error): void
}

/** Wraps an undici dispatch handler of either style. @internal */
export function createResponseSink(handler: Dispatcher.DispatchHandler): ResponseSink {
  return typeof handler.onRequestStart === 'function'
    ? new ControllerSink(handler)
    : new LegacySink(handler)
}

abstract class BaseSink implements ResponseSink {
  abortReason: Error | undefined
  done = false
  #paused = false
  #waiters: (() => void)[] = []

  protected abstract callStart(): void
  protected abstract callHeaders(
    status: number,
    headers: Readonly<Record<string, string>>,
    statusText: string,
  ): void
  protected abstract callData(chunk: Buffer): void
  protected abstract callEnd(): void
  protected abstract callError(error: Error): void

  ready(): Promise<void> {
    if (!this.#paused || this.done) return Promise.resolve()
    return new Promise((resolve) => this.#waiters.push(resolve))
  }

  start(): void {
    this.#guard(() => this.callStart())
  }

  headers(status: number, headers: Readonly<Record<string, string>>, statusText: string): void {
    this.#guard(() => this.callHeaders(status, headers, statusText))
  }

  data(chunk: Buffer): void {
    this.#guard(() => this.callData(chunk))
  }

  end(): void {
    if (this.done) return
    this.done = true
    try {
      this.callEnd()
    } catch (error) {
      this.done = false
      this.fail(asError(error))
    }
  }

  fail(error: Error): void {
    if (this.done) return
    this.done = true
    this.#wake()
    this.callError(error)
  }

  protected abort(reason?: Error): void {
    if (this.abortReason !== undefined || this.done) return
    this.abortReason = reason ?? Object.assign(new Error('Request aborted'), { name: 'AbortError' })
    // Like a real client: an abort fails the request at once, whatever the fake is doing.
    this.fail(this.abortReason)
  }

  protected pause(): void {
    this.#paused = true
  }

  protected resume(): void {
    this.#paused = false
    this.#wake()
  }

  #wake(): void {
    for (const wake of this.#waiters.splice(0)) wake()
  }

  #guard(call: () => void): void {
    if (this.done) return
    try {
      call()
    } catch (error) {
      this.fail(asError(error))
    }
  }
}

class LegacySink extends BaseSink {
  readonly #handler: Dispatcher.DispatchHandler

  constructor(handler: Dispatcher.DispatchHandler) {
    super()
    this.#handler = handler
  }

  protected callStart(): void {
    this.#handler.onConnect?.((reason) => this.abort(reason))
  }

  protected callHeaders(
    status: number,
    headers: Readonly<Record<string, string>>,
    statusText: string,
  ): void {
    const raw: Buffer[] = []
    for (const name in headers)
      raw.push(nameBuffer(name), Buffer.from(headers[name] ?? '', 'latin1'))
    this.#handler.onResponseStarted?.()
    if (this.#handler.onHeaders?.(status, raw, () => this.resume(), statusText) === false)
      this.pause()
  }

  protected callData(chunk: Buffer): void {
    if (this.#handler.onData?.(chunk) === false) this.pause()
  }

  protected callEnd(): void {
    this.#handler.onComplete?.([])
  }

  protected callError(error: Error): void {
    this.#handler.onError?.(error)
  }
}

class ControllerSink extends BaseSink {
  readonly #handler: Dispatcher.DispatchHandler
  readonly #controller: Dispatcher.DispatchController

  constructor(handler: Dispatcher.DispatchHandler) {
    super()
    this.#handler = handler
    const sink = this
    let paused = false
    this.#controller = {
      get aborted() {
        return sink.abortReason !== undefined
      },
      get paused() {
        return paused
      },
      get reason() {
        return sink.abortReason ?? null
      },
      abort: (reason) => sink.abort(reason),
      pause: () => {
        paused = true
        sink.pause()
      },
      resume: () => {
        paused = false
        sink.resume()
      },
    }
  }

  protected callStart(): void {
    this.#handler.onRequestStart?.(this.#controller, {})
  }

  protected callHeaders(
    status: number,
    headers: Readonly<Record<string, string>>,
    statusText: string,
  ): void {
    this.#controller.rawHeaders = Object.entries(headers).flat()
    this.#handler.onResponseStart?.(this.#controller, status, { ...headers }, statusText)
  }

  protected callData(chunk: Buffer): void {
    this.#handler.onResponseData?.(this.#controller, chunk)
  }

  protected callEnd(): void {
    this.#handler.onResponseEnd?.(this.#controller, {})
  }

  protected callError(error: Error): void {
    this.#handler.onResponseError?.(this.#controller, error)
  }
}

function asError(value: unknown): Error {
  return value instanceof Error ? value : new Error(String(value))
}

// Header names repeat on every answer; their bytes are made once (undici only reads them).
const NAME_BUFFERS = new Map<string, Buffer>()

function nameBuffer(name: string): Buffer {
  let buffer = NAME_BUFFERS.get(name)
  if (buffer === undefined) {
    buffer = Buffer.from(name, 'latin1')
    if (NAME_BUFFERS.size < 256) NAME_BUFFERS.set(name, buffer)
  }
  return buffer
}
