// Issue 9, part 5: after close()/cleanup(), no socket, server or timer is left open, checked
// with process.getActiveResourcesInfo() against the count before each test.
import { createServer } from 'node:net'
import { cleanupAllProviders, getPushProvider } from '@homepot/push'
import { toast } from '@homepot/wns-core'
import { WnsClient } from '@homepot/wns-http'
import { createWnsMock, startWnsMockServer } from '@homepot/wns-mock-server'
import { beforeEach, describe, expect, it } from 'vitest'
import { activeResources, leftoverResources } from './support/active-resources'
import { reportFigures } from './support/report-figures'
import { startWnsProvider } from './support/start-wns-provider'
import { until } from './support/until'

let baseline: Map<string, number>

beforeEach(() => {
  baseline = activeResources()
})

async function expectNothingLeftOpen(scenario: string): Promise<void> {
  const leftover = await leftoverResources(baseline)
  reportFigures('hygiene', { scenario, leftover })
  expect(leftover, scenario).toEqual({})
}

const payload = { title: 'Hygiene', body: 'close everything' }

describe('open handles after close()', () => {
  it('the check reports a server and a timer that were left open', async () => {
    const server = createServer().listen(0, '127.0.0.1')
    await new Promise((resolve) => server.once('listening', resolve))
    const timer = setInterval(() => undefined, 60_000)
    const leftover = await leftoverResources(baseline, 50)
    clearInterval(timer)
    await new Promise((resolve) => server.close(resolve))
    expect(leftover).toEqual({ TCPServerWrap: 1, Timeout: 1 })
    await expectNothingLeftOpen('planted leak, then closed')
  })

  it('leaves nothing open after a provider bulk over loopback with faults, cleanup() and server.close()', async () => {
    const server = await startWnsMockServer()
    const wns = await startWnsProvider(server, {
      dispatcher: server.dispatcher,
      retry: { maxAttempts: 5, baseDelayMs: 1, maxDelayMs: 5 },
      concurrency: 16,
    })
    const uris = Array.from({ length: 10 }, () => server.createChannel())
    server.injectFaults({ status: 503, rate: 0.2 })
    server.injectFaults({ kind: 'reset', rate: 0.05 })
    server.injectFaults({ kind: 'truncate', rate: 0.05 })
    server.injectFaults({ latencyMs: 1, jitterMs: 3 })
    server.expireTokens()
    const results = await wns.sendBulkNotifications(uris.map((uri) => [uri, payload]))
    expect(results).toHaveLength(10)
    await wns.cleanup()
    await server.close()
    await expectNothingLeftOpen('provider over loopback')
  })

  it('leaves nothing open after WnsClient sends that time out, wait on Retry-After and are aborted', async () => {
    const server = await startWnsMockServer()
    const client = new WnsClient({
      credentials: {
        packageSid: server.defaultApp.packageSid,
        clientSecret: server.defaultApp.clientSecret,
      },
      dispatcher: server.dispatcher,
      timeoutMs: 50,
      retry: { maxAttempts: 3, baseDelayMs: 1 },
    })
    const uri = server.createChannel()
    const slow = server.injectFaults({ latencyMs: 200, next: 3 })
    await expect(client.send(uri, toast({ text: ['slow'] }))).rejects.toMatchObject({
      code: 'TIMEOUT',
    })
    slow.clear()
    server.injectFaults({ status: 503, retryAfterSeconds: 30, next: 1 })
    const controller = new AbortController()
    const waiting = client.send(uri, toast({ text: ['waits'] }), { signal: controller.signal })
    setTimeout(() => controller.abort(), 50)
    await expect(waiting).rejects.toMatchObject({ code: 'ABORTED' })
    await client.close()
    await server.close()
    await expectNothingLeftOpen('client: timeout, Retry-After wait, abort')
  })

  it('leaves nothing open after a bulk through the in-process dispatcher with latency', async () => {
    const mock = createWnsMock()
    const wns = await startWnsProvider(mock, { retry: { maxAttempts: 1 } })
    const uris = Array.from({ length: 10 }, () => mock.createChannel())
    mock.injectFaults({ latencyMs: 2, jitterMs: 5 })
    const results = await wns.sendBulkNotifications(uris.map((uri) => [uri, payload]))
    expect(results.every((result) => result.success)).toBe(true)
    await wns.cleanup()
    await mock.dispatcher.close()
    await expectNothingLeftOpen('in-process dispatcher')
  })

  it('leaves nothing open after cleanupAllProviders() for cached providers, the server closed mid-bulk', async () => {
    const server = await startWnsMockServer()
    const config = {
      packageSid: server.defaultApp.packageSid,
      clientSecret: server.defaultApp.clientSecret,
      dispatcher: server.dispatcher,
      retry: { maxAttempts: 2, baseDelayMs: 1 },
    }
    const wns = await getPushProvider('wns_windows', config)
    expect(await getPushProvider('wns_windows', config)).toBe(wns)
    const uris = Array.from({ length: 20 }, () => server.createChannel())
    server.injectFaults({ latencyMs: 5, jitterMs: 5 })
    const sending = wns.sendBulkNotifications(uris.map((uri) => [uri, payload]))
    await until(() => server.stats().notificationRequests >= 5, 'the bulk is under way')
    await server.close()
    expect(await sending).toHaveLength(20)
    await cleanupAllProviders()
    await expectNothingLeftOpen('cached providers, server closed mid-bulk')
  })
})
