// Public API of @homepot/push. Explicit, grouped exports only; no `export *`.

// --- payload
export {
  createPushNotificationPayload,
  type PushNotificationPayload,
  pushNotificationPayloadSchema,
} from './payload/push-notification-payload'
export { PUSH_PRIORITIES, PushPriority } from './payload/push-priority'
// --- provider interface
export { BasePushProvider } from './provider/base-push-provider'
export type { PushDelivery } from './provider/prepare-delivery'
export type {
  PushHealthCheck,
  PushNotificationProvider,
  PushNotificationTarget,
  PushPlatformInfo,
} from './provider/push-notification-provider'
// --- registry
export {
  cleanupAllProviders,
  getAvailablePlatforms,
  getNotificationProvider,
  getPushProvider,
  isPlatformAvailable,
  type PushProviderTypes,
  registerProvider,
  unregisterProvider,
} from './registry/default-registry'
export {
  type GetPushProviderOptions,
  type PushProviderConfig,
  type PushProviderFactory,
  PushProviderRegistry,
  type RegisterProviderOptions,
} from './registry/push-provider-registry'
// --- results
export {
  createFailureResult,
  createSuccessResult,
  type PushSuccessDetails,
} from './result/create-push-result'
export type { PushErrorCode, PushNotificationResult } from './result/push-notification-result'
// --- simulation
export {
  type SimulatedSend,
  type SimulationPlatformInfo,
  SimulationProvider,
} from './simulation/simulation-provider'
export {
  DEFAULT_SIMULATED_FAILURE_CODES,
  parseSimulationProviderConfig,
  type SimulationProviderConfig,
  type SimulationProviderSettings,
} from './simulation/simulation-provider-config'
// --- wns_windows
export {
  buildWnsMessage,
  WNS_PRIORITY_BY_PUSH_PRIORITY,
  type WnsMessage,
  type WnsMessageOptions,
} from './wns/build-wns-message'
export type { WnsPlatformInfo } from './wns/wns-platform-info'
export {
  DEFAULT_WNS_BATCH_SIZE,
  DEFAULT_WNS_TIMEOUT_SECONDS,
  parseWnsProviderConfig,
  type WnsProviderConfig,
  type WnsProviderSettings,
} from './wns/wns-provider-config'
export { WnsWindowsProvider } from './wns/wns-windows-provider'
