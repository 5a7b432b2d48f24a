import { describe, expect, it } from 'vitest'
import { VALID_CHANNEL_URI_EXAMPLES } from '../channel/valid-channel-uri-examples'
import { WnsError } from '../errors/wns-error'
import { createNotification } from '../notification/create-notification'
import type { WnsNotification } from '../notification/notification'
import { buildSendRequest } from './build-send-request'
import { parseWnsRequestHeaders } from './parse-wns-request-headers'

const channelUri = VALID_CHANNEL_URI_EXAMPLES[0]?.uri ?? ''
const accessToken = 'EgAcAQMAAAAEgAAAC2AAAQ.secret-token'
const toast = createNotification(
  'toast',
  '<toast><visual><binding template="ToastGeneric"><text>Grüße</text></binding></visual></toast>',
)

function failure(run: () => unknown): WnsError {
  try {
    run()
  } catch (error) {
    if (WnsError.isInstance(error)) return error
    throw error
  }
  throw new Error('expected a WnsError')
}

describe('buildSendRequest', () => {
  it('describes a POST to the original channel URI with every required header', () => {
    const request = buildSendRequest({
      channelUri,
      notification: toast,
      accessToken,
      options: { ttlSeconds: 60 },
    })
    expect(request).toEqual({
      method: 'POST',
      url: channelUri,
      headers: {
        Authorization: `Bearer ${accessToken}`,
        'Content-Type': 'text/xml',
        'Content-Length': String(toast.byteLength),
        'X-WNS-Type': 'wns/toast',
        'X-WNS-TTL': '60',
      },
      body: toast.body,
      warnings: [],
    })
  })

  it('counts Content-Length in UTF-8 bytes, not characters', () => {
    const request = buildSendRequest({ channelUri, notification: toast, accessToken })
    const text = toast.body as string
    expect(Number(request.headers['Content-Length'])).toBe(text.length + 2)
  })

  it('sends raw bytes as application/octet-stream with their byte length', () => {
    const bytes = new Uint8Array([0, 1, 2, 255])
    const request = buildSendRequest({
      channelUri,
      notification: createNotification('raw', bytes),
      accessToken,
    })
    expect(request.body).toBe(bytes)
    expect(request.headers).toMatchObject({
      'Content-Type': 'application/octet-stream',
      'Content-Length': '4',
      'X-WNS-Type': 'wns/raw',
    })
  })

  it('posts to the URI exactly as given, even where a parser would rewrite it', () => {
    const explicitPort = 'https://db5.notify.windows.com:443/?token=abc%2Bdef'
    expect(
      buildSendRequest({ channelUri: explicitPort, notification: toast, accessToken }).url,
    ).toBe(explicitPort)
  })

  it('produces headers the server-side parser accepts with the same options', () => {
    const options = { tag: 'deploy', requestForStatus: true, priority: 2 } as const
    const request = buildSendRequest({ channelUri, notification: toast, accessToken, options })
    const lowerCased = Object.fromEntries(
      Object.entries(request.headers).map(([name, value]) => [name.toLowerCase(), value]),
    )
    expect(parseWnsRequestHeaders(lowerCased)).toEqual({
      ok: true,
      value: { type: 'toast', contentType: 'text/xml', options, warnings: [] },
    })
  })

  it('passes on the warnings of phone-only options', () => {
    const request = buildSendRequest({
      channelUri,
      notification: toast,
      accessToken,
      options: { group: 'g' },
    })
    expect(request.warnings).toEqual([expect.stringMatching(/^options\.group is documented/)])
  })

  it('validates the channel URI first, with the channel options given', () => {
    expect(
      failure(() =>
        buildSendRequest({
          channelUri: 'https://evil.example/?token=1',
          notification: toast,
          accessToken,
        }),
      ),
    ).toMatchObject({ code: 'INVALID_CHANNEL_URI', field: 'channelUri' })
    expect(
      failure(() =>
        buildSendRequest({
          channelUri,
          notification: toast,
          accessToken,
          channelUriOptions: { legacyLengthRule: true },
        }),
      ),
    ).toMatchObject({ code: 'INVALID_CHANNEL_URI' })
  })

  it.each([
    ['an empty token', ''],
    ['a token with CR LF', 'abc\r\nX-Evil: 1'],
    ['a token with a space', 'abc def'],
  ])('refuses %s without quoting it', (_name, token) => {
    const error = failure(() =>
      buildSendRequest({ channelUri, notification: toast, accessToken: token }),
    )
    expect(error).toMatchObject({ code: 'INVALID_OPTIONS', field: 'accessToken' })
    if (token) expect(error.message).not.toContain(token)
  })

  it('explains that the Bearer prefix is added for you', () => {
    const error = failure(() =>
      buildSendRequest({ channelUri, notification: toast, accessToken: `Bearer ${accessToken}` }),
    )
    expect(error.message).toContain('without "Bearer "')
    expect(error.message).not.toContain(accessToken)
  })

  it('refuses bad options with the option named', () => {
    const error = failure(() =>
      buildSendRequest({
        channelUri,
        notification: toast,
        accessToken,
        options: { priority: 7 as 1 },
      }),
    )
    expect(error).toMatchObject({ code: 'INVALID_OPTIONS', field: 'options.priority' })
  })

  it.each([
    [null, 'notification'],
    [{ ...toast, type: 'push' }, 'notification.type'],
    [{ ...toast, body: 42 }, 'notification.body'],
  ])('refuses a notification that was not built (%#)', (notification, field) => {
    const error = failure(() =>
      buildSendRequest({
        channelUri,
        notification: notification as unknown as WnsNotification,
        accessToken,
      }),
    )
    expect(error).toMatchObject({ code: 'INVALID_PAYLOAD', field })
  })
})
