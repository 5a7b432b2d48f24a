import { expect } from 'vitest'
import { WnsError } from '../../src/errors/wns-error'

/** Runs `build` and returns the `WnsError` it throws; fails the test if it does not throw one. */
export function thrownWnsError(build: () => unknown): WnsError {
  try {
    build()
  } catch (error) {
    if (error instanceof WnsError) return error
    throw error
  }
  throw new Error('expected the builder to throw')
}

/**
 * Asserts that `build` throws an `INVALID_PAYLOAD` error whose field is `field` and whose message
 * starts with it (and matches `message` when given).
 */
export function expectInvalidPayload(build: () => unknown, field: string, message?: RegExp): void {
  const error = thrownWnsError(build)
  expect(error.code).toBe('INVALID_PAYLOAD')
  expect(error.field).toBe(field)
  expect(error.message.startsWith(`${field} `)).toBe(true)
  if (message) expect(error.message).toMatch(message)
}
