/** Unhandled rejections and uncaught exceptions seen while a watch was running. */
export interface UnhandledWatch {
  readonly errors: readonly unknown[]
  /** Stops listening; returns what was seen. */
  stop(): readonly unknown[]
}

/**
 * Listens for `unhandledRejection` and `uncaughtExceptionMonitor` on the process, so a test can
 * assert that none happened while it ran (vitest would report them too, but after the fact and
 * without failing the test that caused them).
 */
export function watchUnhandled(): UnhandledWatch {
  const errors: unknown[] = []
  const onRejection = (reason: unknown): void => {
    errors.push(reason)
  }
  const onException = (error: unknown): void => {
    errors.push(error)
  }
  process.on('unhandledRejection', onRejection)
  process.on('uncaughtExceptionMonitor', onException)
  return {
    errors,
    stop() {
      process.off('unhandledRejection', onRejection)
      process.off('uncaughtExceptionMonitor', onException)
      return errors
    },
  }
}
