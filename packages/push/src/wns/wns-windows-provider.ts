import {
  REDACTED,
  validateChannelUri,
  WNS_MAX_PAYLOAD_BYTES,
  WnsError,
  type WnsNotification,
  type WnsSendOptions,
} from '@homepot/wns-core'
import type { WnsBulkItemResult, WnsSendManyResult, WnsSendResult } from '@homepot/wns-http'
import type { PushNotificationPayload } from '../payload/push-notification-payload'
import { BasePushProvider } from '../provider/base-push-provider'
import type { PushDelivery } from '../provider/prepare-delivery'
import { createFailureResult, createSuccessResult } from '../result/create-push-result'
import type { PushNotificationResult } from '../result/push-notification-result'
import { buildWnsMessage } from './build-wns-message'
import { openWnsConnection, type WnsConnection } from './open-wns-connection'
import type { WnsPlatformInfo } from './wns-platform-info'
import {
  parseWnsProviderConfig,
  type WnsProviderConfig,
  type WnsProviderSettings,
} from './wns-provider-config'

interface Prepared {
  readonly notification: WnsNotification
  readonly sendOptions: WnsSendOptions
}

/**
 * The `wns_windows` provider: HOMEPOT's WNS provider on top of `@homepot/wns-http`, with the
 * strict channel-URI domain check, one resend with a fresh token after a 401, retries of what
 * WNS says can be retried, and optional `X-WNS-RequestForStatus`.
 *
 * `initialize()` gets an access token (so bad credentials fail at start-up with `AUTH_FAILED`);
 * `cleanup()` closes the connections it opened. Payloads are mapped as the package README's
 * table shows ({@link buildWnsMessage}); an invalid channel URI or an oversized payload becomes a
 * failed result before any request leaves the process.
 *
 * @throws {WnsError} `INVALID_OPTIONS` from the constructor, naming the configuration key.
 * @example
 * const wns = new WnsWindowsProvider({ package_sid: sid, client_secret: secret })
 * await wns.initialize()
 * const result = await wns.sendNotification(channelUri, { title: 'Hi', body: 'There' })
 * await wns.cleanup()
 */
export class WnsWindowsProvider extends BasePushProvider {
  /** Always `wns_windows`. */
  readonly platform = 'wns_windows'
  // Private, so logging or inspecting the provider never shows the client secret.
  readonly #settings: WnsProviderSettings
  #connection: WnsConnection | undefined

  constructor(config?: WnsProviderConfig, env?: Readonly<Record<string, string | undefined>>) {
    super()
    this.#settings = parseWnsProviderConfig(config, env)
  }

  /** The validated configuration, with the client secret replaced by `[REDACTED]`. */
  get settings(): WnsProviderSettings {
    const { credentials } = this.#settings
    return { ...this.#settings, credentials: { ...credentials, clientSecret: REDACTED } }
  }

  /**
   * Whether `token` is a channel URI the provider will post to: `https`, host
   * `notify.windows.com` or a sub-domain, and the other rules of the core validator (plus the
   * configured `channelUriOptions`). Never throws.
   */
  validateDeviceToken(token: string): boolean {
    try {
      return validateChannelUri(token, this.#settings.channelUriOptions).valid
    } catch {
      return false
    }
  }

  /** Configuration and state, without secrets. */
  async getPlatformInfo(): Promise<WnsPlatformInfo> {
    const { credentials, ...settings } = this.#settings
    const entra = 'tenantId' in credentials
    return {
      platform: 'wns_windows',
      serviceStatus: this.serviceStatus,
      notificationType: settings.notificationType,
      tokenValid: this.#connection?.tokens.hasValidToken ?? false,
      credentialFlow: entra ? 'entra' : 'partner_center',
      ...(entra
        ? { clientId: credentials.clientId }
        : { packageSid: shorten(credentials.packageSid) }),
      batchSize: settings.batchSize,
      timeoutSeconds: settings.timeoutSeconds,
      cachePolicy: settings.cachePolicy,
      requestForStatus: settings.requestForStatus,
      maxPayloadBytes: settings.maxPayloadBytes ?? WNS_MAX_PAYLOAD_BYTES,
    }
  }

  protected async onInitialize(): Promise<void> {
    this.#connection = await openWnsConnection(this.#settings)
  }

  protected override async onCleanup(): Promise<void> {
    const connection = this.#connection
    this.#connection = undefined
    await connection?.close()
  }

  /** Healthy when a valid access token can be had (from the cache or the token endpoint). */
  protected override async checkHealth(): Promise<void> {
    await this.#connect().tokens.getToken()
  }

  protected async deliver(
    deviceToken: string,
    payload: PushNotificationPayload,
  ): Promise<PushNotificationResult> {
    const prepared = this.#prepare(deviceToken, payload)
    if ('success' in prepared) return prepared
    try {
      const sent = await this.#connect().client.send(deviceToken, prepared.notification, {
        ...prepared.sendOptions,
      })
      return this.#success(deviceToken, sent)
    } catch (error) {
      return createFailureResult(deviceToken, this.platform, error)
    }
  }

  /** Every entry is prepared first; valid ones go to `sendMany` in batches of `batchSize`. */
  protected override async deliverMany(
    deliveries: readonly PushDelivery[],
  ): Promise<PushNotificationResult[]> {
    const results: PushNotificationResult[] = []
    const ready: Array<{ position: number; item: { channelUri: string } & Prepared }> = []
    deliveries.forEach((delivery, position) => {
      const prepared = this.#prepare(delivery.deviceToken, delivery.payload)
      if ('success' in prepared) results[position] = prepared
      else ready.push({ position, item: { channelUri: delivery.deviceToken, ...prepared } })
    })
    const { client } = this.#connect()
    for (let start = 0; start < ready.length; start += this.#settings.batchSize) {
      const batch = ready.slice(start, start + this.#settings.batchSize)
      const items = batch.map(({ item }) => ({
        channelUri: item.channelUri,
        notification: item.notification,
        options: item.sendOptions,
      }))
      // sendMany reports per item; should the whole call fail (the client closed under it), each
      // item of the batch still gets its own failed result.
      let summary: WnsSendManyResult
      try {
        summary = await client.sendMany(items)
      } catch (error) {
        for (const { position, item } of batch) {
          results[position] = createFailureResult(item.channelUri, this.platform, error)
        }
        continue
      }
      batch.forEach(({ position, item }, index) => {
        results[position] = this.#fromBulk(item.channelUri, summary.results[index])
      })
    }
    return results
  }

  /** Checks the channel URI and builds the notification; a failure result when either fails. */
  #prepare(
    deviceToken: string,
    payload: PushNotificationPayload,
  ): Prepared | PushNotificationResult {
    const check = validateChannelUri(deviceToken, this.#settings.channelUriOptions)
    if (!check.valid) {
      const error = new WnsError('INVALID_CHANNEL_URI', {
        message: `deviceToken is not a valid WNS channel URI: ${check.reason}`,
        field: 'deviceToken',
      })
      return createFailureResult(deviceToken, this.platform, error)
    }
    try {
      return buildWnsMessage(payload, this.#settings)
    } catch (error) {
      return createFailureResult(deviceToken, this.platform, error)
    }
  }

  #fromBulk(channelUri: string, item: WnsBulkItemResult | undefined): PushNotificationResult {
    if (item === undefined) {
      const error = new WnsError('UNEXPECTED_RESPONSE', { message: 'sendMany returned no result' })
      return createFailureResult(channelUri, this.platform, error)
    }
    return item.ok
      ? this.#success(channelUri, item.result)
      : createFailureResult(channelUri, this.platform, item.error)
  }

  #success(deviceToken: string, sent: WnsSendResult): PushNotificationResult {
    return createSuccessResult(deviceToken, this.platform, {
      ...(sent.msgId !== undefined && { messageId: sent.msgId }),
      ...(sent.notificationStatus !== undefined && { notificationStatus: sent.notificationStatus }),
      ...(sent.deviceConnectionStatus !== undefined && {
        deviceConnectionStatus: sent.deviceConnectionStatus,
      }),
      latencyMs: sent.latencyMs,
    })
  }

  #connect(): WnsConnection {
    if (this.#connection === undefined) {
      throw new WnsError('INVALID_OPTIONS', {
        message: 'the wns_windows provider is not initialized',
        field: 'provider',
      })
    }
    return this.#connection
  }
}

function shorten(packageSid: string): string {
  return packageSid.length > 24 ? `${packageSid.slice(0, 24)}…` : packageSid
}
