import { describe, expect, it } from 'vitest'
import { PUSH_PRIORITIES, PushPriority } from './push-priority'

describe('PushPriority', () => {
  it('has the four HOMEPOT levels with their lower-case values', () => {
    expect(PushPriority).toEqual({
      CRITICAL: 'critical',
      HIGH: 'high',
      NORMAL: 'normal',
      LOW: 'low',
    })
    expect(PUSH_PRIORITIES).toEqual(['critical', 'high', 'normal', 'low'])
  })
})
