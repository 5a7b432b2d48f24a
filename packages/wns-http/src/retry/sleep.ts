import { WnsError } from '@homepot/wns-core'

/**
 * Waits `ms` milliseconds, or rejects with `ABORTED` as soon as `signal` aborts.
 * @internal
 */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  if (signal?.aborted) return Promise.reject(abortedError(signal))
  if (ms <= 0) return Promise.resolve()
  return new Promise((resolve, reject) => {
    const onAbort = (): void => {
      clearTimeout(timer)
      reject(abortedError(signal))
    }
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort)
      resolve()
    }, ms)
    signal?.addEventListener('abort', onAbort, { once: true })
  })
}

/**
 * The error every aborted operation rejects with.
 * @internal
 */
export function abortedError(signal?: AbortSignal): WnsError {
  return new WnsError('ABORTED', { cause: signal?.reason })
}
