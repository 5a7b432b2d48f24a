import type { Dispatcher } from 'undici'

/** A dispatcher that counts every request handed to it, before anything is sent. */
export interface CountingDispatcher {
  /** Give this to the code under test. */
  readonly dispatcher: Dispatcher
  /** Requests dispatched so far, by host. */
  readonly byHost: ReadonlyMap<string, number>
  /** Requests dispatched so far, all hosts. */
  readonly total: number
  /** Requests refused because `allowHost` said no. */
  readonly blocked: number
  /** Every `Authorization` value the requests carried (to look for bearer tokens in output). */
  readonly authorizations: ReadonlySet<string>
}

/** Options of {@link countDispatches}. */
export interface CountDispatchesOptions {
  /** Called after each dispatch is counted, with its host and the running total. */
  readonly onDispatch?: (host: string, total: number) => void
  /**
   * Hosts that may be reached; any other request fails at once, is never forwarded and counts
   * as `blocked`. @default every host
   */
  readonly allowHost?: (host: string) => boolean
}

/**
 * Wraps `inner` in an interceptor that counts each dispatch (a request about to go to the
 * transport). Closing the wrapper closes nothing: whoever created `inner` closes it.
 */
export function countDispatches(
  inner: Dispatcher,
  options: CountDispatchesOptions = {},
): CountingDispatcher {
  const byHost = new Map<string, number>()
  const authorizations = new Set<string>()
  let total = 0
  let blocked = 0
  const dispatcher = inner.compose((dispatch) => (request, handler) => {
    const host = new URL(String(request.origin ?? 'http://unknown.invalid')).hostname
    byHost.set(host, (byHost.get(host) ?? 0) + 1)
    total += 1
    const authorization = headerValue(request.headers, 'authorization')
    if (authorization !== undefined) authorizations.add(authorization)
    options.onDispatch?.(host, total)
    if (options.allowHost && !options.allowHost(host)) {
      blocked += 1
      throw new Error(`blocked: a request to ${host} would have left the process`)
    }
    return dispatch(request, handler)
  })
  return {
    dispatcher,
    byHost,
    authorizations,
    get total() {
      return total
    },
    get blocked() {
      return blocked
    },
  }
}

function headerValue(
  headers: Dispatcher.DispatchOptions['headers'],
  name: string,
): string | undefined {
  if (headers == null) return undefined
  if (Array.isArray(headers)) {
    for (let i = 0; i + 1 < headers.length; i += 2) {
      if (String(headers[i]).toLowerCase() === name) return String(headers[i + 1])
    }
    return undefined
  }
  if (typeof (headers as Iterable<unknown>)[Symbol.iterator] === 'function') {
    for (const [key, value] of headers as Iterable<[string, string]>) {
      if (key.toLowerCase() === name) return String(value)
    }
    return undefined
  }
  for (const [key, value] of Object.entries(headers as Record<string, unknown>)) {
    if (key.toLowerCase() === name) return Array.isArray(value) ? value.join(', ') : String(value)
  }
  return undefined
}
