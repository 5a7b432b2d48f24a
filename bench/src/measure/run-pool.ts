import type { SendOutcome } from './measure-result'

/**
 * Runs `task(0) … task(count - 1)` with at most `concurrency` in flight: `concurrency` workers
 * that each take the next index when their previous task settles. A task resolves `true` when
 * the notification was accepted; a rejection or `false` counts as a failure.
 * @example await runPool(20_000, 64, (i) => send(channels[i]))
 */
export async function runPool(
  count: number,
  concurrency: number,
  task: (index: number) => Promise<boolean>,
): Promise<SendOutcome> {
  let next = 0
  let sent = 0
  let failed = 0
  let firstError: string | undefined
  const worker = async (): Promise<void> => {
    while (next < count) {
      const index = next
      next += 1
      try {
        if (await task(index)) sent += 1
        else {
          failed += 1
          firstError ??= `notification ${index} was not accepted`
        }
      } catch (error) {
        failed += 1
        firstError ??= error instanceof Error ? error.message : String(error)
      }
    }
  }
  await Promise.all(Array.from({ length: Math.min(concurrency, count) }, worker))
  return firstError === undefined ? { sent, failed } : { sent, failed, firstError }
}
