import { WNS_CHANNEL_DOMAIN } from '@homepot/wns-core'

/** Host of the Partner Center (Store) token endpoint. */
export const LIVE_LOGIN_HOST = 'login.live.com'

/** Host of the Entra ID token endpoint. */
export const ENTRA_LOGIN_HOST = 'login.microsoftonline.com'

const NOTIFY_SUFFIX = `.${WNS_CHANNEL_DOMAIN}`

/** Whether `hostname` is a WNS notification host (`notify.windows.com` or a sub-domain). */
export function isNotifyHost(hostname: string): boolean {
  return hostname === WNS_CHANNEL_DOMAIN || hostname.endsWith(NOTIFY_SUFFIX)
}

/**
 * Whether the fake answers for `hostname`: the two token endpoints' hosts and every WNS
 * notification host. Anything else fails like a connection error.
 */
export function isServedHost(hostname: string): boolean {
  return hostname === LIVE_LOGIN_HOST || hostname === ENTRA_LOGIN_HOST || isNotifyHost(hostname)
}

/** DNS names the loopback server's certificate covers. */
export const CERTIFICATE_DNS_NAMES: readonly string[] = [
  LIVE_LOGIN_HOST,
  ENTRA_LOGIN_HOST,
  WNS_CHANNEL_DOMAIN,
  `*${NOTIFY_SUFFIX}`,
  'localhost',
]
