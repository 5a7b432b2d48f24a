import fc from 'fast-check'

/** Texts that break naive XML writers. */
const TRICKY = [
  '<',
  '>',
  '&',
  '"',
  "'",
  ']]>',
  '</text>',
  '<text>',
  '&amp;',
  '&#10;',
  '\r',
  '\n',
  '\t',
  '\u0000',
  '\u001b',
  '\ud800',
  '\udfff',
  '\ufffe',
  '😀',
  'שלום',
  '"/><action content="x',
  '<!--',
]

/**
 * Any text at all: whole code points, graphemes, single UTF-16 code units (lone surrogates and
 * control characters included) and the tricky pieces above, mixed.
 */
export const anyUnicodeText: fc.Arbitrary<string> = fc
  .array(
    fc.oneof(
      fc.string({ unit: 'binary', maxLength: 12 }),
      fc.string({ unit: 'grapheme', maxLength: 4 }),
      fc.string({
        unit: fc.integer({ min: 0, max: 0xffff }).map((unit) => String.fromCharCode(unit)),
        maxLength: 6,
      }),
      fc.constantFrom(...TRICKY),
    ),
    { maxLength: 6 },
  )
  .map((parts) => parts.join(''))

const FORBIDDEN =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: these are the characters XML 1.0 forbids
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/

/** Whether `text` holds a character XML 1.0 does not allow (the `Char` production). */
export function hasForbiddenXmlCharacter(text: string): boolean {
  return FORBIDDEN.test(text)
}

/** Whether `text` holds a UTF-16 code unit that is half of no pair. */
export function hasLoneSurrogate(text: string): boolean {
  return /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(text)
}

const ENTITIES: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
}

/** The texts of the `<text>` elements of a notification body, entity references resolved. */
export function textsOf(xml: string): string[] {
  return [...xml.matchAll(/<text(?:\s[^>]*)?>([^<]*)<\/text>/g)].map((match) =>
    (match[1] ?? '').replace(/&(#x?[0-9a-f]+|[a-z]+);/gi, (_, name: string) => {
      if (name.startsWith('#x') || name.startsWith('#X'))
        return String.fromCodePoint(Number.parseInt(name.slice(2), 16))
      if (name.startsWith('#')) return String.fromCodePoint(Number(name.slice(1)))
      return ENTITIES[name] ?? `&${name};`
    }),
  )
}
