import type { PushPlatformInfo } from '../provider/push-notification-provider'

/** What `getPlatformInfo()` of the `wns_windows` provider reports; no secret is included. */
export interface WnsPlatformInfo extends PushPlatformInfo {
  readonly platform: 'wns_windows'
  /** What payloads are sent as: `toast`, `tile`, `badge` or `raw`. */
  readonly notificationType: string
  /** Whether a token is held that WNS has not refused. */
  readonly tokenValid: boolean
  /** `partner_center` (package SID) or `entra` (tenant + client id). */
  readonly credentialFlow: 'partner_center' | 'entra'
  /** The start of the package SID (Partner Center flow), shortened. */
  readonly packageSid?: string
  /** The Entra application id (Entra flow). */
  readonly clientId?: string
  /** Notifications handed to `sendMany` at a time by bulk sends. */
  readonly batchSize: number
  /** Time allowed for one HTTP exchange, in seconds. */
  readonly timeoutSeconds: number
  /** `X-WNS-Cache-Policy` sent with every notification, when configured. */
  readonly cachePolicy: 'cache' | 'no-cache' | undefined
  /** Whether `X-WNS-RequestForStatus: true` is sent. */
  readonly requestForStatus: boolean
  /** Largest body accepted, in UTF-8 bytes. */
  readonly maxPayloadBytes: number
}
