import { createWnsMock, startWnsMockServer, type WnsMock } from '@homepot/wns-mock-server'
import { setupServer } from 'msw/node'
import { type Dispatcher, request } from 'undici'
import { describe, expect, it } from 'vitest'

const BADGE = '<badge value="5"/>'

/** Sends a POST and returns the status and body text; the plain client differs per way in. */
type Post = (
  url: string,
  headers: Record<string, string>,
  body: string,
) => Promise<{ status: number; text: string }>

function undiciPost(dispatcher: Dispatcher): Post {
  return async (url, headers, body) => {
    const response = await request(url, { method: 'POST', headers, body, dispatcher })
    return { status: response.statusCode, text: await response.body.text() }
  }
}

const fetchPost: Post = async (url, headers, body) => {
  const response = await fetch(url, { method: 'POST', headers, body })
  return { status: response.status, text: await response.text() }
}

/**
 * Fires `total` requests at once over `channels` active channels, one throttled channel and a
 * forged token, and checks that every counter and inbox adds up.
 */
async function burst(mock: WnsMock, post: Post, total: number, channels: number) {
  const app = mock.defaultApp
  const tokenAnswer = await post(
    app.tokenUrl,
    { 'content-type': 'application/x-www-form-urlencoded' },
    new URLSearchParams({
      grant_type: 'client_credentials',
      client_id: app.packageSid,
      client_secret: app.clientSecret,
      scope: app.scope,
    }).toString(),
  )
  const token = (JSON.parse(tokenAnswer.text) as { access_token: string }).access_token
  const active = Array.from({ length: channels }, () => mock.createChannel())
  const throttled = mock.createChannel({ state: 'throttled' })
  const plan = Array.from({ length: total }, (_, i) => {
    const uri = active[i % channels] as string
    if (i % 10 === 0) return { uri: throttled, bearer: token, expected: 406 }
    if (i % 10 === 1) return { uri, bearer: 'forged', expected: 401 }
    return { uri, bearer: token, expected: 200 }
  })
  const statuses = await Promise.all(
    plan.map(async ({ uri, bearer }) => {
      const headers = {
        authorization: `Bearer ${bearer}`,
        'x-wns-type': 'wns/badge',
        'content-type': 'text/xml',
      }
      return (await post(uri, headers, BADGE)).status
    }),
  )
  expect(statuses).toEqual(plan.map((p) => p.expected))
  const accepted = plan.filter((p) => p.expected === 200)
  const stats = mock.stats()
  expect(stats.notificationRequests).toBe(total)
  expect(stats.byStatus).toEqual({
    200: accepted.length,
    401: plan.filter((p) => p.expected === 401).length,
    406: plan.filter((p) => p.expected === 406).length,
  })
  expect(stats.delivered).toBe(accepted.length)
  for (const uri of active) {
    expect(mock.received(uri)).toHaveLength(accepted.filter((p) => p.uri === uri).length)
  }
  const msgIds = active.flatMap((uri) => mock.received(uri).map((n) => n.msgId))
  expect(new Set(msgIds).size).toBe(accepted.length)
}

describe('concurrency', () => {
  it('keeps counts and inboxes consistent under 5,000 parallel in-process requests', async () => {
    const mock = createWnsMock()
    await burst(mock, undiciPost(mock.dispatcher), 5_000, 50)
  })

  it('keeps counts and inboxes consistent under 2,000 parallel requests through msw', async () => {
    const mock = createWnsMock()
    const server = setupServer(...mock.handlers)
    server.listen({ onUnhandledRequest: 'error' })
    try {
      await burst(mock, fetchPost, 2_000, 20)
    } finally {
      server.close()
    }
  })

  it('keeps counts and inboxes consistent under 1,000 parallel requests over real TLS', async () => {
    const mock = createWnsMock()
    const server = await startWnsMockServer({ mock })
    try {
      await burst(mock, undiciPost(server.dispatcher), 1_000, 20)
    } finally {
      await server.close()
    }
  })
})
