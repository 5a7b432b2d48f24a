import {
  getNotificationProvider,
  type WnsProviderConfig,
  type WnsWindowsProvider,
} from '@homepot/push'
import type { WnsMock } from '@homepot/wns-mock-server'
import type { Dispatcher } from 'undici'

/**
 * An initialized `wns_windows` provider for the fake's default app, sending through `dispatcher`
 * (the fake's own unless given). Call `cleanup()` when done.
 */
export async function startWnsProvider(
  mock: WnsMock,
  config: WnsProviderConfig & { readonly dispatcher?: Dispatcher } = {},
): Promise<WnsWindowsProvider> {
  const provider = getNotificationProvider('wns_windows', {
    packageSid: mock.defaultApp.packageSid,
    clientSecret: mock.defaultApp.clientSecret,
    dispatcher: mock.dispatcher,
    ...config,
  })
  await provider.initialize()
  return provider
}

/**
 * How many times the fake received each title `${prefix}${i}`, for `i` below `count`, over the
 * given channels.
 */
export function countReceivedTitles(
  mock: WnsMock,
  uris: readonly string[],
  prefix: string,
  count: number,
): number[] {
  const times = new Array<number>(count).fill(0)
  const pattern = new RegExp(`${prefix}(\\d+)\\b`)
  for (const uri of new Set(uris)) {
    for (const notification of mock.received(uri)) {
      const body =
        typeof notification.body === 'string'
          ? notification.body
          : Buffer.from(notification.body).toString('utf8')
      const index = Number(pattern.exec(body)?.[1])
      if (Number.isInteger(index) && index < count) times[index] = (times[index] ?? 0) + 1
    }
  }
  return times
}
