// Public API of @homepot/wns-http. Explicit, grouped exports only; no `export *`.

// --- bulk
export type {
  WnsBulkFailure,
  WnsBulkItem,
  WnsBulkItemResult,
  WnsBulkOptions,
  WnsBulkProgress,
  WnsBulkSource,
  WnsBulkSuccess,
  WnsSendManyResult,
} from './bulk/bulk-types'
// --- client
export {
  DEFAULT_CONCURRENCY,
  DEFAULT_TIMEOUT_MS,
  type WnsCallOptions,
  type WnsClientOptions,
  type WnsClientSendOptions,
} from './client/client-options'
export { readCredentialsFromEnv, WNS_ENV_VARS } from './client/read-credentials-from-env'
export { WnsClient } from './client/wns-client'
// --- logging
export type { WnsLogger } from './logging/logger'
// --- retries
export {
  DEFAULT_RETRY_OPTIONS,
  type ResolvedRetryOptions,
  type WnsRetryOptions,
} from './retry/retry-options'
// --- results
export type { WnsSendResult } from './send/send-result'
// --- access tokens
export type { AccessTokenGrant, AccessTokenProvider } from './tokens/access-token-provider'
export {
  type CachedTokenProviderOptions,
  createCachedTokenProvider,
  DEFAULT_REFRESH_MARGIN_MS,
} from './tokens/create-cached-token-provider'
export { createTokenProvider, type TokenProviderOptions } from './tokens/create-token-provider'
// --- transport
export { createWnsAgent } from './transport/create-agent'
