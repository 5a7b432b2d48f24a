/** Callbacks waiting on each signal, behind the one listener the signal gets. */
const watchers = new WeakMap<AbortSignal, Set<() => void>>()

/**
 * Calls `onAbort` once when `signal` aborts, unless the returned function is called first.
 *
 * Every watcher of a signal shares one `abort` listener: a bulk send keeps `concurrency`
 * requests watching the same batch signal, and an `EventTarget` listener per request costs more
 * than the request's own bookkeeping (and trips Node's `MaxListenersExceededWarning` past ten).
 * The listener stays on the signal for its lifetime; the watchers are dropped as they finish.
 * @internal
 */
export function watchAbort(signal: AbortSignal, onAbort: () => void): () => void {
  let waiting = watchers.get(signal)
  if (waiting === undefined) {
    const created = new Set<() => void>()
    waiting = created
    watchers.set(signal, created)
    signal.addEventListener(
      'abort',
      () => {
        watchers.delete(signal)
        for (const callback of created) callback()
        created.clear()
      },
      { once: true },
    )
  }
  const set = waiting
  set.add(onAbort)
  return () => {
    set.delete(onAbort)
  }
}
