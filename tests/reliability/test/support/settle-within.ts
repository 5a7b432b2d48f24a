/** Thrown by {@link settleWithin} when a promise is still pending at its deadline. */
export class StillPendingError extends Error {
  constructor(what: string, ms: number) {
    super(`${what} was still pending after ${ms} ms`)
    this.name = 'StillPendingError'
  }
}

/**
 * `promise`, or a {@link StillPendingError} if it has not settled within `ms`: a hung promise
 * fails the test with a clear message instead of running into vitest's timeout. The guard timer
 * is cleared as soon as the promise settles.
 */
export async function settleWithin<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined
  const guard = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new StillPendingError(what, ms)), ms)
  })
  try {
    return await Promise.race([promise, guard])
  } finally {
    clearTimeout(timer)
  }
}
