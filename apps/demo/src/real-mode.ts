import { readFile } from 'node:fs/promises'
import { getNotificationProvider, type PushNotificationResult } from '@homepot/push'
import type { WnsNotificationType } from '@homepot/wns-core'
import { DEMO_PAYLOADS } from './payloads'
import { summarise, type TypeSummary } from './summary'

/**
 * Sends the demo notifications to real devices through Microsoft's WNS: credentials from
 * `WNS_PACKAGE_SID` and `WNS_CLIENT_SECRET`, channel URIs from a file (one per line; `#` starts a
 * comment). Not run in CI: it needs a registered app and real channels.
 */
export async function runReal(
  channelsFile: string,
  types: readonly WnsNotificationType[],
  concurrency: number,
): Promise<TypeSummary[]> {
  const channels = (await readFile(channelsFile, 'utf8'))
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith('#'))
  const summaries: TypeSummary[] = []
  for (const type of types) {
    // Credentials come from WNS_PACKAGE_SID / WNS_CLIENT_SECRET when not given.
    const provider = getNotificationProvider('wns_windows', {
      notificationType: type,
      batchSize: concurrency,
    })
    await provider.initialize()
    const started = performance.now()
    let results: PushNotificationResult[]
    try {
      results = await provider.sendBulkNotifications(
        channels.map((uri) => [uri, DEMO_PAYLOADS[type]]),
      )
    } finally {
      await provider.cleanup()
    }
    summaries.push(summarise(type, results, performance.now() - started))
  }
  return summaries
}
