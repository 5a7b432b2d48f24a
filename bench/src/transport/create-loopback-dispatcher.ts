import { Agent, buildConnector } from 'undici'
import type { LoopbackTarget } from './loopback-target'

/**
 * An undici Agent that sends every request, whatever its host (login.live.com,
 * db5.notify.windows.com…), to the responder on 127.0.0.1, keeping the original host as the TLS
 * server name so the certificate is checked as it would be against WNS. Keep-alive on, no
 * pipelining (WNS supports none), at most `connections` sockets per origin.
 * @example const dispatcher = createLoopbackDispatcher({ port, ca }, 64)
 */
export function createLoopbackDispatcher(target: LoopbackTarget, connections: number): Agent {
  const connector = buildConnector({ ca: target.ca })
  return new Agent({
    connections,
    pipelining: 1,
    keepAliveTimeout: 30_000,
    connect: (options, callback) =>
      connector(
        {
          ...options,
          servername: options.servername ?? options.hostname,
          hostname: '127.0.0.1',
          port: String(target.port),
        },
        callback,
      ),
  })
}
