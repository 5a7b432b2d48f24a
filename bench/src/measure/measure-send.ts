import type { PrepareSendVariant } from '../variants/send-variant'
import type { VariantId } from '../variants/variant-ids'
import { channelUris } from '../workload/channel-uris'
import { measureProcessCost } from './measure-process-cost'
import type { SendMeasureRequest } from './measure-request'
import type { SendMeasureResult } from './measure-result'

// Each child loads only its own variant, so its peak RSS holds no other variant's modules.
const VARIANT_LOADERS: Readonly<Record<VariantId, () => Promise<PrepareSendVariant>>> = {
  'wns-client': async () => (await import('../variants/send-wns-client')).prepareWnsClient,
  'raw-undici': async () => (await import('../variants/send-raw-undici')).prepareRawUndici,
  'npm-wns': async () => (await import('../variants/send-npm-wns')).prepareNpmWns,
  'homepot-push': async () => (await import('../variants/send-homepot-push')).prepareHomepotPush,
}

/**
 * Runs one throughput measurement in this process: prepares the variant, then times its send
 * loop (wall clock and `process.cpuUsage()`), and reads the peak RSS at the end.
 */
export async function measureSend(request: SendMeasureRequest): Promise<SendMeasureResult> {
  const prepare = await VARIANT_LOADERS[request.variant]()
  const sendAll = await prepare({
    target: request.target,
    concurrency: request.concurrency,
    channels: channelUris(request.count),
    xml: request.xml,
  })
  const { value: outcome, cost } = await measureProcessCost(sendAll)
  return {
    kind: 'send',
    variant: request.variant,
    concurrency: request.concurrency,
    count: request.count,
    ...outcome,
    ...cost,
  }
}
