import { describe, expect, it } from 'vitest'
import { attribute, booleanAttribute, formatXmlNumber, numberAttribute } from './xml-writer'

describe('xml writer helpers', () => {
  it('writes nothing for absent values', () => {
    expect(attribute('a', undefined) + booleanAttribute('b', undefined)).toBe('')
    expect(numberAttribute('c', undefined)).toBe('')
  })

  it('writes escaped, boolean and number attributes', () => {
    expect(attribute('launch', 'a&b')).toBe(' launch="a&amp;b"')
    expect(booleanAttribute('loop', false)).toBe(' loop="false"')
    expect(numberAttribute('value', 0.5)).toBe(' value="0.5"')
  })

  it('writes numbers in plain decimal notation, never with an exponent', () => {
    expect(formatXmlNumber(1e-7)).toBe('0.0000001')
    expect(formatXmlNumber(2.5e-10)).toBe('0.00000000025')
    expect(formatXmlNumber(1)).toBe('1')
    expect(formatXmlNumber(0)).toBe('0')
  })
})
