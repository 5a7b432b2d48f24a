import https from 'node:https'
import type { Socket } from 'node:net'
import tls, { type ConnectionOptions } from 'node:tls'
import type { LoopbackTarget } from './loopback-target'

/**
 * Makes `https.request()` without an explicit agent — what the npm `wns` package does, with
 * `port: 443` — reach the responder: replaces `https.globalAgent` with a keep-alive agent of at
 * most `maxSockets` sockets that trusts the responder's certificate and dials 127.0.0.1 while
 * keeping the original host as the TLS server name.
 * Only for the measuring child process: it changes process-wide state.
 */
export function installLoopbackGlobalAgent(target: LoopbackTarget, maxSockets: number): void {
  class LoopbackAgent extends https.Agent {
    // node:_http_agent calls createConnection(options, callback) with the agent's own options
    // (ca, keepAlive) merged in and `servername` already derived from the request's host.
    override createConnection(options: ConnectionOptions): Socket {
      return tls.connect({
        ...options,
        host: '127.0.0.1',
        port: target.port,
        servername: options.servername ?? options.host ?? 'localhost',
      })
    }
  }
  https.globalAgent = new LoopbackAgent({ keepAlive: true, maxSockets, ca: target.ca })
}
