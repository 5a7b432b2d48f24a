import { getNotificationProvider, type PushNotificationTarget } from '@homepot/push'
import { createLoopbackDispatcher } from '../transport/create-loopback-dispatcher'
import { BENCH_CLIENT_SECRET, BENCH_PACKAGE_SID } from '../workload/bench-credentials'
import { BENCH_PUSH_PAYLOAD } from '../workload/bench-push-payload'
import type { PrepareSendVariant } from './send-variant'

/**
 * (d) HOMEPOT's interface: the `wns_windows` provider's `sendBulkNotifications(pairs)`, which
 * validates each platform-neutral payload, maps it to a toast and sends through a WnsClient.
 * `batchSize` and `concurrency` equal the run's concurrency, as for the other variants. The
 * provider builds its own toast from `{ title, body, data }`, so its body is not byte for byte the
 * others' (the report shows the bytes each variant sent).
 */
export const prepareHomepotPush: PrepareSendVariant = async ({ target, concurrency, channels }) => {
  const provider = await getNotificationProvider('wns_windows', {
    packageSid: BENCH_PACKAGE_SID,
    clientSecret: BENCH_CLIENT_SECRET,
    dispatcher: createLoopbackDispatcher(target, concurrency),
    batchSize: concurrency,
    concurrency,
  })
  await provider.initialize()
  const pairs: PushNotificationTarget[] = channels.map((channel) => [channel, BENCH_PUSH_PAYLOAD])
  return async () => {
    const results = await provider.sendBulkNotifications(pairs)
    let sent = 0
    let firstError: string | undefined
    for (const result of results) {
      if (result.success) sent += 1
      else firstError ??= `${result.errorCode}: ${result.errorMessage}`
    }
    const failed = results.length - sent
    return firstError === undefined ? { sent, failed } : { sent, failed, firstError }
  }
}
