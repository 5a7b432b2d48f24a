import { createNotification } from '@homepot/wns-core'
import { createWnsMock } from '@homepot/wns-mock-server'
import type { Dispatcher } from 'undici'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { WnsClient } from './wns-client'

const credentials = { packageSid: 'ms-app://s-1-15-2-1', clientSecret: 'client-secret-123' }
const channel = 'https://db5.notify.windows.com/?token=AwYAAAB'
const badge = createNotification('badge', '<badge value="1"/>')

describe('WnsClient', () => {
  afterEach(() => {
    vi.unstubAllEnvs()
  })

  it('refuses invalid options in the constructor, naming the field', () => {
    expect(() => new WnsClient({ credentials, retry: { maxDelayMs: -1 } })).toThrow(
      expect.objectContaining({ code: 'INVALID_OPTIONS', field: 'retry.maxDelayMs' }),
    )
    expect(
      () => new WnsClient({ credentials: { packageSid: 'has space', clientSecret: 'x' } }),
    ).toThrow(expect.objectContaining({ code: 'INVALID_OPTIONS', field: 'credentials.packageSid' }))
  })

  it('needs credentials from options or the environment', () => {
    vi.stubEnv('WNS_PACKAGE_SID', '')
    vi.stubEnv('WNS_TENANT_ID', '')
    vi.stubEnv('WNS_CLIENT_ID', '')
    expect(() => new WnsClient()).toThrow(
      expect.objectContaining({ code: 'INVALID_OPTIONS', field: 'credentials' }),
    )
    vi.stubEnv('WNS_PACKAGE_SID', credentials.packageSid)
    vi.stubEnv('WNS_CLIENT_SECRET', credentials.clientSecret)
    expect(() => new WnsClient()).not.toThrow()
  })

  it('refuses unknown send options before any I/O, naming them', async () => {
    const client = new WnsClient({ credentials })
    await expect(client.send(channel, badge, { colour: 'red' } as never)).rejects.toMatchObject({
      code: 'INVALID_OPTIONS',
      field: expect.stringContaining('colour'),
    })
    await client.close()
  })

  it('closes the Agent it created, once, and refuses to send afterwards', async () => {
    const client = new WnsClient({ credentials })
    await client.close()
    await client.close()
    await expect(client.send(channel, badge)).rejects.toMatchObject({ code: 'INVALID_OPTIONS' })
    await expect(client.delete(channel, { all: true })).rejects.toMatchObject({
      code: 'INVALID_OPTIONS',
    })
  })

  it('refuses invalid bulk options when iteration starts', async () => {
    const client = new WnsClient({ credentials })
    await expect(client.sendMany([], { concurrency: 0 })).rejects.toMatchObject({
      code: 'INVALID_OPTIONS',
      field: 'options.concurrency',
    })
    await expect(client.sendMany([], { onProgress: 'often' as never })).rejects.toMatchObject({
      code: 'INVALID_OPTIONS',
      field: 'options.onProgress',
    })
    await expect(client.sendMany(42 as never)).rejects.toMatchObject({
      code: 'INVALID_OPTIONS',
      field: 'items',
    })
    await client.close()
  })

  it('resolves an empty batch to an empty summary', async () => {
    const client = new WnsClient({ credentials })
    await expect(client.sendMany([])).resolves.toEqual({
      results: [],
      succeeded: 0,
      failed: 0,
      countsByCode: {},
      channelsToRemove: [],
      channelsToReregister: [],
    })
    await client.close()
  })

  it("hands each send's time limit to the dispatcher as headersTimeout and bodyTimeout", async () => {
    const mock = createWnsMock()
    const seen: Dispatcher.DispatchOptions[] = []
    const dispatcher = mock.dispatcher.compose((dispatch) => (options, handler) => {
      seen.push(options)
      return dispatch(options, handler)
    })
    const { packageSid, clientSecret } = mock.defaultApp
    const client = new WnsClient({
      credentials: { packageSid, clientSecret },
      dispatcher,
      timeoutMs: 12_000,
    })
    const channelUri = mock.createChannel()
    await expect(client.send(channelUri, badge)).resolves.toMatchObject({ ok: true })
    const sent = seen.find((options) => String(options.origin).endsWith('.notify.windows.com'))
    expect(sent).toMatchObject({
      origin: new URL(channelUri).origin,
      path: channelUri.slice(new URL(channelUri).origin.length),
      headersTimeout: 12_000,
      bodyTimeout: 12_000,
    })
    await client.close()
    await mock.dispatcher.close()
  })
})
