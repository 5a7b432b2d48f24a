import type { IncomingMessage, ServerResponse } from 'node:http'
import { createServer, type Server } from 'node:https'
import { BENCH_ACCESS_TOKEN } from '../workload/bench-credentials'
import type { BenchCertificate } from './generate-certificate'

/** Counters a responder keeps, read by the harness between measurements. */
export interface ResponderCounters {
  /** Notification POSTs answered. */
  notifications: number
  /** Token requests answered. */
  tokens: number
  /** Body bytes of the notifications received, to check every variant sends the same toast. */
  bodyBytes: number
}

const TOKEN_PATH = '/accesstoken.srf'

const TOKEN_BODY = JSON.stringify({
  access_token: BENCH_ACCESS_TOKEN,
  token_type: 'bearer',
  expires_in: 86400,
})

/**
 * A minimal HTTPS responder that answers like WNS and nothing more, so that it costs as little
 * CPU as possible and the client is what gets measured:
 * - `POST /accesstoken.srf` → 200 with a bearer token (live.com's answer, docs/wns-protocol §2a);
 * - any other `POST` → 200 with `X-WNS-Status: received`, the legacy
 *   `X-WNS-NotificationStatus: received` and an `X-WNS-Msg-ID` (§5).
 * The body is drained before answering and connections are kept alive.
 * @example const server = createResponder(await generateCertificate(), counters).listen(0, '127.0.0.1')
 */
export function createResponder(
  certificate: BenchCertificate,
  counters: ResponderCounters,
): Server {
  let messageId = 0
  const answer = (request: IncomingMessage, response: ServerResponse): void => {
    if (request.method !== 'POST') {
      response.writeHead(405, { 'Content-Length': '0' }).end()
      return
    }
    if (request.url === TOKEN_PATH) {
      counters.tokens += 1
      response
        .writeHead(200, {
          'Content-Type': 'application/json',
          'Content-Length': String(Buffer.byteLength(TOKEN_BODY)),
        })
        .end(TOKEN_BODY)
      return
    }
    counters.notifications += 1
    messageId += 1
    // Flat header list: the cheapest form node:http accepts.
    response
      .writeHead(200, [
        'Content-Length',
        '0',
        'X-WNS-Status',
        'received',
        'X-WNS-NotificationStatus',
        'received',
        'X-WNS-Msg-ID',
        messageId.toString(16).toUpperCase().padStart(16, '0'),
      ])
      .end()
  }
  const server = createServer(
    { key: certificate.key, cert: certificate.cert, keepAlive: true },
    (request, response) => {
      if (request.url !== TOKEN_PATH) {
        request.on('data', (chunk: Buffer) => {
          counters.bodyBytes += chunk.length
        })
      } else request.resume()
      request.on('end', () => answer(request, response))
    },
  )
  server.keepAliveTimeout = 60_000
  // Clients reuse sockets for tens of thousands of requests: no per-socket cap.
  server.maxRequestsPerSocket = 0
  return server
}
