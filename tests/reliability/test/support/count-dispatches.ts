import type { Dispatcher } from 'undici'

/** A dispatcher that counts every request handed to it, before anything is sent. */
export interface CountingDispatcher {
  /** Give this to the code under test. */
  readonly dispatcher: Dispatcher
  /** Requests dispatched so far, by host. */
  readonly byHost: ReadonlyMap<string, number>
  /** Requests dispatched so far, all hosts. */
  readonly total: number
}

/**
 * Wraps `inner` in an interceptor that counts each dispatch (a request about to leave for the
 * transport) and calls `onDispatch` with the running count. Closing the wrapper closes nothing:
 * whoever created `inner` closes it.
 */
export function countDispatches(
  inner: Dispatcher,
  onDispatch?: (host: string, total: number) => void,
): CountingDispatcher {
  const byHost = new Map<string, number>()
  let total = 0
  const dispatcher = inner.compose((dispatch) => (options, handler) => {
    const host = new URL(String(options.origin ?? 'http://unknown')).hostname
    byHost.set(host, (byHost.get(host) ?? 0) + 1)
    total += 1
    onDispatch?.(host, total)
    return dispatch(options, handler)
  })
  return {
    dispatcher,
    byHost,
    get total() {
      return total
    },
  }
}
