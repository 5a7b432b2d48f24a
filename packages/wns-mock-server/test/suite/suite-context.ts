import type { WnsMock, WnsMockApp } from '@homepot/wns-mock-server'
import { expect } from 'vitest'
import type { PlainRequest, PlainResponse, Transport } from '../transports/transport'

/** The start of the suite's clock: any fixed instant works. */
export const CLOCK_START = Date.UTC(2026, 0, 15, 12, 0, 0)

/** What every case file gets: the current transport and mock, a clock and request helpers. */
export interface SuiteContext {
  readonly transport: Transport
  readonly mock: WnsMock
  readonly clock: { now: number; advance(ms: number): void }
  send(request: PlainRequest): Promise<PlainResponse>
  /** Asks the app's token endpoint for a token with its own credentials; fails the test if refused. */
  token(app?: WnsMockApp): Promise<string>
  /** POSTs a notification with correct headers for its type, merged with `headers`. */
  notify(
    uri: string,
    token: string,
    type: NotificationType,
    options?: { headers?: Record<string, string>; body?: string | Uint8Array; method?: string },
  ): Promise<PlainResponse>
}

export type NotificationType = 'toast' | 'tile' | 'badge' | 'raw'

/** Valid payloads of each type. */
export const PAYLOADS = {
  toast:
    '<toast launch="action=open&amp;id=7"><visual><binding template="ToastGeneric"><text>Configuration update</text><text>Settings v1.2.3 available</text></binding></visual></toast>',
  tile: '<tile><visual><binding template="TileMedium"><text>Build 42</text></binding></visual></tile>',
  badge: '<badge value="7"/>',
  raw: new Uint8Array([0x00, 0xff, 0x10, 0x80, 0x7b, 0x22]),
} as const

const CONTENT_TYPES: Record<NotificationType, string> = {
  toast: 'text/xml',
  tile: 'text/xml',
  badge: 'text/xml',
  raw: 'application/octet-stream',
}

/** Builds the request helpers over whatever transport is current. */
export function createSuiteContext(current: () => Transport): SuiteContext {
  const clock = {
    now: CLOCK_START,
    advance(ms: number) {
      clock.now += ms
    },
  }
  const send = (request: PlainRequest) => current().send(request)
  return {
    get transport() {
      return current()
    },
    get mock() {
      return current().mock
    },
    clock,
    send,
    async token(app) {
      const target = app ?? current().mock.defaultApp
      const clientId = target.kind === 'live' ? target.packageSid : target.clientId
      const response = await send({
        url: target.tokenUrl,
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({
          grant_type: 'client_credentials',
          client_id: clientId,
          client_secret: target.clientSecret,
          scope: target.scope,
        }).toString(),
      })
      expect(response.status).toBe(200)
      return (json(response) as { access_token: string }).access_token
    },
    notify(uri, token, type, options = {}) {
      return send({
        method: options.method ?? 'POST',
        url: uri,
        headers: {
          authorization: `Bearer ${token}`,
          'x-wns-type': `wns/${type}`,
          'content-type': CONTENT_TYPES[type],
          ...options.headers,
        },
        body: options.body ?? PAYLOADS[type],
      })
    },
  }
}

/** The body parsed as JSON. */
export function json(response: PlainResponse): unknown {
  return JSON.parse(new TextDecoder().decode(response.body))
}

/** The body as text. */
export function text(response: PlainResponse): string {
  return new TextDecoder().decode(response.body)
}
