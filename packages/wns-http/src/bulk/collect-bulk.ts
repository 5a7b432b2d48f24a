import { BulkBatch, type BulkWorker, isThenable, type RunBulkOptions } from './bulk-batch'
import type { WnsBulkItemResult, WnsBulkSource } from './bulk-types'

/**
 * {@link runBulk} for a caller that wants every result at once (`sendMany`): the same engine and
 * the same guarantees (one result per item, `concurrency` in flight, `ABORTED` for the rest of
 * the input after an abort, the input's own error rethrown once the items in flight have ended),
 * without an async generator between each result and its caller.
 *
 * @returns the results in input order, `results[i].index === i`.
 * @internal
 */
export async function collectBulk(
  source: WnsBulkSource<unknown>,
  worker: BulkWorker,
  options: RunBulkOptions,
): Promise<WnsBulkItemResult[]> {
  const results: WnsBulkItemResult[] = []
  let wake: (() => void) | undefined
  const batch = new BulkBatch(
    source,
    worker,
    options,
    (result) => {
      results[result.index] = result
    },
    () => wake?.(),
  )
  const { concurrency } = options
  try {
    for (;;) {
      while (!batch.exhausted && batch.inFlight < concurrency) {
        const pulled = batch.pull()
        if (!(isThenable(pulled) ? await pulled : pulled)) break
      }
      if (batch.exhausted && batch.inFlight === 0) break
      await new Promise<void>((resolve) => {
        wake = resolve
      })
      wake = undefined
    }
    if (batch.sourceError) throw batch.sourceError.error
    return results
  } finally {
    await batch.close()
  }
}
