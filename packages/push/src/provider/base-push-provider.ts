import { WnsError } from '@homepot/wns-core'
import type { PushNotificationPayload } from '../payload/push-notification-payload'
import { createFailureResult } from '../result/create-push-result'
import type { PushNotificationResult } from '../result/push-notification-result'
import { type PushDelivery, prepareDeliveries, prepareDelivery } from './prepare-delivery'
import type {
  PushHealthCheck,
  PushNotificationProvider,
  PushNotificationTarget,
  PushPlatformInfo,
} from './push-notification-provider'

type LifecycleState = 'new' | 'ready' | 'closed'

/**
 * The lifecycle, validation and error handling every provider shares; extend it to add a
 * platform (FCM, APNs, Web Push…) and register it with `registerProvider()`.
 *
 * It validates payloads (an invalid one becomes an `INVALID_PAYLOAD` result), refuses to send
 * before `initialize()` or after `cleanup()`, shares one `initialize()` among concurrent callers,
 * turns anything `deliver()` throws into a failed result, and answers `healthCheck()`.
 *
 * @example
 * class FcmProvider extends BasePushProvider {
 *   readonly platform = 'fcm_linux'
 *   protected async onInitialize() { this.app = await connect(this.config) }
 *   protected async deliver(token: string, payload: PushNotificationPayload) {
 *     const id = await this.app.send(token, payload)
 *     return createSuccessResult(token, this.platform, { messageId: id })
 *   }
 *   validateDeviceToken(token: string) { return token.length > 0 }
 *   async getPlatformInfo() { return { platform: this.platform, serviceStatus: this.serviceStatus } }
 * }
 */
export abstract class BasePushProvider implements PushNotificationProvider {
  /** The platform name the provider is registered under. */
  abstract readonly platform: string
  #state: LifecycleState = 'new'
  #starting: Promise<void> | undefined

  /** Whether `initialize()` completed and `cleanup()` has not run since. */
  get initialized(): boolean {
    return this.#state === 'ready'
  }

  /** `operational`, `not_initialized` or `closed`, for `getPlatformInfo()`. */
  protected get serviceStatus(): PushPlatformInfo['serviceStatus'] {
    if (this.#state === 'ready') return 'operational'
    return this.#state === 'closed' ? 'closed' : 'not_initialized'
  }

  /**
   * Runs `onInitialize()` once; concurrent calls share it, later calls return at once.
   * @throws {WnsError} whatever `onInitialize()` throws; the provider stays uninitialized.
   */
  initialize(): Promise<void> {
    if (this.#state === 'ready') return Promise.resolve()
    this.#starting ??= this.onInitialize()
      .then(() => {
        this.#state = 'ready'
      })
      .finally(() => {
        this.#starting = undefined
      })
    return this.#starting
  }

  /** Runs `onCleanup()` when the provider was initialized; the provider then refuses to send. */
  async cleanup(): Promise<void> {
    await this.#starting?.catch(() => undefined)
    const wasReady = this.#state === 'ready'
    this.#state = 'closed'
    if (wasReady) await this.onCleanup()
  }

  /**
   * Validates the payload, then calls `deliver()`; never rejects for a per-device failure.
   * @throws {WnsError} `INVALID_OPTIONS` (`field: 'provider'`) before `initialize()` or after `cleanup()`.
   */
  async sendNotification(
    deviceToken: string,
    payload: PushNotificationPayload,
  ): Promise<PushNotificationResult> {
    this.assertReady('sendNotification')
    const delivery = prepareDelivery(
      this.platform,
      0,
      deviceToken,
      payload,
      'deviceToken',
      'payload',
    )
    return 'success' in delivery ? delivery : this.deliverSafely(delivery)
  }

  /**
   * Validates every entry, then calls `deliverMany()`; resolves to one result per entry, in order.
   * @throws {WnsError} `INVALID_OPTIONS` before `initialize()` or after `cleanup()`;
   *   `INVALID_PAYLOAD` when `notifications` is not an array.
   */
  async sendBulkNotifications(
    notifications: readonly PushNotificationTarget[],
  ): Promise<PushNotificationResult[]> {
    this.assertReady('sendBulkNotifications')
    if (!Array.isArray(notifications)) {
      throw new WnsError('INVALID_PAYLOAD', {
        message: 'notifications must be an array of [deviceToken, payload] pairs',
        field: 'notifications',
      })
    }
    const prepared = prepareDeliveries(this.platform, notifications, 'notifications')
    const results: PushNotificationResult[] = []
    const deliveries: PushDelivery[] = []
    prepared.forEach((entry, index) => {
      if ('success' in entry) results[index] = entry
      else deliveries.push(entry)
    })
    if (deliveries.length > 0) {
      const delivered = await this.deliverMany(deliveries)
      deliveries.forEach((delivery, position) => {
        results[delivery.index] =
          delivered[position] ??
          createFailureResult(
            delivery.deviceToken,
            this.platform,
            new WnsError('UNEXPECTED_RESPONSE', { message: 'the provider returned no result' }),
          )
      })
    }
    return results
  }

  /** Reports `healthy` when initialized and `checkHealth()` passes; never rejects. */
  async healthCheck(): Promise<PushHealthCheck> {
    const base = { platform: this.platform, timestamp: new Date() }
    if (!this.initialized) {
      return {
        ...base,
        status: 'unhealthy',
        initialized: false,
        error: this.notReadyMessage('healthCheck'),
        errorCode: 'INVALID_OPTIONS',
      }
    }
    try {
      await this.checkHealth()
      const platformInfo = await this.getPlatformInfo()
      return { ...base, status: 'healthy', initialized: this.initialized, platformInfo }
    } catch (error) {
      const failure = createFailureResult('', this.platform, error)
      return {
        ...base,
        status: 'unhealthy',
        initialized: this.initialized,
        error: failure.errorMessage ?? 'health check failed',
        ...(failure.errorCode === undefined ? {} : { errorCode: failure.errorCode }),
      }
    }
  }

  /** Whether `token` is a device token this provider can send to. Never throws. */
  abstract validateDeviceToken(token: string): boolean

  /** Describes the provider's configuration and state (no secrets). */
  abstract getPlatformInfo(): Promise<PushPlatformInfo>

  /** Starts the provider (connect, authenticate). Throw to refuse. */
  protected abstract onInitialize(): Promise<void>

  /** Sends one validated notification. May throw; the error becomes a failed result. */
  protected abstract deliver(
    deviceToken: string,
    payload: PushNotificationPayload,
  ): Promise<PushNotificationResult>

  /**
   * Sends validated notifications; must resolve to one result per delivery, in the same order.
   * @default every delivery through `deliver()` at once
   */
  protected deliverMany(deliveries: readonly PushDelivery[]): Promise<PushNotificationResult[]> {
    return Promise.all(deliveries.map((delivery) => this.deliverSafely(delivery)))
  }

  /** Releases what `onInitialize()` acquired. @default nothing */
  protected async onCleanup(): Promise<void> {}

  /** Throws when the service does not work, for `healthCheck()`. @default nothing */
  protected async checkHealth(): Promise<void> {}

  /** `deliver()`, with anything it throws turned into a failed result. */
  protected async deliverSafely(delivery: PushDelivery): Promise<PushNotificationResult> {
    try {
      return await this.deliver(delivery.deviceToken, delivery.payload)
    } catch (error) {
      return createFailureResult(delivery.deviceToken, this.platform, error)
    }
  }

  private assertReady(method: string): void {
    if (this.#state === 'ready') return
    throw new WnsError('INVALID_OPTIONS', {
      message: this.notReadyMessage(method),
      field: 'provider',
    })
  }

  private notReadyMessage(method: string): string {
    return this.#state === 'closed'
      ? `the ${this.platform} provider was cleaned up; call initialize() again before ${method}()`
      : `the ${this.platform} provider is not initialized; await initialize() before ${method}()`
  }
}
