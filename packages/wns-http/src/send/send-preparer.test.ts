import { createNotification, VALID_CHANNEL_URI_EXAMPLES } from '@homepot/wns-core'
import { describe, expect, it, vi } from 'vitest'
import { SendPreparer } from './send-preparer'

const uri = VALID_CHANNEL_URI_EXAMPLES[0]?.uri ?? ''
const toast = createNotification(
  'toast',
  '<toast><visual><binding template="ToastGeneric"/></visual></toast>',
)

describe('SendPreparer', () => {
  it('checks the channel URI before the notification and the options', () => {
    const preparer = new SendPreparer(undefined, () => {})
    const bad = 'https://evil.example/?token=a'
    expect(() => preparer.prepareSend(bad, 'nope' as never, { ttlSeconds: -1 })).toThrow(
      expect.objectContaining({ code: 'INVALID_CHANNEL_URI', field: 'channelUri' }),
    )
    expect(() => preparer.prepareSend(uri, 'nope' as never, { ttlSeconds: -1 })).toThrow(
      expect.objectContaining({ code: 'INVALID_PAYLOAD' }),
    )
    expect(() => preparer.prepareSend(uri, toast, { ttlSeconds: -1 })).toThrow(
      expect.objectContaining({ code: 'INVALID_OPTIONS', field: 'options.ttlSeconds' }),
    )
  })

  it('gives the origin and path of each channel, and builds a request once per notification and options', () => {
    const onWarnings = vi.fn()
    const preparer = new SendPreparer(undefined, onWarnings)
    const first = preparer.prepareSend(uri, toast, { group: 'ops' })
    const other = VALID_CHANNEL_URI_EXAMPLES[1]?.uri ?? ''
    const second = preparer.prepareSend(other, toast, { group: 'ops' })
    expect(first.target).toEqual({ origin: 'https://db5.notify.windows.com', path: uri.slice(30) })
    expect(second.channelUri).toBe(other)
    expect(second.template).toBe(first.template)
    expect(onWarnings).toHaveBeenCalledTimes(1)
    expect(preparer.prepareSend(uri, toast, { group: 'dev' }).template).not.toBe(first.template)
  })

  it('lets every send fail with INVALID_OPTIONS when the channel URI options are malformed', () => {
    const preparer = new SendPreparer({ maxLength: -1 }, () => {})
    for (let i = 0; i < 2; i++) {
      expect(() => preparer.prepareSend(uri, toast, {})).toThrow(
        expect.objectContaining({ code: 'INVALID_OPTIONS', field: 'channelUriOptions.maxLength' }),
      )
    }
  })

  it('prepares a toast removal with DELETE and X-WNS-Match', () => {
    const prepared = new SendPreparer(undefined, () => {}).prepareDelete(uri, { tag: 't' })
    expect(prepared.template.method).toBe('DELETE')
    expect(prepared.template.headersWith('x')).toContain('type:wns/toast;tag=t')
    expect(prepared.template.body).toBeNull()
  })
})
