// The `@homepot/wns-mock-server/vitest` entry: wires a mock into vitest's lifecycle.
import { setupServer } from 'msw/node'
import { afterAll, afterEach, beforeAll } from 'vitest'
import { createWnsMock } from './mock/create-wns-mock'
import type { WnsMock, WnsMockOptions } from './mock/wns-mock'
import {
  startWnsMockServer,
  type WnsMockServer,
  type WnsMockServerOptions,
} from './server/start-wns-mock-server'

/** Options of {@link setupWnsMock}. */
export interface SetupWnsMockOptions extends WnsMockOptions {
  /**
   * Also start an msw server with the mock's handlers, so global `fetch` and `node:http` reach
   * it. Leave off when the code under test takes `mock.dispatcher`.
   * @default false
   */
  readonly msw?: boolean
  /** What msw does with requests to other hosts. @default 'bypass' */
  readonly onUnhandledRequest?: 'bypass' | 'warn' | 'error'
}

/**
 * Creates a mock for the current test file: msw listens in `beforeAll` (when `msw` is set), the
 * mock is `reset()` after each test, and everything is closed in `afterAll`.
 *
 * @example
 * const mock = setupWnsMock()
 * it('delivers a badge', async () => {
 *   const channelUri = mock.createChannel()
 *   // …send through mock.dispatcher…
 *   expect(mock.received(channelUri)).toHaveLength(1)
 * })
 */
export function setupWnsMock(options: SetupWnsMockOptions = {}): WnsMock {
  const { msw = false, onUnhandledRequest = 'bypass', ...mockOptions } = options
  const mock = createWnsMock(mockOptions)
  const server = msw ? setupServer(...mock.handlers) : undefined
  beforeAll(() => server?.listen({ onUnhandledRequest }))
  afterEach(() => mock.reset())
  afterAll(async () => {
    server?.close()
    await mock.dispatcher.close()
  })
  return mock
}

/** What {@link setupWnsMockServer} returns: the server, once `beforeAll` has started it. */
export interface WnsMockServerRef {
  /**
   * The running server.
   * @throws {Error} when read before `beforeAll` ran (at the top level of the file).
   */
  readonly current: WnsMockServer
}

/**
 * Starts a loopback HTTPS mock server for the current test file in `beforeAll`, resets its mock
 * after each test and closes it in `afterAll`.
 *
 * @example
 * const server = setupWnsMockServer()
 * it('answers over TLS', async () => {
 *   const channelUri = server.current.createChannel()
 *   // …send with dispatcher: server.current.dispatcher…
 * })
 */
export function setupWnsMockServer(options: WnsMockServerOptions = {}): WnsMockServerRef {
  let current: WnsMockServer | undefined
  beforeAll(async () => {
    current = await startWnsMockServer(options)
  })
  afterEach(() => current?.reset())
  afterAll(async () => {
    await current?.close()
    current = undefined
  })
  return {
    get current(): WnsMockServer {
      if (current === undefined)
        throw new Error('setupWnsMockServer: the server starts in beforeAll')
      return current
    },
  }
}
