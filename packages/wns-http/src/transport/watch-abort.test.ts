import { getEventListeners } from 'node:events'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { watchAbort } from './watch-abort'

describe('watchAbort', () => {
  afterEach(() => {
    vi.restoreAllMocks()
  })

  it('calls every watcher still watching once when the signal aborts', () => {
    const controller = new AbortController()
    const calls: number[] = []
    const unwatch = [1, 2, 3].map((n) => watchAbort(controller.signal, () => calls.push(n)))
    unwatch[1]?.()
    controller.abort()
    controller.abort()
    expect(calls).toEqual([1, 3])
  })

  it('adds one listener to a signal however many requests watch it', () => {
    const warning = vi.fn()
    process.on('warning', warning)
    const controller = new AbortController()
    const unwatch = Array.from({ length: 500 }, () => watchAbort(controller.signal, () => {}))
    expect(getEventListeners(controller.signal, 'abort')).toHaveLength(1)
    for (const stop of unwatch) stop()
    const again = watchAbort(controller.signal, () => {})
    expect(getEventListeners(controller.signal, 'abort')).toHaveLength(1)
    again()
    process.off('warning', warning)
    expect(warning).not.toHaveBeenCalled()
  })

  it('keeps signals apart', () => {
    const first = new AbortController()
    const second = new AbortController()
    const onFirst = vi.fn()
    const onSecond = vi.fn()
    watchAbort(first.signal, onFirst)
    watchAbort(second.signal, onSecond)
    first.abort()
    expect(onFirst).toHaveBeenCalledTimes(1)
    expect(onSecond).not.toHaveBeenCalled()
  })
})
