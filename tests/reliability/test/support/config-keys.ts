import { fakeDispatcher } from './config-arbitraries'

/** Keys of `WnsProviderConfig`, both spellings. */
export const WNS_PROVIDER_KEYS = [
  'packageSid',
  'clientSecret',
  'tenantId',
  'clientId',
  'notificationType',
  'batchSize',
  'timeoutSeconds',
  'cachePolicy',
  'requestForStatus',
  'concurrency',
  'maxPayloadBytes',
  'channelUriOptions',
  'dispatcher',
  'retry',
  'logger',
  'package_sid',
  'client_secret',
  'tenant_id',
  'client_id',
  'notification_type',
  'batch_size',
  'timeout_seconds',
  'cache_policy',
  'request_for_status',
  'max_payload_bytes',
]
/** Keys of `SimulationProviderConfig`, both spellings. */
export const SIMULATION_KEYS = [
  'notificationType',
  'failureRate',
  'seed',
  'failureCodes',
  'failures',
  'latencyMs',
  'delay',
  'strictTokens',
  'maxPayloadBytes',
  'success_rate',
  'delivery_delay_ms',
  'enable_error_scenarios',
  'notification_type',
  'failure_rate',
  'failure_codes',
  'latency_ms',
  'strict_tokens',
  'max_payload_bytes',
]
/** A valid `wns_windows` configuration to perturb. */
export const WNS_BASE = { packageSid: 'ms-app://s-1-15-2-1', clientSecret: 'secret-value' }
/** Valid `WnsClient` options to perturb. */
export const CLIENT_BASE = { credentials: WNS_BASE, dispatcher: fakeDispatcher }
/** Keys of `WnsClientOptions`. */
export const CLIENT_KEYS = [
  'credentials',
  'tokenProvider',
  'dispatcher',
  'timeoutMs',
  'retry',
  'logger',
  'concurrency',
  'tokenRefreshMarginMs',
  'channelUriOptions',
]
