import { describe, expect, it } from 'vitest'
import { createWnsMock } from './create-wns-mock'

describe('createWnsMock', () => {
  it('starts with a default app whose credentials are documented constants', () => {
    const mock = createWnsMock()
    expect(mock.defaultApp).toMatchObject({
      kind: 'live',
      id: 'default',
      packageSid: expect.stringMatching(/^ms-app:\/\/s-1-15-2-/),
      tokenUrl: 'https://login.live.com/accesstoken.srf',
      scope: 'notify.windows.com',
      tokenTtlSeconds: 86_400,
    })
  })

  it('binds createChannel() to the default app, or to the only registered app', () => {
    const mock = createWnsMock()
    const first = mock.createChannel()
    const app = mock.registerApp()
    const second = mock.createChannel()
    expect(mock.channelState(first)).toBe('active')
    expect(mock.channelState(second)).toBe('active')
    mock.registerEntraApp()
    expect(() => mock.createChannel()).toThrow(
      expect.objectContaining({ code: 'INVALID_OPTIONS', field: 'createChannel.options.app' }),
    )
    expect(() => mock.createChannel({ app })).not.toThrow()
    expect(() => mock.createChannel({ app: app.id })).not.toThrow()
  })

  it('refuses an app of another mock', () => {
    const other = createWnsMock().registerApp()
    const mock = createWnsMock()
    mock.registerApp()
    expect(() => mock.createChannel({ app: { ...other } })).toThrow(/not an app of this mock/)
  })

  it('refuses malformed registrations with a message naming the field', () => {
    const mock = createWnsMock()
    expect(() => mock.registerApp({ packageSid: 'S-1-15-2-1' })).toThrow(
      expect.objectContaining({ field: 'registerApp.options.packageSid' }),
    )
    expect(() => mock.registerApp({ tokenTtlSeconds: -1 })).toThrow(
      expect.objectContaining({ field: 'registerApp.options.tokenTtlSeconds' }),
    )
    const app = mock.registerApp()
    expect(() => mock.registerApp({ packageSid: app.packageSid })).toThrow(/already registered/)
    expect(() => mock.registerEntraApp({ tenantId: 'has spaces' })).toThrow(
      expect.objectContaining({ field: 'registerEntraApp.options.tenantId' }),
    )
  })

  it('generates credentials that are not left to the caller', () => {
    const mock = createWnsMock()
    const a = mock.registerEntraApp()
    const b = mock.registerEntraApp({ tenantId: a.tenantId })
    expect(a.tenantId).toMatch(/^[0-9a-f-]{36}$/)
    expect(b.clientId).not.toBe(a.clientId)
    expect(b.clientSecret).not.toBe(a.clientSecret)
    expect(b.tokenUrl).toBe(`https://login.microsoftonline.com/${a.tenantId}/oauth2/v2.0/token`)
  })

  it('refuses control calls about channels it never issued', () => {
    const mock = createWnsMock()
    const stranger = 'https://db5.notify.windows.com/?token=nope'
    expect(() => mock.received(stranger)).toThrow(
      expect.objectContaining({ field: 'received.uri' }),
    )
    expect(() => mock.setChannelState(stranger, 'offline')).toThrow(/not a channel of this mock/)
    expect(() => mock.injectFaults({ status: 503, channel: stranger })).toThrow(
      expect.objectContaining({ field: 'injectFaults.fault.channel' }),
    )
  })

  it('refuses an unknown channel state', () => {
    const mock = createWnsMock()
    const uri = mock.createChannel()
    expect(() => mock.setChannelState(uri, 'sleeping' as never)).toThrow(
      expect.objectContaining({ field: 'setChannelState.state' }),
    )
  })

  it('refuses a fallback that is not a dispatcher', () => {
    const mock = createWnsMock()
    expect(() => mock.createDispatcher({ fallback: {} as never })).toThrow(
      expect.objectContaining({ field: 'createDispatcher.options.fallback' }),
    )
  })

  it('refuses unknown options', () => {
    expect(() => createWnsMock({ colour: 'red' } as never)).toThrow(
      expect.objectContaining({ code: 'INVALID_OPTIONS' }),
    )
  })

  it('returns frozen snapshots from received() and stats()', () => {
    const mock = createWnsMock()
    const uri = mock.createChannel()
    expect(Object.isFrozen(mock.received(uri))).toBe(true)
    expect(Object.isFrozen(mock.stats())).toBe(true)
  })
})
