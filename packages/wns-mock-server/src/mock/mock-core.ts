import type { MockRequest, MockResponse } from '../protocol/mock-exchange'
import type { WnsMock } from './wns-mock'

/** The behaviour core of one mock: answers a request, or `undefined` for a host it does not serve. @internal */
export type MockCore = (request: MockRequest) => Promise<MockResponse | undefined>

// A registered symbol, so a mock made by one build (ESM, CJS, the vitest entry) works with the
// server of another.
const CORE = Symbol.for('@homepot/wns-mock-server/core')

/** Remembers the core behind a mock (before the mock is frozen). @internal */
export function attachCore(mock: WnsMock, core: MockCore): void {
  Object.defineProperty(mock, CORE, { value: core, enumerable: false })
}

/**
 * The core behind a mock made by `createWnsMock`.
 * @throws {TypeError} when `mock` did not come from `createWnsMock`.
 * @internal
 */
export function coreOf(mock: WnsMock): MockCore {
  const core = (mock as unknown as Record<symbol, unknown>)[CORE]
  if (typeof core !== 'function') throw new TypeError('mock must be created by createWnsMock()')
  return core as MockCore
}
