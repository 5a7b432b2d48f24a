import {
  ENTRA_TOKEN_SCOPE,
  entraTokenUrl,
  LIVE_TOKEN_SCOPE,
  LIVE_TOKEN_URL,
} from '@homepot/wns-core'
import { z } from 'zod'
import { invalidOption, parseOptions } from '../mock/parse-options'
import { createClientSecret, createGuid, createPackageSid } from '../protocol/random-ids'

/**
 * Lifetime of live.com access tokens when an app does not set one. live.com usually answers
 * `expires_in: 86400` (protocol notes §2a, **unconfirmed** value).
 */
export const DEFAULT_LIVE_TOKEN_TTL_SECONDS = 86_400

/** Lifetime of Entra ID access tokens when an app does not set one (Entra's documented 3599). */
export const DEFAULT_ENTRA_TOKEN_TTL_SECONDS = 3_599

/** Credentials of the app every mock starts with, so a one-line test needs no registration. */
export const DEFAULT_APP_CREDENTIALS = {
  packageSid:
    'ms-app://s-1-15-2-1000000001-2000000002-3000000003-4000000004-1100000005-2200000006-3300000007',
  clientSecret: 'homepot-wns-mock-default-secret',
} as const

/** A Partner Center (Store) app the fake knows: it gets tokens from login.live.com. */
export interface WnsLiveApp {
  readonly kind: 'live'
  /** Id of the registration inside the mock (`default` for the ready-made app). */
  readonly id: string
  /** The Package SID, sent as `client_id` (`ms-app://s-1-15-2-…`). */
  readonly packageSid: string
  /** The client secret. */
  readonly clientSecret: string
  /** Where to ask for tokens: {@link LIVE_TOKEN_URL}. */
  readonly tokenUrl: string
  /** The scope to ask for: `notify.windows.com`. */
  readonly scope: string
  /** Lifetime of the tokens the fake issues to this app, in seconds. */
  readonly tokenTtlSeconds: number
}

/** An Entra ID (Azure AD) app the fake knows, as used by Windows App SDK apps. */
export interface WnsEntraApp {
  readonly kind: 'entra'
  /** Id of the registration inside the mock. */
  readonly id: string
  /** The directory (tenant) id; part of the token URL. */
  readonly tenantId: string
  /** The application (client) id. */
  readonly clientId: string
  /** The client secret. */
  readonly clientSecret: string
  /** Where to ask for tokens: `https://login.microsoftonline.com/{tenantId}/oauth2/v2.0/token`. */
  readonly tokenUrl: string
  /** The scope to ask for: `https://wns.windows.com/.default`. */
  readonly scope: string
  /** Lifetime of the tokens the fake issues to this app, in seconds. */
  readonly tokenTtlSeconds: number
}

/** Any app registered with the fake. */
export type WnsMockApp = WnsLiveApp | WnsEntraApp

/** Options of `registerApp`; anything left out is generated. */
export interface RegisterAppOptions {
  /** Package SID (`ms-app://…`). @default a random `ms-app://s-1-15-2-…` SID */
  readonly packageSid?: string
  /** Client secret. @default a random secret */
  readonly clientSecret?: string
  /** Token lifetime in seconds. @default 86400 */
  readonly tokenTtlSeconds?: number
}

/** Options of `registerEntraApp`; anything left out is generated. */
export interface RegisterEntraAppOptions {
  /** Directory (tenant) id or domain. @default a random GUID */
  readonly tenantId?: string
  /** Application (client) id. @default a random GUID */
  readonly clientId?: string
  /** Client secret. @default a random secret */
  readonly clientSecret?: string
  /** Token lifetime in seconds. @default 3599 */
  readonly tokenTtlSeconds?: number
}

const ttl = z.int().positive().max(31_536_000).optional()
const secret = z.string().min(1).max(512).optional()

const liveSchema = z.strictObject({
  packageSid: z
    .string()
    .regex(/^ms-app:\/\/\S+$/, 'must be a Package SID starting with ms-app://')
    .max(512)
    .optional(),
  clientSecret: secret,
  tokenTtlSeconds: ttl,
})

const entraSchema = z.strictObject({
  tenantId: z
    .string()
    .regex(/^[A-Za-z0-9.-]+$/, 'must be a GUID or a domain name')
    .max(256)
    .optional(),
  clientId: z.string().min(1).max(256).optional(),
  clientSecret: secret,
  tokenTtlSeconds: ttl,
})

/** The apps a mock knows, by credentials. @internal */
export class AppRegistry {
  readonly defaultApp: WnsLiveApp
  readonly #byId = new Map<string, WnsMockApp>()
  readonly #live = new Map<string, WnsLiveApp>()
  readonly #entra = new Map<string, WnsEntraApp>()
  #sequence = 0

  constructor(defaultApp: RegisterAppOptions | undefined) {
    const options = parseOptions(liveSchema, defaultApp ?? {}, 'createWnsMock.options.defaultApp')
    this.defaultApp = Object.freeze({
      kind: 'live',
      id: 'default',
      packageSid: options.packageSid ?? DEFAULT_APP_CREDENTIALS.packageSid,
      clientSecret: options.clientSecret ?? DEFAULT_APP_CREDENTIALS.clientSecret,
      tokenUrl: LIVE_TOKEN_URL,
      scope: LIVE_TOKEN_SCOPE,
      tokenTtlSeconds: options.tokenTtlSeconds ?? DEFAULT_LIVE_TOKEN_TTL_SECONDS,
    })
    this.reset()
  }

  /** Forgets every registered app except the default one. */
  reset(): void {
    this.#byId.clear()
    this.#live.clear()
    this.#entra.clear()
    this.#sequence = 0
    this.#add(this.defaultApp)
  }

  registerLive(input: RegisterAppOptions | undefined): WnsLiveApp {
    const options = parseOptions(liveSchema, input ?? {}, 'registerApp.options')
    const packageSid = options.packageSid ?? createPackageSid()
    if (this.#live.has(packageSid))
      invalidOption('registerApp.options.packageSid', 'is already registered')
    const app: WnsLiveApp = Object.freeze({
      kind: 'live',
      id: this.#nextId(),
      packageSid,
      clientSecret: options.clientSecret ?? createClientSecret(),
      tokenUrl: LIVE_TOKEN_URL,
      scope: LIVE_TOKEN_SCOPE,
      tokenTtlSeconds: options.tokenTtlSeconds ?? DEFAULT_LIVE_TOKEN_TTL_SECONDS,
    })
    this.#add(app)
    return app
  }

  registerEntra(input: RegisterEntraAppOptions | undefined): WnsEntraApp {
    const options = parseOptions(entraSchema, input ?? {}, 'registerEntraApp.options')
    const tenantId = options.tenantId ?? createGuid()
    const clientId = options.clientId ?? createGuid()
    if (this.#entra.has(entraKey(tenantId, clientId)))
      invalidOption('registerEntraApp.options.clientId', 'is already registered in this tenant')
    const app: WnsEntraApp = Object.freeze({
      kind: 'entra',
      id: this.#nextId(),
      tenantId,
      clientId,
      clientSecret: options.clientSecret ?? createClientSecret(),
      tokenUrl: entraTokenUrl(tenantId),
      scope: ENTRA_TOKEN_SCOPE,
      tokenTtlSeconds: options.tokenTtlSeconds ?? DEFAULT_ENTRA_TOKEN_TTL_SECONDS,
    })
    this.#add(app)
    return app
  }

  get(id: string): WnsMockApp | undefined {
    return this.#byId.get(id)
  }

  findLive(packageSid: string): WnsLiveApp | undefined {
    return this.#live.get(packageSid)
  }

  findEntra(tenantId: string, clientId: string): WnsEntraApp | undefined {
    return this.#entra.get(entraKey(tenantId, clientId))
  }

  hasTenant(tenantId: string): boolean {
    const lower = tenantId.toLowerCase()
    for (const app of this.#entra.values()) if (app.tenantId.toLowerCase() === lower) return true
    return false
  }

  /** Apps registered through the control API (the default app excluded). */
  registered(): WnsMockApp[] {
    return [...this.#byId.values()].filter((app) => app !== this.defaultApp)
  }

  #nextId(): string {
    this.#sequence += 1
    return `app-${this.#sequence}`
  }

  #add(app: WnsMockApp): void {
    this.#byId.set(app.id, app)
    if (app.kind === 'live') this.#live.set(app.packageSid, app)
    else this.#entra.set(entraKey(app.tenantId, app.clientId), app)
  }
}

/** Tenant ids are case-insensitive (GUIDs and domain names alike). */
function entraKey(tenantId: string, clientId: string): string {
  return `${tenantId.toLowerCase()}\n${clientId.toLowerCase()}`
}
