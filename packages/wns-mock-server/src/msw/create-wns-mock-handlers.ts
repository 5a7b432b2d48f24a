import { HttpResponse, http, passthrough, type RequestHandler } from 'msw'
import type { MockCore } from '../mock/mock-core'
import type { MockRequest, MockResponse } from '../protocol/mock-exchange'
import { truncatedLength } from '../protocol/mock-exchange'
import { isServedHost } from '../protocol/served-hosts'

/**
 * msw handlers over a mock's behaviour core: one handler for every method on the served hosts.
 * A `reset` fault becomes a network error; a `truncate` fault a body stream that errors halfway.
 * @internal
 */
export function createWnsMockHandlers(core: MockCore): readonly RequestHandler[] {
  const handler = http.all(
    ({ request }) => isServedHost(new URL(request.url).hostname),
    async ({ request }) => {
      const response = await core(await toMockRequest(request))
      if (response === undefined) return passthrough()
      return toFetchResponse(response)
    },
  )
  return Object.freeze([handler])
}

async function toMockRequest(request: Request): Promise<MockRequest> {
  const body = new Uint8Array(await request.arrayBuffer())
  const headers: Record<string, string> = {}
  request.headers.forEach((value, name) => {
    headers[name] = value
  })
  // fetch adds Content-Length on the wire, after the Request object is built.
  if (
    headers['content-length'] === undefined &&
    request.method !== 'GET' &&
    request.method !== 'HEAD'
  )
    headers['content-length'] = String(body.byteLength)
  return { method: request.method, url: new URL(request.url), headers, body }
}

function toFetchResponse(response: MockResponse): Response {
  if (response.connectionFault === 'reset') return HttpResponse.error()
  const init = { status: response.status, headers: response.headers }
  if (response.connectionFault === 'truncate') {
    const part = response.body.slice(0, truncatedLength(response.body))
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(part)
      },
      pull(controller) {
        controller.error(new TypeError('terminated: the connection closed mid-body'))
      },
    })
    return new HttpResponse(stream, init)
  }
  return new HttpResponse(response.body.byteLength === 0 ? null : response.body, init)
}
