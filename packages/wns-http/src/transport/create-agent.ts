import { Agent } from 'undici'

/**
 * The one undici Agent a client creates when no `dispatcher` is given: keep-alive on, one
 * request per connection at a time (WNS supports no pipelining), and at most `connections`
 * sockets per WNS host, sized for the client's concurrency.
 * @internal
 */
export function createAgent(connections: number): Agent {
  return new Agent({
    connections,
    pipelining: 1,
    keepAliveTimeout: 30_000,
    keepAliveMaxTimeout: 120_000,
  })
}
