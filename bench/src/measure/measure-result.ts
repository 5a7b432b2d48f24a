import type { VariantId } from '../variants/variant-ids'

/** What a send loop reports: how many notifications WNS accepted and how many failed. */
export interface SendOutcome {
  readonly sent: number
  readonly failed: number
  /** The first failure's message, to tell a broken harness from a slow one. */
  readonly firstError?: string
}

/** CPU and memory of the measuring process. */
export interface ProcessCost {
  /** Wall-clock milliseconds of the send loop. */
  readonly elapsedMs: number
  /** `process.cpuUsage()` delta over the send loop (user + system), in microseconds. */
  readonly cpuUs: number
  /** `process.resourceUsage().maxRSS` at the end: the process's peak RSS, in kilobytes. */
  readonly maxRssKb: number
}

/** The JSON line a child prints for a {@link SendMeasureRequest}. */
export interface SendMeasureResult extends SendOutcome, ProcessCost {
  readonly kind: 'send'
  readonly variant: VariantId
  readonly concurrency: number
  readonly count: number
}

/** The JSON line a child prints for a streaming memory run. */
export interface StreamMeasureResult extends SendOutcome, ProcessCost {
  readonly kind: 'stream'
  readonly count: number
  readonly concurrency: number
  /** The largest `process.memoryUsage().heapUsed` seen while streaming, in kilobytes. */
  readonly peakHeapUsedKb: number
}

/** One tinybench task's figures. */
export interface PayloadTaskResult {
  readonly name: string
  /** Operations per second: runs / total time. */
  readonly opsPerSecond: number
  /** Median latency of one operation, in microseconds. */
  readonly medianUs: number
  /** Relative margin of error of the mean latency, in percent. */
  readonly rmePercent: number
  readonly samples: number
  /** Bytes of the XML the task builds. */
  readonly bytes: number
}

/** The JSON line a child prints for the payload-building run. */
export interface PayloadMeasureResult {
  readonly kind: 'payload'
  readonly tasks: readonly PayloadTaskResult[]
}

/** Anything a measuring child prints. */
export type MeasureResult = SendMeasureResult | StreamMeasureResult | PayloadMeasureResult
