/**
 * Largest notification body WNS accepts, in UTF-8 bytes. Microsoft's response-code table says WNS
 * answers 413 above 5000 bytes; HOMEPOT's guide rounds this to "5 KB (5,120 bytes)", which would
 * let 5,001–5,120-byte payloads through to a certain 413. The fake server enforces the same value.
 * @see https://learn.microsoft.com/windows/apps/design/shell/tiles-and-notifications/push-request-response-headers
 */
export const WNS_MAX_PAYLOAD_BYTES = 5000

/** Longest `X-WNS-Tag` value WNS accepts (characters). */
export const WNS_MAX_TAG_LENGTH = 16

/** Longest `X-WNS-Group` value WNS accepts (characters). */
export const WNS_MAX_GROUP_LENGTH = 16

/** Token endpoint for Partner Center (Store) apps: package SID + client secret. */
export const LIVE_TOKEN_URL = 'https://login.live.com/accesstoken.srf'

/** OAuth scope for the login.live.com flow. */
export const LIVE_TOKEN_SCOPE = 'notify.windows.com'

/** OAuth scope for the Entra ID (Azure AD) flow used by Windows App SDK apps. */
export const ENTRA_TOKEN_SCOPE = 'https://wns.windows.com/.default'

/** Token endpoint for Entra ID (Azure AD) apps in a tenant. */
export function entraTokenUrl(tenantId: string): string {
  return `https://login.microsoftonline.com/${encodeURIComponent(tenantId)}/oauth2/v2.0/token`
}

/** The registrable domain every channel URI must belong to (WNS overview, "Important notes"). */
export const WNS_CHANNEL_DOMAIN = 'notify.windows.com'
