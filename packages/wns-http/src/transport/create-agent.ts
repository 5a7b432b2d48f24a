import { Agent } from 'undici'

/**
 * The undici Agent a client creates when it is given no `dispatcher`, for code that needs the
 * same transport before a client exists (a token provider built first, say): keep-alive on, one
 * request per connection at a time (WNS supports no pipelining), and at most `connections`
 * sockets per WNS host. Whoever creates it closes it.
 *
 * @param connections - sockets per host; size it for the concurrency.
 * @default connections `DEFAULT_CONCURRENCY` (32)
 * @example
 * const dispatcher = createWnsAgent(64)
 * const tokenProvider = createTokenProvider(credentials, { dispatcher })
 * const client = new WnsClient({ tokenProvider, dispatcher, concurrency: 64 })
 * // …
 * await client.close()
 * await dispatcher.close()
 */
export function createWnsAgent(connections = 32): Agent {
  return new Agent({
    connections,
    pipelining: 1,
    keepAliveTimeout: 30_000,
    keepAliveMaxTimeout: 120_000,
  })
}
