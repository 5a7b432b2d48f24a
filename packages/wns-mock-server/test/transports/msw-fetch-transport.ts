import { createWnsMock } from '@homepot/wns-mock-server'
import { setupServer } from 'msw/node'
import type { Transport, TransportFactory } from './transport'

/** msw's `setupServer` with the mock's handlers, driven by global `fetch`. */
export const mswFetchTransport: TransportFactory = async (options) => {
  const mock = createWnsMock(options)
  const server = setupServer(...mock.handlers)
  server.listen({ onUnhandledRequest: 'error' })
  const transport: Transport = {
    mock,
    async send({ method = 'POST', url, headers = {}, body }) {
      const response = await fetch(url, {
        method,
        headers,
        ...(body === undefined ? {} : { body }),
      })
      const out: Record<string, string> = {}
      response.headers.forEach((value, name) => {
        out[name] = value
      })
      return {
        status: response.status,
        headers: out,
        body: new Uint8Array(await response.arrayBuffer()),
      }
    },
    async close() {
      server.close()
    },
  }
  return transport
}
