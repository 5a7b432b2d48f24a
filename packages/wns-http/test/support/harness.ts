import { badge, toast, type WnsNotification } from '@homepot/wns-core'
import { DEFAULT_CONCURRENCY, WnsClient, type WnsClientOptions } from '@homepot/wns-http'
import {
  createMockServerAgent,
  createWnsMock,
  startWnsMockServer,
  type WnsMock,
  type WnsMockOptions,
} from '@homepot/wns-mock-server'
import type { Dispatcher } from 'undici'
import { afterAll, afterEach, beforeAll } from 'vitest'

/** The fake's control API, the same whichever way the client reaches it. */
export type MockControl = Omit<WnsMock, 'dispatcher'>

/** One way of reaching the fake: its control API and the dispatcher a client sends through. */
export interface Harness {
  readonly mock: MockControl
  readonly dispatcher: Dispatcher
  close(): Promise<void>
}

/** Starts the fake one way or the other. */
export type HarnessFactory = (options?: WnsMockOptions) => Promise<Harness>

/** The in-process undici dispatcher: no sockets. */
export const inProcess: HarnessFactory = async (options) => {
  const mock = createWnsMock(options)
  return { mock, dispatcher: mock.dispatcher, close: () => mock.dispatcher.close() }
}

/**
 * The loopback HTTPS server: real TLS, real sockets, the client's whole HTTP path. The agent is
 * sized as the client sizes its own (`DEFAULT_CONCURRENCY` connections per host), so 1,000
 * concurrent sends queue on 32 keep-alive sockets instead of opening 1,000 TLS connections.
 */
export const loopback: HarnessFactory = async (options) => {
  const server = await startWnsMockServer({ mock: createWnsMock(options) })
  const agent = createMockServerAgent({
    host: server.host,
    port: server.port,
    ca: server.ca,
    agentOptions: { connections: DEFAULT_CONCURRENCY, pipelining: 1 },
  })
  return {
    mock: server,
    dispatcher: agent,
    close: async () => {
      await agent.close()
      await server.close()
    },
  }
}

/** Retry settings that keep the suite fast: waits of a few milliseconds. */
export const FAST_RETRY = { baseDelayMs: 1, maxDelayMs: 5 } as const

/** A badge notification. */
export const BADGE: WnsNotification = badge(7)

/** A minimal ToastGeneric notification. */
export const TOAST: WnsNotification = toast({
  text: ['Configuration update', 'Settings v1.2.3 available'],
})

/**
 * Starts the fake before the suite, resets it and closes the clients after each test, and stops
 * it after the suite. `client()` makes a client of the fake's ready-made app.
 */
export function useHarness(factory: HarnessFactory, options?: WnsMockOptions) {
  let harness: Harness | undefined
  const clients: WnsClient[] = []
  beforeAll(async () => {
    harness = await factory(options)
  })
  afterEach(async () => {
    await Promise.all(clients.splice(0).map((client) => client.close()))
    harness?.mock.reset()
  })
  afterAll(async () => {
    await harness?.close()
  })
  const current = (): Harness => {
    if (!harness) throw new Error('the harness is not started')
    return harness
  }
  return {
    get mock(): MockControl {
      return current().mock
    },
    get dispatcher(): Dispatcher {
      return current().dispatcher
    },
    /** The ready-made app's credentials, as the client takes them. */
    get credentials() {
      const { packageSid, clientSecret } = current().mock.defaultApp
      return { packageSid, clientSecret }
    },
    client(overrides: WnsClientOptions = {}): WnsClient {
      const client = new WnsClient({
        ...(overrides.tokenProvider ? {} : { credentials: this.credentials }),
        dispatcher: current().dispatcher,
        retry: FAST_RETRY,
        ...overrides,
      })
      clients.push(client)
      return client
    },
  }
}

/** What {@link useHarness} returns. */
export type HarnessHandle = ReturnType<typeof useHarness>
