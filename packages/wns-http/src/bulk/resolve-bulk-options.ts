import { WnsError } from '@homepot/wns-core'
import { type ResolvedCallOptions, resolveCallOptions } from '../client/resolve-options'
import type { WnsBulkOptions, WnsBulkProgress } from './bulk-types'

/**
 * Bulk options after validation, merged over the client's.
 * @internal
 */
export interface ResolvedBulkOptions {
  readonly call: ResolvedCallOptions
  readonly concurrency: number
  readonly onProgress: ((progress: WnsBulkProgress) => void) | undefined
}

/**
 * Validates `sendMany`/`sendStream` options and merges them over the client's defaults.
 * @throws {WnsError} `INVALID_OPTIONS` naming the field.
 * @internal
 */
export function resolveBulkOptions(
  options: WnsBulkOptions | undefined,
  defaults: ResolvedCallOptions,
  defaultConcurrency: number,
): ResolvedBulkOptions {
  const { concurrency, onProgress, ...callOptions } = options ?? {}
  if (
    concurrency !== undefined &&
    (typeof concurrency !== 'number' ||
      !Number.isInteger(concurrency) ||
      concurrency < 1 ||
      concurrency > 10_000)
  ) {
    throw invalid('options.concurrency', 'must be an integer from 1 to 10000')
  }
  if (onProgress !== undefined && typeof onProgress !== 'function') {
    throw invalid('options.onProgress', 'must be a function')
  }
  return {
    call: resolveCallOptions(defaults, callOptions),
    concurrency: concurrency ?? defaultConcurrency,
    onProgress,
  }
}

function invalid(field: string, problem: string): WnsError {
  return new WnsError('INVALID_OPTIONS', { message: `${field} ${problem}`, field })
}
