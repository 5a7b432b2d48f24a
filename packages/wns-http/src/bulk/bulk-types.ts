import type { WnsError, WnsErrorCode, WnsNotification, WnsSendOptions } from '@homepot/wns-core'
import type { WnsRetryOptions } from '../retry/retry-options'
import type { WnsSendResult } from '../send/send-result'

/** What a bulk send takes: an array, any iterable, or an async iterable (read one item at a time). */
export type WnsBulkSource<T = WnsBulkItem> = Iterable<T> | AsyncIterable<T>

/** One notification of a bulk send. */
export interface WnsBulkItem {
  /** Where to send it. */
  readonly channelUri: string
  /** What to send. */
  readonly notification: WnsNotification
  /** Send options (`ttlSeconds`, `tag`, …) for this item. */
  readonly options?: WnsSendOptions
}

/** A bulk item that WNS accepted. */
export interface WnsBulkSuccess {
  /** Position of the item in the input, from 0. */
  readonly index: number
  /** The item's channel URI. */
  readonly channelUri: string
  readonly ok: true
  /** What `send()` would have resolved to. */
  readonly result: WnsSendResult
}

/** A bulk item that failed; `error.code` and `error.channelAction` say why and what to do. */
export interface WnsBulkFailure {
  /** Position of the item in the input, from 0. */
  readonly index: number
  /** The item's channel URI (`''` when the item had none). */
  readonly channelUri: string
  readonly ok: false
  /** What `send()` would have rejected with; `ABORTED` for items cut off by the signal. */
  readonly error: WnsError
}

/** The outcome of one bulk item. */
export type WnsBulkItemResult = WnsBulkSuccess | WnsBulkFailure

/** Progress reported after each item of a bulk send. */
export interface WnsBulkProgress {
  /** Items finished so far. */
  readonly completed: number
  /** Of which succeeded. */
  readonly succeeded: number
  /** Of which failed. */
  readonly failed: number
  /** The item that just finished. */
  readonly result: WnsBulkItemResult
}

/** Options of `sendMany()` and `sendStream()`. */
export interface WnsBulkOptions {
  /**
   * Sends in flight at once.
   * @default the client's `concurrency` (32)
   */
  readonly concurrency?: number
  /**
   * Aborting it stops the batch: in-flight sends end, and every item not yet finished (the rest
   * of the input included) gets a failure with code `ABORTED`.
   */
  readonly signal?: AbortSignal
  /** Called after each item finishes. An exception thrown here is logged and ignored. */
  readonly onProgress?: (progress: WnsBulkProgress) => void
  /** Overrides the client's `timeoutMs` for every send of the batch. */
  readonly timeoutMs?: number
  /** Overrides fields of the client's retry policy for every send of the batch. */
  readonly retry?: WnsRetryOptions
}

/** What `sendMany()` resolves to: one result per input item, in input order, and a summary. */
export interface WnsSendManyResult {
  /** One result per input item, `results[i].index === i`. */
  readonly results: readonly WnsBulkItemResult[]
  /** Number of items WNS accepted. */
  readonly succeeded: number
  /** Number of items that failed. */
  readonly failed: number
  /** Failures counted by error code. */
  readonly countsByCode: Readonly<Partial<Record<WnsErrorCode, number>>>
  /** Channels to delete and never send to again (`channelAction: 'remove'`: 410, invalid URI), each once. */
  readonly channelsToRemove: readonly string[]
  /** Channels WNS does not recognise (404): ask those devices for a new channel, each once. */
  readonly channelsToReregister: readonly string[]
}
