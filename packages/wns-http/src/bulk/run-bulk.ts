import { BulkBatch, type BulkWorker, isThenable, type RunBulkOptions } from './bulk-batch'
import type { WnsBulkItemResult, WnsBulkSource } from './bulk-types'

export type { BulkWorker, RunBulkOptions } from './bulk-batch'

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
  const finished: WnsBulkItemResult[] = []
  let head = 0
  let wake: (() => void) | undefined
  const batch = new BulkBatch(
    source,
    worker,
    options,
    (result) => finished.push(result),
    () => wake?.(),
  )
  const { concurrency } = options
  try {
    for (;;) {
      while (!batch.exhausted && batch.inFlight + finished.length - head < concurrency) {
        const pulled = batch.pull()
        if (!(isThenable(pulled) ? await pulled : pulled)) break
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
      if (batch.exhausted && batch.inFlight === 0) break
      await new Promise<void>((resolve) => {
        wake = resolve
      })
      wake = undefined
    }
    if (batch.sourceError) throw batch.sourceError.error
  } finally {
    await batch.close()
  }
}
