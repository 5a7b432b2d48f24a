import type { PushNotificationResult } from '@homepot/push'

/**
 * `count` `[channelUri, payload]` entries spread over `uris`, entry `i` titled `${prefix}${i}`, so
 * what the fake received can be matched back to its input (see `countReceivedTitles`).
 */
export function titledEntries(uris: readonly string[], count: number, prefix: string) {
  return Array.from(
    { length: count },
    (_, i) => [uris[i % uris.length] as string, { title: `${prefix}${i}`, body: 'bulk' }] as const,
  )
}

/** Results counted by outcome: `ok` for successes, else the error code. */
export function countCodes(results: readonly PushNotificationResult[]): Record<string, number> {
  const counts: Record<string, number> = {}
  for (const result of results) {
    const code = result.success ? 'ok' : String(result.errorCode)
    counts[code] = (counts[code] ?? 0) + 1
  }
  return counts
}
