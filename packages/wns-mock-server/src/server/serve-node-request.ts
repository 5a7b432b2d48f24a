import type { IncomingMessage, ServerResponse } from 'node:http'
import type { MockCore } from '../mock/mock-core'
import { utf8 } from '../protocol/encoding'
import { type MockRequest, truncatedLength } from '../protocol/mock-exchange'

/**
 * Answers one request of the loopback server from a mock's core. The `Host` header names the
 * fake host (the client dialled the loopback address for it). `reset` destroys the socket without
 * a byte; `truncate` sends the headers and half the body, then destroys it.
 * @internal
 */
export async function serveNodeRequest(
  core: MockCore,
  incoming: IncomingMessage,
  outgoing: ServerResponse,
): Promise<void> {
  let request: MockRequest
  try {
    request = await toMockRequest(incoming)
  } catch {
    incoming.socket.destroy()
    return
  }
  const response = await core(request)
  if (response === undefined) {
    const body = utf8(`The WNS mock does not serve ${request.url.host}`)
    outgoing.writeHead(421, { 'content-type': 'text/plain', 'content-length': body.byteLength })
    outgoing.end(body)
    return
  }
  if (response.connectionFault === 'reset') {
    incoming.socket.destroy()
    return
  }
  outgoing.writeHead(response.status, response.headers)
  if (response.connectionFault === 'truncate') {
    outgoing.write(response.body.subarray(0, truncatedLength(response.body)), () =>
      incoming.socket.destroy(),
    )
    return
  }
  outgoing.end(incoming.method === 'HEAD' ? undefined : response.body)
}

async function toMockRequest(incoming: IncomingMessage): Promise<MockRequest> {
  const chunks: Buffer[] = []
  for await (const chunk of incoming) chunks.push(chunk as Buffer)
  const headers: Record<string, string> = {}
  for (const [name, value] of Object.entries(incoming.headers)) {
    if (value !== undefined) headers[name] = Array.isArray(value) ? value.join(', ') : value
  }
  const host = headers.host ?? 'localhost'
  return {
    method: incoming.method ?? 'GET',
    url: new URL(`https://${host}${incoming.url ?? '/'}`),
    headers,
    body: Buffer.concat(chunks),
  }
}
