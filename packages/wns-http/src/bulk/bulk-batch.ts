import { setMaxListeners } from 'node:events'
import { WnsError } from '@homepot/wns-core'
import type { WnsLogger } from '../logging/logger'
import { abortedError } from '../retry/sleep'
import type { WnsSendResult } from '../send/send-result'
import type { WnsBulkItemResult, WnsBulkProgress, WnsBulkSource } from './bulk-types'

/**
 * Sends one item; may reject. `signal` aborts when the batch is aborted or abandoned.
 * @internal
 */
export type BulkWorker = (
  item: unknown,
  index: number,
  signal: AbortSignal,
) => Promise<WnsSendResult>

/** @internal */
export interface RunBulkOptions {
  readonly concurrency: number
  readonly signal?: AbortSignal | undefined
  readonly onProgress?: ((progress: WnsBulkProgress) => void) | undefined
  readonly logger: WnsLogger
}

type AnyIterator = Iterator<unknown> | AsyncIterator<unknown>

/**
 * The state every bulk engine shares: the input's iterator, the batch's abort controller, the
 * items in flight and the counts. It starts items and turns each outcome into exactly one
 * result, handed to `onResult`; the engine decides when to read the next item.
 * @internal
 */
export class BulkBatch {
  readonly iterator: AnyIterator
  inFlight = 0
  /** The input has ended, or failed (then `sourceError` holds why). */
  exhausted = false
  sourceError: { error: unknown } | undefined
  readonly #worker: BulkWorker
  readonly #options: RunBulkOptions
  readonly #controller = new AbortController()
  readonly #forwardAbort: () => void
  readonly #onResult: (result: WnsBulkItemResult) => void
  readonly #onFree: () => void
  #pulled = 0
  #succeeded = 0
  #failed = 0

  /**
   * @param onResult - takes each item's result as it is settled.
   * @param onFree - called after each item in flight has finished.
   * @throws {WnsError} `INVALID_OPTIONS` (field `items`) when `source` is not iterable.
   */
  constructor(
    source: WnsBulkSource<unknown>,
    worker: BulkWorker,
    options: RunBulkOptions,
    onResult: (result: WnsBulkItemResult) => void,
    onFree: () => void,
  ) {
    this.iterator = openIterator(source)
    this.#worker = worker
    this.#options = options
    this.#onResult = onResult
    this.#onFree = onFree
    const { signal } = options
    // Sends watch this signal through one shared listener, but a caller's own code may add more;
    // `concurrency` of them would be by design, not a leak worth Node's warning past ten.
    setMaxListeners(options.concurrency * 2 + 1, this.#controller.signal)
    const controller = this.#controller
    this.#forwardAbort = () => controller.abort(signal?.reason)
    if (signal?.aborted) this.#forwardAbort()
    else signal?.addEventListener('abort', this.#forwardAbort, { once: true })
  }

  /** Takes one step of the input: ends it, or starts the item (or answers it `ABORTED`). */
  take(step: IteratorResult<unknown>): void {
    if (step.done) this.exhausted = true
    else this.#start(step.value, this.#pulled++)
  }

  /**
   * Reads one item of the input and starts it (or notes the end of the input). Sync iterables,
   * arrays included, are read without a microtask per item, so the answer is a promise only for
   * async input. Resolves `false` when reading threw (recorded with {@link BulkBatch.failSource}).
   */
  pull(): boolean | Promise<boolean> {
    let next: IteratorResult<unknown> | PromiseLike<IteratorResult<unknown>>
    try {
      next = this.iterator.next()
    } catch (error) {
      this.failSource(error)
      return false
    }
    if (!isThenable(next)) {
      this.take(next)
      return true
    }
    return Promise.resolve(next).then(
      (step) => {
        this.take(step)
        return true
      },
      (error: unknown) => {
        this.failSource(error)
        return false
      },
    )
  }

  /** Records that reading the input threw: no more items are read. */
  failSource(error: unknown): void {
    this.sourceError = { error }
    this.exhausted = true
  }

  /** Stops listening to the caller's signal, aborts what is still in flight, closes the input. */
  async close(): Promise<void> {
    this.#options.signal?.removeEventListener('abort', this.#forwardAbort)
    if (this.inFlight > 0) this.#controller.abort(new Error('the bulk send was abandoned'))
    if (!this.exhausted) await this.iterator.return?.()
  }

  #start(item: unknown, index: number): void {
    const channelUri = channelUriOf(item)
    const { signal } = this.#controller
    if (signal.aborted) {
      this.#settle({ index, channelUri, ok: false, error: abortedError(signal) })
      return
    }
    this.inFlight++
    this.#worker(item, index, signal).then(
      (result) => this.#finish({ index, channelUri, ok: true, result }),
      (error: unknown) =>
        this.#finish({ index, channelUri, ok: false, error: toBulkError(error, index) }),
    )
  }

  #finish(result: WnsBulkItemResult): void {
    this.#settle(result)
    this.inFlight--
    this.#onFree()
  }

  #settle(result: WnsBulkItemResult): void {
    this.#onResult(result)
    if (result.ok) this.#succeeded++
    else this.#failed++
    const { onProgress } = this.#options
    if (onProgress) {
      const succeeded = this.#succeeded
      const failed = this.#failed
      try {
        onProgress({ completed: succeeded + failed, succeeded, failed, result })
      } catch (error) {
        this.#options.logger.warn({ error: String(error) }, 'onProgress threw; ignored')
      }
    }
  }
}

/** Whether a step of the input has to be awaited (async iterables). @internal */
export function isThenable<T>(value: T | PromiseLike<T>): value is PromiseLike<T> {
  return typeof (value as { then?: unknown }).then === 'function'
}

function openIterator(source: WnsBulkSource<unknown>): AnyIterator {
  if (source !== null && typeof source === 'object') {
    if (Symbol.asyncIterator in source) return source[Symbol.asyncIterator]()
    if (Symbol.iterator in source) return source[Symbol.iterator]()
  }
  throw new WnsError('INVALID_OPTIONS', {
    message: 'items must be an array, an iterable or an async iterable',
    field: 'items',
  })
}

function channelUriOf(item: unknown): string {
  if (typeof item !== 'object' || item === null) return ''
  const uri = (item as { channelUri?: unknown }).channelUri
  return typeof uri === 'string' ? uri : ''
}

function toBulkError(error: unknown, index: number): WnsError {
  if (WnsError.isInstance(error)) return error
  return new WnsError('INVALID_PAYLOAD', {
    message: `items[${index}] could not be sent: ${error instanceof Error ? error.message : String(error)}`,
    field: `items[${index}]`,
    cause: error,
  })
}
