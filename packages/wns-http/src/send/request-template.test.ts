import { describe, expect, it } from 'vitest'
import { PENDING_TOKEN, prepareRequest } from './prepared-request'
import { RequestTemplate } from './request-template'

const uri = 'https://db5.notify.windows.com/?token=1'
const template = (body: string | Uint8Array | undefined) =>
  new RequestTemplate(
    prepareRequest(uri, {
      method: 'POST',
      url: uri,
      headers: {
        Authorization: `Bearer ${PENDING_TOKEN}`,
        'Content-Type': 'text/xml',
        'X-WNS-Type': 'wns/badge',
      },
      body,
    }),
  )

describe('RequestTemplate', () => {
  it("lists the headers in the builder's order with the bearer token, once per token", () => {
    const shared = template('<badge value="1"/>')
    const first = shared.headersWith('first')
    expect(first).toEqual([
      'Authorization',
      'Bearer first',
      'Content-Type',
      'text/xml',
      'X-WNS-Type',
      'wns/badge',
    ])
    expect(shared.headersWith('first')).toBe(first)
    const second = shared.headersWith('second')
    expect(second[1]).toBe('Bearer second')
    expect(first[1]).toBe('Bearer first')
  })

  it('encodes a text body to UTF-8 once, and keeps bytes and a missing body as they are', () => {
    expect(template('<text>é</text>').body).toEqual(Buffer.from('<text>é</text>', 'utf8'))
    const bytes = new Uint8Array([0, 1, 255])
    expect(template(bytes).body).toBe(bytes)
    expect(template(undefined).body).toBeNull()
  })

  it('describes the request for an error with the token, leaving the template unchanged', () => {
    const shared = template('<badge value="1"/>')
    const described = shared.describe('secret-token')
    expect(described).toMatchObject({
      method: 'POST',
      url: uri,
      headers: { Authorization: 'Bearer secret-token', 'X-WNS-Type': 'wns/badge' },
    })
    expect(shared.describe('other').headers.Authorization).toBe('Bearer other')
    expect(described.headers.Authorization).toBe('Bearer secret-token')
  })
})
