import { validateNotificationXml, WnsError } from '@homepot/wns-core'
import { describe, expect, it } from 'vitest'
import type { PushNotificationPayload } from '../payload/push-notification-payload'
import { PushPriority } from '../payload/push-priority'
import { buildWnsMessage, WNS_PRIORITY_BY_PUSH_PRIORITY } from './build-wns-message'

const decode = (body: string | Uint8Array) =>
  typeof body === 'string' ? body : new TextDecoder().decode(body)

function refusal(payload: PushNotificationPayload, options = {}): WnsError {
  try {
    buildWnsMessage(payload, options)
  } catch (error) {
    if (WnsError.isInstance(error)) return error
    throw error
  }
  throw new Error('expected buildWnsMessage to throw')
}

describe('buildWnsMessage', () => {
  it('builds a toast with the title and body texts and the data as JSON launch arguments', () => {
    const { notification, sendOptions } = buildWnsMessage({
      title: 'Configuration Update',
      body: 'New payment gateway settings are available',
      data: { config_version: 'v1.2.3', update_url: 'https://example.com/config.json?a=1&b=2' },
    })
    const xml = decode(notification.body)
    expect(notification.type).toBe('toast')
    expect(validateNotificationXml('toast', xml)).toEqual({ valid: true })
    expect(xml).toContain(
      '<text>Configuration Update</text><text>New payment gateway settings are available</text>',
    )
    const launch = /launch="([^"]*)"/
      .exec(xml)?.[1]
      ?.replaceAll('&quot;', '"')
      .replaceAll('&amp;', '&')
    expect(JSON.parse(launch ?? '')).toEqual({
      config_version: 'v1.2.3',
      update_url: 'https://example.com/config.json?a=1&b=2',
    })
    expect(sendOptions).toEqual({})
  })

  it('leaves the launch attribute out when there is no data', () => {
    const xml = decode(buildWnsMessage({ title: 'a', body: 'b', data: {} }).notification.body)
    expect(xml).not.toContain('launch=')
  })

  it('escapes markup in the texts instead of passing it through', () => {
    const xml = decode(
      buildWnsMessage({ title: '<b>5 & 6</b>', body: '"quoted"' }).notification.body,
    )
    expect(validateNotificationXml('toast', xml)).toEqual({ valid: true })
    expect(xml).toContain('&lt;b&gt;5 &amp; 6&lt;/b&gt;')
  })

  it('builds a tile with the title and body on the medium, wide and large bindings', () => {
    const { notification } = buildWnsMessage(
      { title: '5 / 5 Terminals', body: 'All systems operational', data: { status: 'healthy' } },
      { notificationType: 'tile' },
    )
    const xml = decode(notification.body)
    expect(notification.type).toBe('tile')
    expect(validateNotificationXml('tile', xml)).toEqual({ valid: true })
    const templates = [...xml.matchAll(/template="(\w+)"/g)].map((match) => match[1])
    expect(templates).toEqual(['TileMedium', 'TileWide', 'TileLarge'])
    expect(xml.match(/5 \/ 5 Terminals/g)).toHaveLength(3)
    expect(xml.match(/All systems operational/g)).toHaveLength(3)
    expect(xml).toContain('arguments="{&quot;status&quot;:&quot;healthy&quot;}"')
  })

  it('builds a badge from data.badge_value: a count, a numeric string or a glyph', () => {
    const build = (value: unknown) =>
      decode(
        buildWnsMessage(
          { title: 'Badge Update', body: 'Updates available', data: { badge_value: value } },
          { notificationType: 'badge' },
        ).notification.body,
      )
    expect(build(3)).toBe('<badge value="3"/>')
    expect(build('12')).toBe('<badge value="12"/>')
    expect(build('newMessage')).toBe('<badge value="newMessage"/>')
    expect(
      decode(
        buildWnsMessage(
          { title: 't', body: 'b', data: { badgeValue: 0 } },
          { notificationType: 'badge' },
        ).notification.body,
      ),
    ).toBe('<badge value="0"/>')
  })

  it('refuses a badge without a value, or with one WNS cannot show', () => {
    expect(refusal({ title: 't', body: 'b' }, { notificationType: 'badge' })).toMatchObject({
      code: 'INVALID_PAYLOAD',
      field: 'payload.data.badge_value',
    })
    const wrong = refusal(
      { title: 't', body: 'b', data: { badge_value: -1 } },
      { notificationType: 'badge' },
    )
    expect(wrong.field).toBe('payload.data.badge_value')
    expect(wrong.message).toMatch(/must be a count from 0 or one of none, activity/)
  })

  it('sends the whole displayable payload as UTF-8 JSON bytes for raw', () => {
    const payload = {
      title: 'Silent Update',
      body: 'Background configuration update',
      data: { action: 'update_config', restart_required: true },
      priority: PushPriority.LOW,
    }
    const { notification, sendOptions } = buildWnsMessage(payload, { notificationType: 'raw' })
    expect(notification.contentType).toBe('application/octet-stream')
    expect(notification.body).toBeInstanceOf(Uint8Array)
    expect(JSON.parse(decode(notification.body))).toEqual({
      title: 'Silent Update',
      body: 'Background configuration update',
      data: { action: 'update_config', restart_required: true },
    })
    expect(sendOptions).toEqual({ priority: 3 })
  })

  it('maps priority, ttlSeconds and collapseKey to X-WNS-PRIORITY, X-WNS-TTL and X-WNS-Tag', () => {
    expect(WNS_PRIORITY_BY_PUSH_PRIORITY).toEqual({ critical: 1, high: 1, normal: 2, low: 3 })
    for (const [priority, expected] of [
      [PushPriority.CRITICAL, 1],
      [PushPriority.HIGH, 1],
      [PushPriority.NORMAL, 2],
      [PushPriority.LOW, 3],
    ] as const) {
      const { sendOptions } = buildWnsMessage({
        title: 'a',
        body: 'b',
        priority,
        ttlSeconds: 3600,
        collapseKey: 'config-update',
      })
      expect(sendOptions).toEqual({ priority: expected, ttlSeconds: 3600, tag: 'config-update' })
    }
  })

  it('sends collapseKey as a tag for tiles but not for badge or raw, which WNS refuses it on', () => {
    const payload = { title: 'a', body: 'b', collapseKey: 'k', data: { badge_value: 1 } }
    expect(buildWnsMessage(payload, { notificationType: 'tile' }).sendOptions).toEqual({ tag: 'k' })
    expect(buildWnsMessage(payload, { notificationType: 'badge' }).sendOptions).toEqual({})
    expect(buildWnsMessage(payload, { notificationType: 'raw' }).sendOptions).toEqual({})
  })

  it('adds the provider-wide cache policy and X-WNS-RequestForStatus', () => {
    const { sendOptions } = buildWnsMessage(
      { title: 'a', body: 'b' },
      { cachePolicy: 'no-cache', requestForStatus: true },
    )
    expect(sendOptions).toEqual({ cachePolicy: 'no-cache', requestForStatus: true })
  })

  it('refuses a collapseKey over the 16-character tag limit, naming the payload field', () => {
    const error = refusal({ title: 'a', body: 'b', collapseKey: 'configuration-update' })
    expect(error).toMatchObject({ code: 'INVALID_PAYLOAD', field: 'payload.collapseKey' })
    expect(error.message).toBe(
      'payload.collapseKey must be at most 16 characters (it is sent as X-WNS-Tag)',
    )
  })

  it('refuses ttlSeconds 0 together with the cache policy "cache"', () => {
    const error = refusal({ title: 'a', body: 'b', ttlSeconds: 0 }, { cachePolicy: 'cache' })
    expect(error).toMatchObject({ code: 'INVALID_PAYLOAD', field: 'payload.ttlSeconds' })
  })

  it("reports the guide's oversized payload as PAYLOAD_TOO_LARGE", () => {
    const error = refusal({
      title: 'Update',
      body: 'x'.repeat(6000),
      data: { huge_file: '...'.repeat(2000) },
    })
    expect(error.code).toBe('PAYLOAD_TOO_LARGE')
    expect(error.message).toMatch(/WNS accepts at most 5000 bytes/)
  })

  it('accepts a raw body of exactly the limit and refuses one byte more, counting UTF-8 bytes', () => {
    const room = 5000 - JSON.stringify({ title: 't', body: '' }).length
    const fits = { title: 't', body: 'a'.repeat(room % 2) + 'é'.repeat(Math.floor(room / 2)) }
    expect(buildWnsMessage(fits, { notificationType: 'raw' }).notification.byteLength).toBe(5000)
    const over = { title: 't', body: `${fits.body}a` }
    expect(refusal(over, { notificationType: 'raw' }).code).toBe('PAYLOAD_TOO_LARGE')
    expect(buildWnsMessage(over, { notificationType: 'raw', maxPayloadBytes: 5001 })).toBeDefined()
  })

  it('refuses data too long for the toast launch argument, naming payload.data', () => {
    const error = refusal({ title: 'a', body: 'b', data: { note: 'n'.repeat(2100) } })
    expect(error).toMatchObject({ code: 'INVALID_PAYLOAD', field: 'payload.data' })
    expect(error.message).toMatch(
      /^payload\.data cannot be sent as a toast notification: toast\.launch/,
    )
  })

  it('refuses a title with a character XML 1.0 forbids, naming payload.title', () => {
    const error = refusal({ title: 'bell \u0007', body: 'b' })
    expect(error).toMatchObject({ code: 'INVALID_PAYLOAD', field: 'payload.title' })
  })
})
