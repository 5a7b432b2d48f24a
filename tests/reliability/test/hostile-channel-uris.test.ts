// Issue 9, part 3a: every hostile channel URI of the core's corpus, plus values that are not
// strings at all, through every public entry point that takes a channel URI. All are refused
// before any socket opens: the fake sees no request and its server accepts no connection.
import { getNotificationProvider, type WnsWindowsProvider } from '@homepot/push'
import {
  assertValidChannelUri,
  buildDeleteRequest,
  buildSendRequest,
  HOSTILE_CHANNEL_URIS,
  isValidChannelUri,
  toast,
  validateChannelUri,
  WnsError,
} from '@homepot/wns-core'
import { WnsClient } from '@homepot/wns-http'
import { startWnsMockServer, type WnsMockServer, type WnsMockStats } from '@homepot/wns-mock-server'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { type CountingDispatcher, countDispatches } from './support/count-dispatches'
import { reportFigures } from './support/report-figures'
import { type ConnectionWatch, watchConnections } from './support/watch-connections'

const FAKE_HOSTS =
  /^(?:login\.live\.com|login\.microsoftonline\.com|(?:[a-z0-9-]+\.)*notify\.windows\.com)$/
const CHANNEL_TOKEN = 'AwYAAADFR58iDWZCoMjweQoqVvVnQ'

const VALID = 'https://db5.notify.windows.com/?token=AwYAAADFR58iDWZCoMjweQoqVvVnQ'
/** Values a JavaScript caller can pass where a channel URI is typed as a string. */
const NOT_STRINGS: ReadonlyArray<{ value: unknown; why: string }> = [
  { value: undefined, why: 'undefined' },
  { value: null, why: 'null' },
  { value: 42, why: 'a number' },
  { value: {}, why: 'an object' },
  { value: [VALID], why: 'an array holding a valid URI' },
  { value: new URL(VALID), why: 'a URL object of a valid URI' },
  { value: Object(VALID), why: 'a String object of a valid URI' },
  { value: Symbol('channel'), why: 'a symbol' },
]

const hostile = HOSTILE_CHANNEL_URIS.map(({ uri, why }) => ({ value: uri as unknown, why }))
const everything = [...hostile, ...NOT_STRINGS]
const notification = toast({ text: ['Hostile input', 'must never be sent'] })
const payload = { title: 'Hostile input', body: 'must never be sent' }

let server: WnsMockServer
let guarded: CountingDispatcher
let provider: WnsWindowsProvider
let client: WnsClient
let connections: ConnectionWatch
let statsBefore: WnsMockStats
let dispatchesBefore: number
const tally = { entryPoints: 0, tried: 0, rejected: 0 }

beforeAll(async () => {
  server = await startWnsMockServer()
  guarded = countDispatches(server.dispatcher, { allowHost: (host) => FAKE_HOSTS.test(host) })
  provider = getNotificationProvider('wns_windows', {
    packageSid: server.defaultApp.packageSid,
    clientSecret: server.defaultApp.clientSecret,
    dispatcher: guarded.dispatcher,
  })
  // initialize() gets a token: that one request (and its connection) happen before the watch.
  await provider.initialize()
  client = new WnsClient({
    credentials: {
      packageSid: server.defaultApp.packageSid,
      clientSecret: server.defaultApp.clientSecret,
    },
    dispatcher: guarded.dispatcher,
  })
})

afterAll(async () => {
  await provider.cleanup()
  await client.close()
  await server.close()
  reportFigures('hostile channel URIs', {
    corpus: HOSTILE_CHANNEL_URIS.length,
    notStrings: NOT_STRINGS.length,
    ...tally,
  })
})

beforeEach(() => {
  statsBefore = server.stats()
  dispatchesBefore = guarded.total
  connections = watchConnections(server.port)
  return () => connections.stop()
})

/** Nothing reached the transport, the server accepted no connection, the fake saw nothing. */
function expectNothingSent(): void {
  expect(guarded.total - dispatchesBefore).toBe(0)
  expect(guarded.blocked).toBe(0)
  expect(connections.accepted).toBe(0)
  expect([...connections.dialled.keys()]).toEqual([])
  expect(server.stats()).toEqual(statsBefore)
}

function count(rejected: number, tried = everything.length, functions = 1): void {
  tally.entryPoints += functions
  tally.tried += tried
  tally.rejected += rejected
}

function refusedCode(value: unknown): string[] {
  // A value that is not a string is a malformed item before it is a malformed URI.
  return typeof value === 'string'
    ? ['INVALID_CHANNEL_URI']
    : ['INVALID_CHANNEL_URI', 'INVALID_PAYLOAD']
}

describe('the hostile channel-URI corpus', () => {
  it('has at least 60 cases, each with a reason', () => {
    expect(HOSTILE_CHANNEL_URIS.length).toBeGreaterThanOrEqual(60)
    for (const { uri, why } of HOSTILE_CHANNEL_URIS) {
      expect(typeof uri).toBe('string')
      expect(why.length).toBeGreaterThan(5)
    }
  })
})

describe('@homepot/wns-core', () => {
  it('validateChannelUri and isValidChannelUri refuse every case with a reason', () => {
    let rejected = 0
    for (const { value, why } of everything) {
      const result = validateChannelUri(value as string)
      expect(result.valid, why).toBe(false)
      expect(isValidChannelUri(value as string), why).toBe(false)
      if (!result.valid) expect(result.reason.length, why).toBeGreaterThan(0)
      rejected += 2
    }
    count(rejected, everything.length * 2, 2)
  })

  it('assertValidChannelUri, buildSendRequest and buildDeleteRequest throw INVALID_CHANNEL_URI without quoting the channel token', () => {
    let rejected = 0
    for (const { value, why } of everything) {
      const calls = [
        () => assertValidChannelUri(value as string),
        () => buildSendRequest({ channelUri: value as string, notification, accessToken: 'x' }),
        () =>
          buildDeleteRequest({
            channelUri: value as string,
            match: { all: true },
            accessToken: 'x',
          }),
      ]
      for (const call of calls) {
        let thrown: unknown
        try {
          call()
        } catch (error) {
          thrown = error
        }
        expect(WnsError.isInstance(thrown), why).toBe(true)
        expect((thrown as WnsError).code, why).toBe('INVALID_CHANNEL_URI')
        expect((thrown as WnsError).message, why).not.toContain(CHANNEL_TOKEN)
        rejected += 1
      }
    }
    count(rejected, everything.length * 3, 3)
  })
})

describe('@homepot/wns-http WnsClient', () => {
  it('send() rejects every case with INVALID_CHANNEL_URI before any socket opens', async () => {
    let rejected = 0
    for (const { value, why } of everything) {
      const error = await client.send(value as string, notification).then(
        () => undefined,
        (thrown: unknown) => thrown,
      )
      expect((error as WnsError | undefined)?.code, why).toBe('INVALID_CHANNEL_URI')
      rejected += 1
    }
    count(rejected)
    expectNothingSent()
  })

  it('delete() rejects every case with INVALID_CHANNEL_URI before any socket opens', async () => {
    let rejected = 0
    for (const { value, why } of everything) {
      await expect(client.delete(value as string, { all: true }), why).rejects.toMatchObject({
        code: 'INVALID_CHANNEL_URI',
      })
      rejected += 1
    }
    count(rejected)
    expectNothingSent()
  })

  it('sendMany() answers every case with its own failure and sends nothing', async () => {
    const summary = await client.sendMany(
      everything.map(({ value }) => ({ channelUri: value as string, notification })),
    )
    expect(summary.results).toHaveLength(everything.length)
    expect(summary.succeeded).toBe(0)
    summary.results.forEach((result, i) => {
      const { value, why } = everything[i] as (typeof everything)[number]
      expect(result.ok, why).toBe(false)
      if (!result.ok) expect(refusedCode(value), why).toContain(result.error.code)
    })
    count(summary.failed)
    expectNothingSent()
  })
  it('sendStream() yields a failure for every case and sends nothing', async () => {
    const items = everything.map(({ value }) => ({ channelUri: value as string, notification }))
    let rejected = 0
    for await (const result of client.sendStream(items)) {
      const { value, why } = everything[result.index] as (typeof everything)[number]
      expect(result.ok, why).toBe(false)
      if (!result.ok) expect(refusedCode(value), why).toContain(result.error.code)
      rejected += 1
    }
    expect(rejected).toBe(everything.length)
    count(rejected)
    expectNothingSent()
  })
})

describe('@homepot/push wns_windows provider', () => {
  it('validateDeviceToken() returns false for every case', () => {
    let rejected = 0
    for (const { value, why } of everything) {
      expect(provider.validateDeviceToken(value as string), why).toBe(false)
      rejected += 1
    }
    count(rejected)
    expectNothingSent()
  })

  it('sendNotification() resolves every case to a failed result and sends nothing', async () => {
    let rejected = 0
    for (const { value, why } of everything) {
      const result = await provider.sendNotification(value as string, payload)
      expect(result.success, why).toBe(false)
      expect(refusedCode(value), why).toContain(result.errorCode)
      rejected += 1
    }
    count(rejected)
    expectNothingSent()
  })

  it('sendBulkNotifications() answers every case with its own failed result and sends nothing', async () => {
    const results = await provider.sendBulkNotifications(
      everything.map(({ value }) => [value as string, payload] as const),
    )
    expect(results).toHaveLength(everything.length)
    results.forEach((result, i) => {
      const { value, why } = everything[i] as (typeof everything)[number]
      expect(result.success, why).toBe(false)
      expect(refusedCode(value), why).toContain(result.errorCode)
    })
    count(results.filter((result) => !result.success).length)
    expectNothingSent()
  })
})
