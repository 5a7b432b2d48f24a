import { request } from 'undici'
import { runPool } from '../measure/run-pool'
import { createLoopbackDispatcher } from '../transport/create-loopback-dispatcher'
import { BENCH_ACCESS_TOKEN } from '../workload/bench-credentials'
import type { PrepareSendVariant } from './send-variant'

/**
 * (b) The client-side physical limit: undici `request` through a keep-alive Agent, a
 * pre-acquired token, fixed headers, no validation, and only the status and `X-WNS-Status`
 * checked. Anything a real client does beyond this is what (a) is compared against.
 */
export const prepareRawUndici: PrepareSendVariant = async ({
  target,
  concurrency,
  channels,
  xml,
}) => {
  const dispatcher = createLoopbackDispatcher(target, concurrency)
  const headers = {
    authorization: `Bearer ${BENCH_ACCESS_TOKEN}`,
    'content-type': 'text/xml',
    'x-wns-type': 'wns/toast',
  }
  return () =>
    runPool(channels.length, concurrency, async (index) => {
      const response = await request(channels[index] as string, {
        method: 'POST',
        headers,
        body: xml,
        dispatcher,
      })
      await response.body.dump()
      return response.statusCode === 200 && response.headers['x-wns-status'] === 'received'
    })
}
