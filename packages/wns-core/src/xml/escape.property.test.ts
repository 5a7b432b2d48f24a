import fc from 'fast-check'
import { XMLParser } from 'fast-xml-parser'
import { describe, expect, it } from 'vitest'
import { escapeXmlAttribute, escapeXmlText } from './escape'

// biome-ignore lint/suspicious/noControlCharactersInRegex: these are the characters to drop
const FORBIDDEN_BMP = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g

const TRICKY = [
  '<',
  '>',
  '&',
  '"',
  "'",
  ']]>',
  '</r>',
  '<r>',
  '&amp;',
  '&#10;',
  '&lt;',
  '\r',
  '\n',
  '\t',
  '\r\n',
  ' ',
  '😀',
  'שלום',
  'مرحبا',
  '"/><x a="',
  "'",
  '<!--',
  '<![CDATA[',
]

/** Strings of XML characters only: full Unicode, graphemes, and markup fragments mixed in. */
const xmlCharacters = fc
  .array(
    fc.oneof(
      fc.string({ unit: 'binary', maxLength: 12 }),
      fc.string({ unit: 'grapheme', maxLength: 6 }),
      fc.constantFrom(...TRICKY),
    ),
    { maxLength: 6 },
  )
  .map((parts) => parts.join('').replace(FORBIDDEN_BMP, ''))

const FORBIDDEN = fc.oneof(
  fc.integer({ min: 0, max: 0x1f }).filter((unit) => unit !== 0x9 && unit !== 0xa && unit !== 0xd),
  fc.constantFrom(0xfffe, 0xffff),
  fc.integer({ min: 0xd800, max: 0xdfff }),
)

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '',
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
  processEntities: true,
  htmlEntities: true,
  preserveOrder: true,
})

describe('escapeXmlText and escapeXmlAttribute (properties)', () => {
  it('round-trip any XML text through a parser without breaking out of the element or attribute', () => {
    fc.assert(
      fc.property(xmlCharacters, (value) => {
        const attribute = escapeXmlAttribute(value)
        const document = `<r a="${attribute}" b='${attribute}'>${escapeXmlText(value)}</r>`
        const parsed = parser.parse(document) as Array<Record<string, unknown>>
        expect(parsed).toHaveLength(1)
        const root = parsed[0] as { r: Array<{ '#text'?: string }>; ':@'?: Record<string, string> }
        expect(Object.keys(root).sort()).toEqual([':@', 'r'])
        expect(root[':@']).toEqual({ a: value, b: value })
        expect(root.r.every((node) => Object.keys(node).join() === '#text')).toBe(true)
        expect(root.r.map((node) => node['#text']).join('')).toBe(value)
      }),
      { numRuns: 500 },
    )
  })

  it('always refuse a forbidden character, wherever it sits', () => {
    fc.assert(
      fc.property(xmlCharacters, FORBIDDEN, fc.nat(), (value, unit, at) => {
        const index = at % (value.length + 1)
        const bad = value.slice(0, index) + String.fromCharCode(unit) + value.slice(index)
        // One inserted surrogate can never be fully paired: the string had as many high as low
        // surrogates before, so it has one unmatched now.
        expect(() => escapeXmlText(bad, 'f')).toThrowError(
          expect.objectContaining({ code: 'INVALID_PAYLOAD', field: 'f' }),
        )
        expect(() => escapeXmlAttribute(bad, 'g')).toThrowError(
          expect.objectContaining({ code: 'INVALID_PAYLOAD', field: 'g' }),
        )
      }),
      { numRuns: 500 },
    )
  })
})
