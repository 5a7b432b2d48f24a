import { describe, expect, it } from 'vitest'
import { VALID_CHANNEL_URI_EXAMPLES } from '../channel/valid-channel-uri-examples'
import { buildDeleteRequest } from './build-delete-request'
import { parseMatchHeader } from './match-header'

const channelUri = VALID_CHANNEL_URI_EXAMPLES[1]?.uri ?? ''
const accessToken = 'EgAcAQMAAAAEgAAAC2AAAQ'

describe('buildDeleteRequest', () => {
  it('describes a DELETE with X-WNS-Match and no body, to the original URI', () => {
    const request = buildDeleteRequest({
      channelUri,
      accessToken,
      match: { group: 'chat', tag: '7' },
    })
    expect(request).toEqual({
      method: 'DELETE',
      url: channelUri,
      headers: {
        Authorization: `Bearer ${accessToken}`,
        'X-WNS-Match': 'type:wns/toast;group=chat;tag=7',
      },
      body: undefined,
      warnings: [
        expect.stringMatching(/^X-WNS-Match is documented for Windows Phone channels only/),
      ],
    })
    expect(parseMatchHeader(request.headers['X-WNS-Match'] ?? '')).toEqual({
      group: 'chat',
      tag: '7',
    })
  })

  it('refuses to build it in strict mode', () => {
    expect(() =>
      buildDeleteRequest({ channelUri, accessToken, match: { all: true }, strict: true }),
    ).toThrow(expect.objectContaining({ code: 'INVALID_OPTIONS', field: 'match' }))
  })

  it('checks the channel URI, the token and the match', () => {
    expect(() =>
      buildDeleteRequest({
        channelUri: 'http://x.notify.windows.com/?token=1',
        accessToken,
        match: { all: true },
      }),
    ).toThrow(expect.objectContaining({ code: 'INVALID_CHANNEL_URI' }))
    expect(() =>
      buildDeleteRequest({ channelUri, accessToken: 'a b', match: { all: true } }),
    ).toThrow(expect.objectContaining({ field: 'accessToken' }))
    expect(() => buildDeleteRequest({ channelUri, accessToken, match: { tag: '' } })).toThrow(
      expect.objectContaining({ field: 'match.tag' }),
    )
  })
})
