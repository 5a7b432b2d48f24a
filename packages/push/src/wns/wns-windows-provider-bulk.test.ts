import { WnsError } from '@homepot/wns-core'
import { WnsClient } from '@homepot/wns-http'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { CONFIG_UPDATE, useWnsProviderHarness } from '../../test/support/wns-provider-harness'

const notification = CONFIG_UPDATE
const { setup } = useWnsProviderHarness()
afterEach(() => {
  vi.restoreAllMocks()
})

describe('WnsWindowsProvider.sendBulkNotifications', () => {
  it('sends through sendMany in batches of batchSize and keeps one result per input, in order', async () => {
    const { mock, provider } = setup({ batchSize: 2 })
    await provider.initialize()
    const sendMany = vi.spyOn(WnsClient.prototype, 'sendMany')
    const active = [mock.createChannel(), mock.createChannel(), mock.createChannel()]
    const gone = mock.createChannel({ state: 'expired' })
    const results = await provider.sendBulkNotifications([
      [active[0] as string, notification],
      ['https://example.com/?token=x', notification],
      [gone, notification],
      [active[1] as string, { title: 'only a title' } as never],
      [active[2] as string, notification],
      [active[0] as string, { ...notification, body: 'second' }],
    ])
    expect(results.map((result) => result.errorCode ?? 'ok')).toEqual([
      'ok',
      'INVALID_CHANNEL_URI',
      'CHANNEL_GONE',
      'INVALID_PAYLOAD',
      'ok',
      'ok',
    ])
    expect(results.map((result) => result.deviceToken)).toEqual([
      active[0],
      'https://example.com/?token=x',
      gone,
      active[1],
      active[2],
      active[0],
    ])
    // Four entries reach WNS: batches of 2, 2.
    expect(sendMany.mock.calls.map(([items]) => (items as unknown[]).length)).toEqual([2, 2])
    expect(mock.received(active[0] as string)).toHaveLength(2)
  })

  it('gives each entry of a batch its own failure when the whole sendMany call fails', async () => {
    const { mock, provider } = setup({ batchSize: 2 })
    await provider.initialize()
    vi.spyOn(WnsClient.prototype, 'sendMany').mockRejectedValueOnce(new WnsError('ABORTED'))
    const uris = [mock.createChannel(), mock.createChannel(), mock.createChannel()]
    const results = await provider.sendBulkNotifications(uris.map((uri) => [uri, notification]))
    expect(results.map((result) => result.errorCode ?? 'ok')).toEqual(['ABORTED', 'ABORTED', 'ok'])
    expect(results.map((result) => result.deviceToken)).toEqual(uris)
  })

  it('resolves to an empty list for no notifications', async () => {
    const { provider } = setup()
    await provider.initialize()
    expect(await provider.sendBulkNotifications([])).toEqual([])
  })
})
