import { WnsError } from '@homepot/wns-core'
import { describe, expect, it } from 'vitest'
import type { WnsBulkItemResult } from './bulk-types'
import { summarizeBulkResults } from './summarize-bulk-results'

const ok = (index: number): WnsBulkItemResult => ({
  index,
  channelUri: `uri-${index}`,
  ok: true,
  result: {
    ok: true,
    channelUri: `uri-${index}`,
    status: 200,
    notificationStatus: 'received',
    dropped: false,
    attempts: 1,
    latencyMs: 1,
    diagnostics: {},
  },
})
const failed = (
  index: number,
  error: WnsError,
  channelUri = `uri-${index}`,
): WnsBulkItemResult => ({
  index,
  channelUri,
  ok: false,
  error,
})

describe('summarizeBulkResults', () => {
  it('counts successes, failures and failures by code', () => {
    const summary = summarizeBulkResults([
      ok(0),
      failed(1, new WnsError('CHANNEL_GONE')),
      failed(2, new WnsError('THROTTLED')),
      failed(3, new WnsError('THROTTLED')),
      ok(4),
    ])
    expect(summary).toMatchObject({
      succeeded: 2,
      failed: 3,
      countsByCode: { CHANNEL_GONE: 1, THROTTLED: 2 },
    })
    expect(summary.results).toHaveLength(5)
  })

  it('lists channels to remove and to re-register once each', () => {
    const summary = summarizeBulkResults([
      failed(0, new WnsError('CHANNEL_GONE'), 'gone'),
      failed(1, new WnsError('CHANNEL_GONE'), 'gone'),
      failed(2, new WnsError('CHANNEL_EXPIRED'), 'unknown'),
      failed(3, new WnsError('INVALID_CHANNEL_URI'), 'http://evil.example/'),
      failed(4, new WnsError('INVALID_PAYLOAD'), ''),
      failed(5, new WnsError('SERVICE_UNAVAILABLE'), 'busy'),
    ])
    expect(summary.channelsToRemove).toEqual(['gone', 'http://evil.example/'])
    expect(summary.channelsToReregister).toEqual(['unknown'])
  })
})
