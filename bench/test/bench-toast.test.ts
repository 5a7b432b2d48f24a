import { describe, expect, it } from 'vitest'
import { buildBenchToast } from '../src/workload/bench-toast'

describe('buildBenchToast', () => {
  it('is the realistic toast of issue 8: 3 texts, an image and 2 actions, about 600 bytes', () => {
    const notification = buildBenchToast()
    const xml = notification.body as string
    expect(notification.type).toBe('toast')
    expect(xml.match(/<text>/g)).toHaveLength(3)
    expect(xml.match(/<image /g)).toHaveLength(1)
    expect(xml.match(/<action /g)).toHaveLength(2)
    expect(notification.byteLength).toBeGreaterThanOrEqual(550)
    expect(notification.byteLength).toBeLessThanOrEqual(700)
  })
})
