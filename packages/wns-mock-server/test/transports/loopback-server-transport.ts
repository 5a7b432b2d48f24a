import { createWnsMock, startWnsMockServer } from '@homepot/wns-mock-server'
import { request } from 'undici'
import { flattenHeaders, type Transport, type TransportFactory } from './transport'

/** `undici.request` through the loopback server's Agent: real TCP, TLS and HTTP/1.1. */
export const loopbackServerTransport: TransportFactory = async (options) => {
  const mock = createWnsMock(options)
  const server = await startWnsMockServer({ mock })
  const transport: Transport = {
    mock,
    async send({ method = 'POST', url, headers = {}, body }) {
      const response = await request(url, {
        method: method as 'POST',
        headers,
        body: body ?? null,
        dispatcher: server.dispatcher,
      })
      return {
        status: response.statusCode,
        headers: flattenHeaders(response.headers),
        body: new Uint8Array(await response.body.arrayBuffer()),
      }
    },
    close: () => server.close(),
  }
  return transport
}
