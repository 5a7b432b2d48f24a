import type { WnsWindowsProvider } from '@homepot/push'
import { createSeededRandom } from '@homepot/wns-core'
import { createWnsMock, startWnsMockServer, type WnsMockServer } from '@homepot/wns-mock-server'
import { afterAll, afterEach, beforeAll, beforeEach, expect } from 'vitest'
import { startWnsProvider } from './start-wns-provider'
import { type UnhandledWatch, watchUnhandled } from './watch-unhandled'

/** What the crash-safety tests share: a loopback server, providers on it, and cleanups. */
export interface CrashHarness {
  /** The loopback server of the file, reset after each test. */
  readonly server: WnsMockServer
  /** An initialized `wns_windows` provider on the server, cleaned up after the test. */
  provider(config?: Parameters<typeof startWnsProvider>[1]): Promise<WnsWindowsProvider>
  /** Runs `cleanup` after the test, before the unhandled-rejection check. */
  onCleanup(cleanup: () => Promise<void>): void
}

/**
 * Registers the hooks of a crash-safety test file: a loopback server with seeded fault decisions
 * for the whole file, and around each test a watch for unhandled rejections and uncaught
 * exceptions that fails the test if any happened, cleanups included.
 */
export function useCrashHarness(seed: number): CrashHarness {
  let server: WnsMockServer | undefined
  let unhandled: UnhandledWatch | undefined
  const cleanups: Array<() => Promise<void>> = []

  beforeAll(async () => {
    server = await startWnsMockServer({ mock: createWnsMock({ random: createSeededRandom(seed) }) })
  })
  afterAll(() => server?.close())
  beforeEach(() => {
    unhandled = watchUnhandled()
  })
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup()
    server?.reset()
    // Looked at after the cleanups, so a rejection left behind by a closed provider counts too.
    await new Promise((resolve) => setImmediate(resolve))
    expect(unhandled?.stop()).toEqual([])
  })

  const harness: CrashHarness = {
    get server() {
      if (server === undefined) throw new Error('the server starts in beforeAll')
      return server
    },
    async provider(config = {}) {
      const started = await startWnsProvider(harness.server, {
        dispatcher: harness.server.dispatcher,
        ...config,
      })
      cleanups.push(() => started.cleanup())
      return started
    },
    onCleanup(cleanup) {
      cleanups.push(cleanup)
    },
  }
  return harness
}
