import type { Server } from 'node:https'
import https from 'node:https'
import type { AddressInfo } from 'node:net'
import { request } from 'undici'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createResponder, type ResponderCounters } from '../src/responder/create-responder'
import { generateCertificate } from '../src/responder/generate-certificate'
import { createLoopbackDispatcher } from '../src/transport/create-loopback-dispatcher'
import { installLoopbackGlobalAgent } from '../src/transport/install-loopback-global-agent'
import type { LoopbackTarget } from '../src/transport/loopback-target'
import { BENCH_ACCESS_TOKEN } from '../src/workload/bench-credentials'
import { channelUri } from '../src/workload/channel-uris'

// The responder is the benchmark's own fake: these tests check that it answers like WNS and that
// both ways of routing clients to it (undici Agent, https.globalAgent) verify its certificate
// under the original host name.
let server: Server
let target: LoopbackTarget
const counters: ResponderCounters = { notifications: 0, tokens: 0, bodyBytes: 0 }

beforeAll(async () => {
  const certificate = await generateCertificate()
  server = createResponder(certificate, counters)
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  target = { port: (server.address() as AddressInfo).port, ca: certificate.cert }
})

afterAll(async () => {
  server.closeAllConnections()
  await new Promise((resolve) => server.close(resolve))
})

describe('createResponder through createLoopbackDispatcher', () => {
  it('accepts a notification POST the way WNS does and counts its body bytes', async () => {
    const dispatcher = createLoopbackDispatcher(target, 2)
    const before = { ...counters }
    const response = await request(channelUri(1), {
      method: 'POST',
      headers: { 'content-type': 'text/xml', 'x-wns-type': 'wns/toast' },
      body: '<toast/>',
      dispatcher,
    })
    await response.body.dump()
    expect(response.statusCode).toBe(200)
    expect(response.headers['x-wns-status']).toBe('received')
    expect(response.headers['x-wns-notificationstatus']).toBe('received')
    expect(response.headers['x-wns-msg-id']).toMatch(/^[0-9A-F]{16}$/)
    expect(counters.notifications - before.notifications).toBe(1)
    expect(counters.bodyBytes - before.bodyBytes).toBe('<toast/>'.length)
    await dispatcher.close()
  })

  it('hands out a bearer token at login.live.com', async () => {
    const dispatcher = createLoopbackDispatcher(target, 1)
    const response = await request('https://login.live.com/accesstoken.srf', {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'grant_type=client_credentials',
      dispatcher,
    })
    expect(response.statusCode).toBe(200)
    expect(await response.body.json()).toEqual({
      access_token: BENCH_ACCESS_TOKEN,
      token_type: 'bearer',
      expires_in: 86400,
    })
    await dispatcher.close()
  })

  it('refuses a host the certificate does not name', async () => {
    const dispatcher = createLoopbackDispatcher(target, 1)
    await expect(request('https://example.com/', { method: 'POST', dispatcher })).rejects.toThrow(
      /altnames|Hostname/i,
    )
    await dispatcher.close()
  })
})

describe('installLoopbackGlobalAgent', () => {
  it('routes a plain https.request to port 443 of a WNS host to the responder', async () => {
    const previous = https.globalAgent
    installLoopbackGlobalAgent(target, 4)
    try {
      const status = await new Promise<number | undefined>((resolve, reject) => {
        const outgoing = https.request(
          { hostname: 'db5.notify.windows.com', port: 443, path: '/?token=abc', method: 'POST' },
          (response) => {
            response.resume()
            response.on('end', () =>
              resolve(
                response.headers['x-wns-notificationstatus'] === 'received'
                  ? response.statusCode
                  : -1,
              ),
            )
          },
        )
        outgoing.on('error', reject)
        outgoing.end('<toast/>')
      })
      expect(status).toBe(200)
    } finally {
      https.globalAgent.destroy()
      https.globalAgent = previous
    }
  })
})
