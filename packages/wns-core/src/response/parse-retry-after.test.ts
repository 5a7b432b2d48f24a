import { describe, expect, it } from 'vitest'
import { parseRetryAfter } from './parse-retry-after'

const NOW = Date.parse('2026-03-01T12:00:00Z')

describe('parseRetryAfter', () => {
  it('reads delay-seconds as milliseconds', () => {
    expect(parseRetryAfter('900', NOW)).toBe(900_000)
    expect(parseRetryAfter(' 0 ', NOW)).toBe(0)
  })

  it.each([
    ['IMF-fixdate', 'Sun, 01 Mar 2026 12:01:30 GMT'],
    ['RFC 850 date', 'Sunday, 01-Mar-26 12:01:30 GMT'],
    ['asctime date', 'Sun Mar  1 12:01:30 2026'],
  ])('reads an %s relative to now', (_form, value) => {
    expect(parseRetryAfter(value, NOW)).toBe(90_000)
  })

  it('gives 0 for a date in the past', () => {
    expect(parseRetryAfter('Sun, 01 Mar 2026 11:00:00 GMT', NOW)).toBe(0)
  })

  it.each([
    undefined,
    null,
    '',
    'soon',
    '-5',
    '1.5',
    '2026-03-01T12:01:30Z',
    'Sun, 01 Mar 2026 12:01:30 PST',
  ])('returns undefined for %j', (value) => {
    expect(parseRetryAfter(value, NOW)).toBeUndefined()
  })
})
