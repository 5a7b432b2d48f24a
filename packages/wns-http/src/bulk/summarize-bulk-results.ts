import type { WnsErrorCode } from '@homepot/wns-core'
import type { WnsBulkItemResult, WnsSendManyResult } from './bulk-types'

/**
 * Builds the summary of `sendMany()` from the results in input order.
 * @internal
 */
export function summarizeBulkResults(results: WnsBulkItemResult[]): WnsSendManyResult {
  const countsByCode: Partial<Record<WnsErrorCode, number>> = {}
  const toRemove = new Set<string>()
  const toReregister = new Set<string>()
  let failed = 0
  for (const result of results) {
    if (result.ok) continue
    failed++
    const { code, channelAction } = result.error
    countsByCode[code] = (countsByCode[code] ?? 0) + 1
    if (!result.channelUri) continue
    if (channelAction === 'remove') toRemove.add(result.channelUri)
    else if (channelAction === 'reregister') toReregister.add(result.channelUri)
  }
  return {
    results,
    succeeded: results.length - failed,
    failed,
    countsByCode,
    channelsToRemove: [...toRemove],
    channelsToReregister: [...toReregister],
  }
}
