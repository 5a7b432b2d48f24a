import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { sleep } from './sleep'

describe('sleep', () => {
  beforeEach(() => {
    vi.useFakeTimers()
  })
  afterEach(() => {
    vi.useRealTimers()
  })

  it('resolves after the given time', async () => {
    let done = false
    const promise = sleep(1_000).then(() => {
      done = true
    })
    await vi.advanceTimersByTimeAsync(999)
    expect(done).toBe(false)
    await vi.advanceTimersByTimeAsync(1)
    await promise
    expect(done).toBe(true)
  })

  it('rejects with ABORTED when the signal is already aborted', async () => {
    await expect(sleep(1_000, AbortSignal.abort())).rejects.toMatchObject({ code: 'ABORTED' })
  })

  it('rejects with ABORTED and clears its timer when the signal aborts', async () => {
    const controller = new AbortController()
    const promise = sleep(60_000, controller.signal)
    controller.abort()
    await expect(promise).rejects.toMatchObject({ code: 'ABORTED' })
    expect(vi.getTimerCount()).toBe(0)
  })
})
