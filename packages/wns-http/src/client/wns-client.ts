import { WnsError, type WnsMatch, type WnsNotification } from '@homepot/wns-core'
import type { Dispatcher } from 'undici'
import type { BulkWorker, RunBulkOptions } from '../bulk/bulk-batch'
import type {
  WnsBulkItemResult,
  WnsBulkOptions,
  WnsBulkSource,
  WnsSendManyResult,
} from '../bulk/bulk-types'
import { collectBulk } from '../bulk/collect-bulk'
import { readBulkItem } from '../bulk/read-bulk-item'
import { resolveBulkOptions } from '../bulk/resolve-bulk-options'
import { runBulk } from '../bulk/run-bulk'
import { summarizeBulkResults } from '../bulk/summarize-bulk-results'
import { type DeliveryContext, deliver } from '../send/deliver'
import { SendPreparer } from '../send/send-preparer'
import type { WnsSendResult } from '../send/send-result'
import type { AccessTokenProvider } from '../tokens/access-token-provider'
import { createTokenProvider } from '../tokens/create-token-provider'
import { createWnsAgent } from '../transport/create-agent'
import { isNativeDispatcher } from '../transport/is-native-dispatcher'
import type { WnsCallOptions, WnsClientOptions, WnsClientSendOptions } from './client-options'
import {
  type ResolvedCallOptions,
  type ResolvedClientOptions,
  resolveCallOptions,
  resolveClientOptions,
} from './resolve-options'

/**
 * Sends WNS notifications over undici: gets and caches access tokens, validates every channel
 * URI before any I/O, retries what can be retried, and sends in bulk with per-item results.
 * Create one per app and reuse it; call {@link WnsClient.close} when done.
 *
 * @throws {WnsError} `INVALID_OPTIONS` from the constructor, naming the field, when an option is
 *   invalid or no credentials can be found.
 * @see https://learn.microsoft.com/windows/apps/design/shell/tiles-and-notifications/windows-push-notification-services--wns--overview
 * @example
 * import { toast } from '@homepot/wns-core'
 * import { WnsClient } from '@homepot/wns-http'
 *
 * const client = new WnsClient({ credentials: { packageSid, clientSecret } })
 * const result = await client.send(channelUri, toast({ text: ['Title', 'Body'] }))
 * console.log(result.msgId)
 * await client.close()
 */
export class WnsClient {
  readonly #options: ResolvedClientOptions
  readonly #dispatcher: Dispatcher
  /** The Agent this client created, which `close()` closes; `undefined` when one was given. */
  readonly #ownAgent: Dispatcher | undefined
  readonly #tokenProvider: AccessTokenProvider
  readonly #defaults: ResolvedCallOptions
  /** Built once: sends share it rather than allocating one per request. */
  readonly #delivery: DeliveryContext
  /** Checks channel URIs and builds requests, once per notification and options. */
  readonly #preparer: SendPreparer
  readonly #warned = new Set<string>()
  #closed = false

  constructor(options?: WnsClientOptions) {
    const resolved = resolveClientOptions(options)
    this.#options = resolved
    this.#ownAgent = resolved.dispatcher ? undefined : createWnsAgent(resolved.concurrency)
    this.#dispatcher = resolved.dispatcher ?? (this.#ownAgent as Dispatcher)
    this.#tokenProvider =
      resolved.tokenProvider ??
      createTokenProvider(resolved.credentials as NonNullable<typeof resolved.credentials>, {
        dispatcher: this.#dispatcher,
        refreshMarginMs: resolved.tokenRefreshMarginMs,
        timeoutMs: resolved.timeoutMs,
        logger: resolved.logger,
      })
    this.#defaults = { signal: undefined, timeoutMs: resolved.timeoutMs, retry: resolved.retry }
    this.#delivery = {
      dispatcher: this.#dispatcher,
      native: isNativeDispatcher(this.#dispatcher),
      tokenProvider: this.#tokenProvider,
      logger: resolved.logger,
    }
    this.#preparer = new SendPreparer(resolved.channelUriOptions, (warnings) =>
      this.#warnOnce(warnings),
    )
  }

  /**
   * Sends one notification to one channel.
   *
   * The channel URI is checked with the core validator and the request built (and its options
   * validated) before any I/O. A 401 gets one fresh token and one resend; 500, 503, 406,
   * timeouts and connection failures are retried per the retry policy; 400, 403, 404, 410 and
   * 413 never are.
   *
   * @param channelUri - the channel URI exactly as the device sent it.
   * @param notification - a notification from `toast()`, `tile()`, `badge()`, `raw()` or `fromXml()`.
   * @param options - the core's send options plus `signal`, `timeoutMs` and `retry`.
   * @returns the accepted send; `dropped` is `true` when WNS accepted and discarded it.
   * @throws {WnsError} `INVALID_CHANNEL_URI`, `INVALID_OPTIONS` or `INVALID_PAYLOAD` before any
   *   I/O; `AUTH_FAILED` when the token endpoint refuses; a WNS code (`CHANNEL_GONE`,
   *   `THROTTLED`, …) with `status`, `channelAction` and diagnostics; `TIMEOUT`,
   *   `NETWORK_ERROR` or `ABORTED`.
   * @example
   * const result = await client.send(uri, badge(3), { requestForStatus: true })
   */
  send(
    channelUri: string,
    notification: WnsNotification,
    options?: WnsClientSendOptions,
  ): Promise<WnsSendResult> {
    try {
      const {
        signal: _signal,
        timeoutMs: _timeoutMs,
        retry: _retry,
        ...sendOptions
      } = options ?? {}
      const call = resolveCallOptions(this.#defaults, options)
      this.#assertOpen()
      return deliver(
        this.#delivery,
        this.#preparer.prepareSend(channelUri, notification, sendOptions),
        call,
      )
    } catch (error) {
      return Promise.reject(error)
    }
  }

  /**
   * Removes toasts from the Action Center of the channel's device (`DELETE` with `X-WNS-Match`):
   * by tag, by group, by both, or all of the app's toasts.
   *
   * @throws {WnsError} as {@link WnsClient.send} does.
   * @example
   * await client.delete(uri, { tag: 'order-17', group: 'orders' })
   * await client.delete(uri, { all: true })
   */
  async delete(
    channelUri: string,
    match: WnsMatch,
    options?: WnsCallOptions,
  ): Promise<WnsSendResult> {
    const call = resolveCallOptions(this.#defaults, options)
    this.#assertOpen()
    return deliver(this.#delivery, this.#preparer.prepareDelete(channelUri, match), call)
  }

  /**
   * Sends many notifications, `concurrency` at a time, and resolves one result per input item in
   * input order, with counts and the channels to remove. It never rejects because of an item: an
   * invalid item, a WNS refusal or an abort becomes that item's failure.
   *
   * @param items - an array, iterable or async iterable of `{ channelUri, notification, options? }`.
   * @throws {WnsError} `INVALID_OPTIONS` for invalid bulk options; rethrows what the input
   *   iterable itself throws.
   * @example
   * const summary = await client.sendMany(devices.map((d) => ({ channelUri: d.uri, notification })))
   * await db.deleteChannels(summary.channelsToRemove)
   */
  async sendMany(items: WnsBulkSource, options?: WnsBulkOptions): Promise<WnsSendManyResult> {
    const { worker, settings } = this.#startBulk(options)
    // The engine of sendStream, without an async generator between each result and this loop.
    return summarizeBulkResults(await collectBulk(items, worker, settings))
  }

  /**
   * The streaming form of {@link WnsClient.sendMany}: an async iterable of item results, in the
   * order they finish (each carries its input `index`). Memory stays flat for unbounded input:
   * at most `concurrency` items are in flight or waiting to be consumed. Breaking out of the loop
   * aborts the sends in flight.
   *
   * @throws {WnsError} `INVALID_OPTIONS` for invalid bulk options (on the first iteration).
   * @example
   * for await (const item of client.sendStream(readChannelsFromDb(), { concurrency: 64 })) {
   *   if (!item.ok && item.error.channelAction === 'remove') await db.delete(item.channelUri)
   * }
   */
  async *sendStream(
    items: WnsBulkSource,
    options?: WnsBulkOptions,
  ): AsyncGenerator<WnsBulkItemResult, void, undefined> {
    const { worker, settings } = this.#startBulk(options)
    yield* runBulk(items, worker, settings)
  }

  /**
   * Releases the sockets of the Agent the client created (a `dispatcher` passed in is left
   * open). Sends still running finish first. Calling it twice is harmless.
   */
  async close(): Promise<void> {
    if (this.#closed) return
    this.#closed = true
    await this.#ownAgent?.close()
  }

  /** Checks bulk options; returns the engine's settings and a worker sending each item. */
  #startBulk(options: WnsBulkOptions | undefined): {
    worker: BulkWorker
    settings: RunBulkOptions
  } {
    const { call, concurrency, onProgress } = resolveBulkOptions(
      options,
      this.#defaults,
      this.#options.concurrency,
    )
    this.#assertOpen()
    // The engine passes the same batch signal to every item: build the call options once.
    let itemCall: ResolvedCallOptions = call
    const worker: BulkWorker = (item, index, signal) => {
      if (itemCall.signal !== signal) itemCall = { ...call, signal }
      return this.#sendItem(item, index, itemCall)
    }
    const { logger } = this.#options
    return { worker, settings: { concurrency, signal: call.signal, onProgress, logger } }
  }

  /** Sends one bulk item; whatever the item's checks throw becomes a rejection. */
  #sendItem(item: unknown, index: number, call: ResolvedCallOptions): Promise<WnsSendResult> {
    try {
      const { channelUri, notification, options } = readBulkItem(item, index)
      this.#assertOpen()
      return deliver(
        this.#delivery,
        this.#preparer.prepareSend(channelUri, notification, options),
        call,
      )
    } catch (error) {
      return Promise.reject(error)
    }
  }

  /** Logs each distinct builder warning once per client, not once per send of a batch. */
  #warnOnce(warnings: readonly string[]): void {
    for (const warning of warnings) {
      if (this.#warned.has(warning)) continue
      this.#warned.add(warning)
      this.#options.logger.warn({ warning }, 'a send option may not apply to this channel')
    }
  }

  #assertOpen(): void {
    if (this.#closed) {
      throw new WnsError('INVALID_OPTIONS', {
        message: 'the WnsClient is closed; create a new one',
        field: 'client',
      })
    }
  }
}
