// Issue 9, part 4: with a logger that keeps everything, every failure path is run (bad
// credentials for both flows, 401s, 403s, network errors, timeouts, token-endpoint failures);
// no log line, error message, error cause, serialised result or platform report holds a client
// secret or an access token.
import { randomBytes } from 'node:crypto'
import { getNotificationProvider, type WnsProviderConfig } from '@homepot/push'
import { toast } from '@homepot/wns-core'
import { WnsClient } from '@homepot/wns-http'
import { startWnsMockServer, type WnsMockServer } from '@homepot/wns-mock-server'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { captureLogger } from './support/capture-logger'
import { countDispatches } from './support/count-dispatches'
import { findLeaks } from './support/find-leaks'
import { renderError, renderValue } from './support/render-output'
import { reportFigures } from './support/report-figures'
import { type SecretWatch, watchSecrets } from './support/secret-watch'

const secret = (label: string) => `${label}-${randomBytes(18).toString('base64url')}`
const LIVE_SECRET = secret('live')
const ENTRA_SECRET = secret('entra')
const WRONG_SECRET = secret('wrong')

let server: WnsMockServer
let wire: SecretWatch
const logger = captureLogger()
const outputs: string[] = []
const paths: string[] = []

beforeAll(async () => {
  server = await startWnsMockServer()
  wire = watchSecrets()
})

afterAll(async () => {
  wire.stop()
  await server.close()
})

function secrets(): string[] {
  return [LIVE_SECRET, ENTRA_SECRET, WRONG_SECRET, ...wire.tokens]
}

/** Runs a failure path, keeping whatever it produced or threw for the final scan. */
async function exercise(name: string, run: () => Promise<unknown>): Promise<unknown> {
  paths.push(name)
  try {
    const value = await run()
    outputs.push(...renderValue(value))
    return value
  } catch (error) {
    outputs.push(...renderError(error))
    return error
  }
}

function liveApp(clientSecret = LIVE_SECRET) {
  return server.registerApp({ clientSecret })
}

async function provider(config: WnsProviderConfig, initialize = true) {
  const wns = getNotificationProvider('wns_windows', {
    dispatcher: server.dispatcher,
    logger,
    retry: { maxAttempts: 2, baseDelayMs: 1, maxDelayMs: 5 },
    ...config,
  })
  outputs.push(...renderValue(wns.settings), ...renderValue(wns))
  if (initialize) await wns.initialize()
  return wns
}

const payload = { title: 'Secret scan', body: 'no secrets in here' }

describe('secrets stay out of every output', () => {
  it('the scan finds a secret planted in a log line, an error cause and a result', () => {
    const token = 'planted-token-0123456789'
    expect(findLeaks([`warn retry {"auth":"Bearer ${token}"}`], [token])).toHaveLength(1)
    const error = new Error('outer', { cause: new Error(`inner ${LIVE_SECRET}`) })
    expect(findLeaks(renderError(error), [LIVE_SECRET])).toHaveLength(1)
    expect(
      findLeaks(renderValue({ deep: [{ secret: WRONG_SECRET }] }), [WRONG_SECRET]),
    ).toHaveLength(1)
  })

  it('runs every failure path with a logger at the most verbose level and leaks nothing', async () => {
    server.reset()
    const app = liveApp()
    const entra = server.registerEntraApp({ clientSecret: ENTRA_SECRET })
    const other = server.registerApp()
    const channel = () => server.createChannel({ app })

    // Bad credentials, both flows: the token endpoint refuses; the wrong secret was sent.
    const liveRefusal = await exercise('live: wrong secret', () =>
      provider({ packageSid: app.packageSid, clientSecret: WRONG_SECRET }),
    )
    expect(liveRefusal).toMatchObject({ code: 'AUTH_FAILED' })
    const entraRefusal = await exercise('entra: wrong secret', () =>
      provider({ tenantId: entra.tenantId, clientId: entra.clientId, clientSecret: WRONG_SECRET }),
    )
    expect(entraRefusal).toMatchObject({ code: 'AUTH_FAILED' })
    const entraClient = new WnsClient({
      credentials: {
        tenantId: entra.tenantId,
        clientId: entra.clientId,
        clientSecret: WRONG_SECRET,
      },
      dispatcher: server.dispatcher,
      logger,
    })
    const clientRefusal = await exercise('client: entra wrong secret', () =>
      entraClient.send(server.createChannel({ app: entra }), toast({ text: ['x'] })),
    )
    expect(clientRefusal).toMatchObject({ code: 'AUTH_FAILED' })
    await entraClient.close()

    const wns = await provider({ packageSid: app.packageSid, clientSecret: LIVE_SECRET })
    await exercise('health and platform info', async () => [
      await wns.healthCheck(),
      await wns.getPlatformInfo(),
    ])

    // 401 twice: every token is expired the moment a notification request leaves.
    const expiring = countDispatches(server.dispatcher, {
      onDispatch: (host) => {
        if (host.endsWith('.notify.windows.com')) server.expireTokens()
      },
    })
    const refused = await provider({
      packageSid: app.packageSid,
      clientSecret: LIVE_SECRET,
      dispatcher: expiring.dispatcher,
    })
    const unauthorized = await exercise('401 twice', () =>
      refused.sendNotification(channel(), payload),
    )
    expect(unauthorized).toMatchObject({ errorCode: 'UNAUTHORIZED' })
    await refused.cleanup()

    // 403: a channel of another app.
    const forbidden = await exercise('403', () =>
      wns.sendNotification(server.createChannel({ app: other }), payload),
    )
    expect(forbidden).toMatchObject({ errorCode: 'FORBIDDEN' })

    // Network errors and timeouts, on sends and on token requests.
    server.injectFaults({ kind: 'reset', next: 4 })
    const resets = await exercise('reset', () =>
      wns.sendBulkNotifications([
        [channel(), payload],
        [channel(), payload],
      ]),
    )
    expect(resets).toMatchObject([{ errorCode: 'NETWORK_ERROR' }, { errorCode: 'NETWORK_ERROR' }])
    const tokenFailures: Array<[string, Parameters<typeof server.injectFaults>[0], string]> = [
      ['token reset', { kind: 'reset', endpoint: 'token', next: 1 }, 'NETWORK_ERROR'],
      ['token truncated', { kind: 'truncate', endpoint: 'token', next: 1 }, 'NETWORK_ERROR'],
      ['token 503', { status: 503, endpoint: 'token', next: 1 }, 'AUTH_FAILED'],
    ]
    for (const [name, tokenFault, code] of tokenFailures) {
      server.injectFaults(tokenFault)
      const failure = await exercise(name, () =>
        provider({ packageSid: app.packageSid, clientSecret: LIVE_SECRET }),
      )
      expect(failure, name).toMatchObject({ code })
    }
    const slow = await provider({
      packageSid: app.packageSid,
      clientSecret: LIVE_SECRET,
      timeoutSeconds: 0.05,
    })
    const fault = server.injectFaults({ latencyMs: 200 })
    const timedOut = await exercise('timeout', () => slow.sendNotification(channel(), payload))
    expect(timedOut).toMatchObject({ errorCode: 'TIMEOUT' })
    fault.clear()
    server.injectFaults({ latencyMs: 200, endpoint: 'token', next: 1 })
    const tokenTimeout = await exercise('token timeout', () =>
      provider({ packageSid: app.packageSid, clientSecret: LIVE_SECRET, timeoutSeconds: 0.05 }),
    )
    expect(tokenTimeout).toMatchObject({ code: 'TIMEOUT' })
    await slow.cleanup()

    // The rest of the WNS answers, and 500/503 until the retries run out.
    const gone = server.createChannel({ app, state: 'expired' })
    const invalid = server.createChannel({ app, state: 'invalid' })
    const throttled = server.createChannel({ app, state: 'throttled' })
    server.injectFaults({ status: 500, next: 2 })
    const internal = await exercise('500', () => wns.sendNotification(channel(), payload))
    expect(internal).toMatchObject({ errorCode: 'INTERNAL_SERVER_ERROR' })
    server.injectFaults({ status: 503, next: 2, retryAfterSeconds: 0 })
    const unavailable = await exercise('503', () => wns.sendNotification(channel(), payload))
    expect(unavailable).toMatchObject({ errorCode: 'SERVICE_UNAVAILABLE' })
    const refusals = await exercise('410, 404, 406, 413, invalid URI', () =>
      wns.sendBulkNotifications([
        [gone, payload],
        [invalid, payload],
        [throttled, payload],
        [channel(), { title: 'x'.repeat(6_000), body: 'too large' }],
        ['https://evil.example/?token=abc', payload],
      ]),
    )
    expect(refusals).toMatchObject([
      { errorCode: 'CHANNEL_GONE' },
      { errorCode: 'CHANNEL_EXPIRED' },
      { errorCode: 'THROTTLED' },
      { errorCode: 'PAYLOAD_TOO_LARGE' },
      { errorCode: 'INVALID_CHANNEL_URI' },
    ])
    await exercise('health after failures', () => wns.healthCheck())
    await wns.cleanup()
    const closed = await exercise('send after cleanup', () =>
      wns.sendNotification(channel(), payload),
    )
    expect(closed).toMatchObject({ code: 'INVALID_OPTIONS' })

    // What the fake recorded is output too: its copies of requests must be redacted.
    for (const uri of [channel(), gone]) outputs.push(...renderValue(server.received(uri)))

    const texts = [...logger.lines, ...outputs]
    const leaks = findLeaks(texts, secrets())
    reportFigures('secrets', {
      failurePaths: paths.length,
      logLines: logger.lines.length,
      logLevels: logger.levels,
      textsScanned: texts.length,
      secretsWatched: secrets().length,
      accessTokensSeen: wire.tokens.size,
      leaks: leaks.length,
    })
    expect(wire.tokens.size).toBeGreaterThanOrEqual(5)
    expect(logger.levels.debug ?? 0).toBeGreaterThan(0)
    expect(logger.levels.warn ?? 0).toBeGreaterThan(0)
    expect(leaks).toEqual([])
  })
})
