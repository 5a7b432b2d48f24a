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

/**
 * The bulk engine: pulls items one at a time, keeps at most `concurrency` items in flight *or
 * finished but not yet consumed* (so memory stays flat whatever the input's length and however
 * slow the consumer), and yields each item's result as it finishes, tagged with its input index.
 *
 * Every item pulled gets exactly one result: a failure never stops the batch, and after an abort
 * the rest of the input is still read and answered with `ABORTED` without any I/O. If the input
 * itself throws, the results of the items already pulled are yielded first, then its error.
 * Leaving the loop early aborts the sends in flight and closes the input.
 * @internal
 */
export async function* runBulk(
  source: WnsBulkSource<unknown>,
  worker: BulkWorker,
  options: RunBulkOptions,
): AsyncGenerator<WnsBulkItemResult, void, undefined> {
  const iterator = openIterator(source)
  const { signal, concurrency } = options
  const controller = new AbortController()
  // Every in-flight send listens on this signal; there are `concurrency` of them by design, so
  // Node's default of 10 listeners would warn about a leak that is not one.
  setMaxListeners(concurrency * 2 + 1, controller.signal)
  const forwardAbort = (): void => controller.abort(signal?.reason)
  if (signal?.aborted) forwardAbort()
  else signal?.addEventListener('abort', forwardAbort, { once: true })

  const finished: WnsBulkItemResult[] = []
  let head = 0
  let inFlight = 0
  let pulled = 0
  let succeeded = 0
  let failed = 0
  let exhausted = false
  let sourceError: { error: unknown } | undefined
  let wake: (() => void) | undefined

  const settle = (result: WnsBulkItemResult): void => {
    finished.push(result)
    if (result.ok) succeeded++
    else failed++
    if (options.onProgress) {
      try {
        options.onProgress({ completed: succeeded + failed, succeeded, failed, result })
      } catch (error) {
        options.logger.warn({ error: String(error) }, 'onProgress threw; ignored')
      }
    }
  }

  const start = (item: unknown, index: number): void => {
    const channelUri = channelUriOf(item)
    if (controller.signal.aborted) {
      settle({ index, channelUri, ok: false, error: abortedError(controller.signal) })
      return
    }
    inFlight++
    worker(item, index, controller.signal)
      .then(
        (result) => settle({ index, channelUri, ok: true, result }),
        (error: unknown) =>
          settle({ index, channelUri, ok: false, error: toBulkError(error, index) }),
      )
      .finally(() => {
        inFlight--
        wake?.()
      })
  }

  try {
    for (;;) {
      while (!exhausted && inFlight + finished.length - head < concurrency) {
        let step: IteratorResult<unknown>
        try {
          // Arrays and other sync iterables are read without a microtask per item.
          const next = iterator.next()
          step = isThenable(next) ? await next : next
        } catch (error) {
          sourceError = { error }
          exhausted = true
          break
        }
        if (step.done) exhausted = true
        else start(step.value, pulled++)
      }
      if (head < finished.length) {
        const result = finished[head] as WnsBulkItemResult
        head++
        if (head === finished.length) {
          finished.length = 0
          head = 0
        }
        yield result
        continue
      }
      if (exhausted && inFlight === 0) break
      await new Promise<void>((resolve) => {
        wake = resolve
      })
      wake = undefined
    }
    if (sourceError) throw sourceError.error
  } finally {
    signal?.removeEventListener('abort', forwardAbort)
    if (inFlight > 0) controller.abort(new Error('the bulk send was abandoned'))
    if (!exhausted) await iterator.return?.()
  }
}

type AnyIterator = Iterator<unknown> | AsyncIterator<unknown>

function isThenable<T>(value: T | PromiseLike<T>): value is PromiseLike<T> {
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
