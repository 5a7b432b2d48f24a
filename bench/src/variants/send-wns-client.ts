import { WnsClient } from '@homepot/wns-http'
import { createLoopbackDispatcher } from '../transport/create-loopback-dispatcher'
import { BENCH_CLIENT_SECRET, BENCH_PACKAGE_SID } from '../workload/bench-credentials'
import { buildBenchToast } from '../workload/bench-toast'
import { sameXmlOrThrow } from './same-xml-or-throw'
import type { PrepareSendVariant } from './send-variant'

/**
 * (a) `WnsClient.sendMany` with everything a user gets: channel-URI validation, request
 * building, the token provider (one token request, inside the measured window), retries and
 * per-item classification.
 */
export const prepareWnsClient: PrepareSendVariant = async ({
  target,
  concurrency,
  channels,
  xml,
}) => {
  const notification = buildBenchToast()
  sameXmlOrThrow(notification, xml)
  const client = new WnsClient({
    credentials: { packageSid: BENCH_PACKAGE_SID, clientSecret: BENCH_CLIENT_SECRET },
    dispatcher: createLoopbackDispatcher(target, concurrency),
    concurrency,
  })
  const items = channels.map((channelUri) => ({ channelUri, notification }))
  return async () => {
    const summary = await client.sendMany(items, { concurrency })
    const failure = summary.results.find((result) => !result.ok)
    return failure && !failure.ok
      ? { sent: summary.succeeded, failed: summary.failed, firstError: failure.error.message }
      : { sent: summary.succeeded, failed: summary.failed }
  }
}
