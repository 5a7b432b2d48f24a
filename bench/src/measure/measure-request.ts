import type { LoopbackTarget } from '../transport/loopback-target'
import type { VariantId } from '../variants/variant-ids'

/** One throughput measurement: `count` toasts at `concurrency` with one variant. */
export interface SendMeasureRequest {
  readonly kind: 'send'
  readonly variant: VariantId
  readonly concurrency: number
  readonly count: number
  readonly target: LoopbackTarget
  /** The toast XML every variant sends (built once by the harness with the core builder). */
  readonly xml: string
}

/** One memory measurement: `WnsClient.sendStream` over `count` generated channels. */
export interface StreamMeasureRequest {
  readonly kind: 'stream'
  readonly count: number
  readonly concurrency: number
  readonly target: LoopbackTarget
}

/** The payload-building micro-benchmark (tinybench), `timeMs` per task. */
export interface PayloadMeasureRequest {
  readonly kind: 'payload'
  readonly timeMs: number
}

/** What the harness asks a measuring child to do (passed as its one argument, in JSON). */
export type MeasureRequest = SendMeasureRequest | StreamMeasureRequest | PayloadMeasureRequest
