import type { Dispatcher } from 'undici'
import {
  type DispatchedResponse,
  DualStyleResponseHandler,
  ResponseHandler,
} from './dispatch-handler'

/**
 * Shortest time limit left to the dispatcher's own `headersTimeout`/`bodyTimeout`. undici runs
 * those on its coarse timers, which tick about every half second and may fire up to a second
 * late: negligible against the 15 s default, not against a 50 ms limit, so shorter limits get a
 * timer of their own.
 */
const DISPATCHER_TIMEOUT_MIN_MS = 10_000

/** Settings of one {@link dispatchRequest} call. @internal */
export interface DispatchSettings {
  /**
   * Time allowed for the answer. A `native` dispatcher enforces limits of 10 s or more itself,
   * through the request's `headersTimeout`/`bodyTimeout`; shorter ones, and any limit with other
   * dispatchers, get a timer here.
   */
  readonly timeoutMs: number
  /** Aborting it rejects the call with the signal's reason and aborts the request. */
  readonly signal: AbortSignal | undefined
  /**
   * The dispatcher is undici's own Agent, Pool or Client (see `isNativeDispatcher`): it
   * enforces the `headersTimeout`/`bodyTimeout` of `options`, and speaks the legacy handler style.
   */
  readonly native: boolean
}

/**
 * Sends one request with `dispatcher.dispatch()` and a small handler: no response stream, no
 * `AbortController`, and no timer when the dispatcher enforces the request's own timeouts
 * (`options.headersTimeout`/`bodyTimeout`, which the caller sets to `timeoutMs`). Resolves
 * for every HTTP status once the answer has ended (its body discarded); rejects with what the
 * transport threw, with a `DispatchTimeoutError` when its own timer ran out, or with the signal's
 * reason when the signal aborted. The caller checks `signal.aborted` before calling.
 * @internal
 */
export function dispatchRequest(
  dispatcher: Dispatcher,
  options: Dispatcher.DispatchOptions,
  settings: DispatchSettings,
): Promise<DispatchedResponse> {
  return new Promise((resolve, reject) => {
    const handler = settings.native
      ? new ResponseHandler(resolve, reject)
      : new DualStyleResponseHandler(resolve, reject)
    if (settings.signal !== undefined) handler.watch(settings.signal)
    if (!settings.native || settings.timeoutMs < DISPATCHER_TIMEOUT_MIN_MS) {
      handler.expireAfter(settings.timeoutMs)
    }
    try {
      dispatcher.dispatch(options, handler)
    } catch (error) {
      // undici's own dispatchers report through onError; interceptors may throw instead.
      handler.onError(error instanceof Error ? error : new Error(String(error)))
    }
  })
}
