import { describe, expect, it } from 'vitest'
import { PENDING_TOKEN, prepareRequest, withAccessToken } from './prepared-request'

const build = () => ({
  method: 'POST',
  url: 'https://db5.notify.windows.com/?token=1',
  headers: {
    authorization: `Bearer ${PENDING_TOKEN}`,
    'Content-Type': 'text/xml',
    'X-WNS-Type': 'wns/badge',
  },
  body: '<badge value="1"/>',
})

describe('prepareRequest', () => {
  it('remembers how the builder spelled the authorization header', () => {
    const prepared = prepareRequest('https://db5.notify.windows.com/?token=1', build())
    expect(prepared.authorizationHeader).toBe('authorization')
    expect(prepared.channelUri).toBe('https://db5.notify.windows.com/?token=1')
  })
})

describe('withAccessToken', () => {
  it('sets the current bearer token, replacing the previous one', () => {
    const prepared = prepareRequest(build().url, build())
    expect(withAccessToken(prepared, 'first').headers.authorization).toBe('Bearer first')
    const request = withAccessToken(prepared, 'second')
    expect(request.headers).toEqual({
      authorization: 'Bearer second',
      'Content-Type': 'text/xml',
      'X-WNS-Type': 'wns/badge',
    })
    expect(request.body).toBe('<badge value="1"/>')
  })
})
