import { Agent, Client, type Dispatcher, Pool } from 'undici'

/** The `dispatch` all three inherit; an interceptor chain (`compose()`) replaces it. */
const OWN_DISPATCH = Agent.prototype.dispatch

/**
 * Whether `dispatcher` is exactly undici's own Agent, Pool or Client, as loaded here (not a
 * subclass such as `MockPool`, not an interceptor chain from `compose()`, which looks like the
 * Agent it wraps but dispatches through the interceptors, not another copy of undici): the
 * dispatchers known to enforce a request's `headersTimeout`/`bodyTimeout` and to call the legacy
 * handler style natively. Every other dispatcher still works, with a timer per request.
 * @internal
 */
export function isNativeDispatcher(dispatcher: Dispatcher): boolean {
  const type = (dispatcher as { constructor?: unknown }).constructor
  return (
    (type === Agent || type === Pool || type === Client) && dispatcher.dispatch === OWN_DISPATCH
  )
}
