/**
 * Credentials of a Partner Center (Store) app, for the login.live.com token flow.
 * @see https://learn.microsoft.com/windows/apps/design/shell/tiles-and-notifications/windows-push-notification-services--wns--overview
 */
export interface LiveCredentials {
  /** The Package SID, `ms-app://s-1-15-2-…`, sent as `client_id`. */
  readonly packageSid: string
  /** The app's client secret. Never logged or put in an error. */
  readonly clientSecret: string
}

/**
 * Credentials of an Entra ID (Azure AD) app, for apps whose channels were requested with a remote
 * identifier (Windows App SDK push).
 */
export interface EntraCredentials {
  /** The directory (tenant) id or domain the app is registered in. */
  readonly tenantId: string
  /** The application (client) id. */
  readonly clientId: string
  /** The client secret. Never logged or put in an error. */
  readonly clientSecret: string
}

/** Either kind of credentials; {@link isEntraCredentials} tells them apart. */
export type WnsCredentials = LiveCredentials | EntraCredentials

/**
 * Whether `credentials` are for the Entra ID flow (they carry a `tenantId`).
 * @example
 * const url = isEntraCredentials(credentials) ? entraTokenUrl(credentials.tenantId) : LIVE_TOKEN_URL
 */
export function isEntraCredentials(credentials: WnsCredentials): credentials is EntraCredentials {
  return typeof credentials === 'object' && credentials !== null && 'tenantId' in credentials
}
