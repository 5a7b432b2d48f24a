import {
  createSeededRandom,
  isValidChannelUri,
  WnsError,
  type WnsNotification,
  type WnsSendOptions,
} from '@homepot/wns-core'
import type { PushNotificationPayload } from '../payload/push-notification-payload'
import { BasePushProvider } from '../provider/base-push-provider'
import type { PushPlatformInfo } from '../provider/push-notification-provider'
import { createFailureResult, createSuccessResult } from '../result/create-push-result'
import type { PushNotificationResult } from '../result/push-notification-result'
import { buildWnsMessage } from '../wns/build-wns-message'
import {
  parseSimulationProviderConfig,
  type SimulationProviderConfig,
  type SimulationProviderSettings,
} from './simulation-provider-config'

/** One entry of the simulation provider's log: what was "sent", and what it resolved to. */
export interface SimulatedSend {
  /** The device token, as given. */
  readonly deviceToken: string
  /** The validated payload. */
  readonly payload: PushNotificationPayload
  /** The WNS notification the payload was built into; absent when building failed. */
  readonly notification?: WnsNotification
  /** The `X-WNS-*` options it would have been sent with; absent when building failed. */
  readonly sendOptions?: WnsSendOptions
  /** The result returned to the caller. */
  readonly result: PushNotificationResult
}

/** What `getPlatformInfo()` of the simulation provider reports. */
export interface SimulationPlatformInfo extends PushPlatformInfo {
  readonly platform: 'simulation'
  readonly notificationType: string
  readonly tokenValid: boolean
  readonly failureRate: number
  readonly seed: number | undefined
  readonly latencyMs: readonly [number, number]
  /** Entries in the log. */
  readonly sentCount: number
}

/**
 * A provider that sends nothing: for development, tests and demos. It builds each payload exactly
 * as `wns_windows` would (so oversized or invalid payloads fail the same way), then answers with a
 * realistic result: a 16-hex-digit message id, a latency drawn from `latencyMs`, and, when asked,
 * failures with the codes WNS produces (random with `failureRate`, reproducible with `seed`, or
 * fixed per device with `failures`). Every send is kept in {@link SimulationProvider.sent}.
 *
 * @example
 * const provider = getNotificationProvider('simulation', {})
 * await provider.initialize()
 * const result = await provider.sendNotification('test-channel', { title: 'Hi', body: 'There' })
 * result.success // true
 * provider.sent[0]?.notification?.body // '<toast><visual>…'
 */
export class SimulationProvider extends BasePushProvider {
  /** Always `simulation`. */
  readonly platform = 'simulation'
  /** The validated configuration. */
  readonly settings: SimulationProviderSettings
  readonly #random: () => number
  readonly #log: SimulatedSend[] = []

  /**
   * @throws {WnsError} `INVALID_OPTIONS` naming the offending key.
   */
  constructor(config?: SimulationProviderConfig) {
    super()
    this.settings = parseSimulationProviderConfig(config)
    this.#random =
      this.settings.seed === undefined ? Math.random : createSeededRandom(this.settings.seed)
  }

  /** Every send so far, oldest first (a copy). */
  get sent(): readonly SimulatedSend[] {
    return [...this.#log]
  }

  /** Empties {@link SimulationProvider.sent}. */
  clearSent(): void {
    this.#log.length = 0
  }

  /** Any non-empty string, or only valid WNS channel URIs with `strictTokens`. */
  validateDeviceToken(token: string): boolean {
    if (typeof token !== 'string' || token.trim() === '') return false
    return !this.settings.strictTokens || isValidChannelUri(token)
  }

  /** Configuration and state; `tokenValid` is `true` while initialized (there is no real token). */
  async getPlatformInfo(): Promise<SimulationPlatformInfo> {
    return {
      platform: 'simulation',
      serviceStatus: this.serviceStatus,
      notificationType: this.settings.notificationType,
      tokenValid: this.initialized,
      failureRate: this.settings.failureRate,
      seed: this.settings.seed,
      latencyMs: this.settings.latencyMs,
      sentCount: this.#log.length,
    }
  }

  protected async onInitialize(): Promise<void> {}

  protected async deliver(
    deviceToken: string,
    payload: PushNotificationPayload,
  ): Promise<PushNotificationResult> {
    // Draw in a fixed order for every send, so a seed reproduces the whole sequence.
    const [min, max] = this.settings.latencyMs
    const latencyMs = Math.round(min + (max - min) * this.#random())
    const roll = this.#random()
    const pick = this.#random()
    const messageId = this.#messageId()
    if (this.settings.delay) await new Promise((resolve) => setTimeout(resolve, latencyMs))

    if (!this.validateDeviceToken(deviceToken)) {
      const error = new WnsError('INVALID_CHANNEL_URI', {
        message: 'deviceToken is not a valid simulated device token',
        field: 'deviceToken',
      })
      return this.#record({ deviceToken, payload, result: this.#fail(deviceToken, error) })
    }
    let message: ReturnType<typeof buildWnsMessage>
    try {
      message = buildWnsMessage(payload, this.settings)
    } catch (error) {
      return this.#record({ deviceToken, payload, result: this.#fail(deviceToken, error) })
    }
    const code =
      this.settings.failures[deviceToken] ??
      (roll < this.settings.failureRate ? this.#pickCode(pick) : undefined)
    const result =
      code === undefined
        ? createSuccessResult(deviceToken, this.platform, {
            messageId,
            notificationStatus: 'received',
            latencyMs,
          })
        : createFailureResult(deviceToken, this.platform, new WnsError(code), { latencyMs })
    return this.#record({ deviceToken, payload, ...message, result })
  }

  #pickCode(pick: number): NonNullable<SimulationProviderSettings['failureCodes'][number]> {
    const codes = this.settings.failureCodes
    return (
      codes[Math.min(codes.length - 1, Math.floor(pick * codes.length))] ?? 'SERVICE_UNAVAILABLE'
    )
  }

  #messageId(): string {
    let id = ''
    while (id.length < 16) {
      id += Math.floor(this.#random() * 0x1_0000)
        .toString(16)
        .toUpperCase()
        .padStart(4, '0')
    }
    return id
  }

  #fail(deviceToken: string, error: unknown): PushNotificationResult {
    return createFailureResult(deviceToken, this.platform, error)
  }

  #record(entry: SimulatedSend): PushNotificationResult {
    this.#log.push(Object.freeze(entry))
    return entry.result
  }
}
