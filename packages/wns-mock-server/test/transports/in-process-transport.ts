import { createWnsMock } from '@homepot/wns-mock-server'
import { request } from 'undici'
import { flattenHeaders, type Transport, type TransportFactory } from './transport'

/** `undici.request` through the mock's in-process dispatcher: no sockets. */
export const inProcessTransport: TransportFactory = async (options) => {
  const mock = createWnsMock(options)
  const transport: Transport = {
    mock,
    async send({ method = 'POST', url, headers = {}, body }) {
      const response = await request(url, {
        method: method as 'POST',
        headers,
        body: body ?? null,
        dispatcher: mock.dispatcher,
      })
      return {
        status: response.statusCode,
        headers: flattenHeaders(response.headers),
        body: new Uint8Array(await response.body.arrayBuffer()),
      }
    },
    close: () => mock.dispatcher.close(),
  }
  return transport
}
