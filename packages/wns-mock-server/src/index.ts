// Public API of @homepot/wns-mock-server. Explicit, grouped exports only; no `export *`.

// --- in-process undici dispatcher
export { WnsMockDispatcher, type WnsMockDispatcherOptions } from './dispatcher/wns-mock-dispatcher'
// --- the mock: state, control API and msw handlers
export { createWnsMock, DEFAULT_CHANNEL_TTL_SECONDS } from './mock/create-wns-mock'
export type { WnsMock, WnsMockOptions } from './mock/wns-mock'
// --- faults and counters
export type { MockConnectionFault } from './protocol/mock-exchange'
// --- loopback HTTPS server
export {
  createMockServerAgent,
  type MockServerAgentOptions,
} from './server/create-mock-server-agent'
export {
  startWnsMockServer,
  type WnsMockServer,
  type WnsMockServerOptions,
} from './server/start-wns-mock-server'
// --- apps and tokens
export {
  DEFAULT_APP_CREDENTIALS,
  DEFAULT_ENTRA_TOKEN_TTL_SECONDS,
  DEFAULT_LIVE_TOKEN_TTL_SECONDS,
  type RegisterAppOptions,
  type RegisterEntraAppOptions,
  type WnsEntraApp,
  type WnsLiveApp,
  type WnsMockApp,
} from './state/app-registry'
// --- channels
export {
  type CreateChannelOptions,
  DEFAULT_THROTTLE_RETRY_AFTER_SECONDS,
  type SetChannelStateOptions,
  WNS_CHANNEL_STATES,
  type WnsChannelState,
} from './state/channel-store'
export {
  DEFAULT_FAULT_RETRY_AFTER_SECONDS,
  type WnsFault,
  type WnsFaultHandle,
} from './state/fault-plan'
export type { WnsMockStats } from './state/mock-stats'
// --- offline cache and what channels received
export { DEFAULT_TILE_BADGE_TTL_SECONDS, OFFLINE_TILE_QUEUE_LENGTH } from './state/offline-cache'
export type {
  WnsDeliveredNotification,
  WnsPendingNotification,
  WnsReceivedNotification,
} from './state/received-notification'
