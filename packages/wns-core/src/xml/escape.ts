import { assertXmlCharacters } from './xml-characters'

// One test per value decides the common case: nothing to escape and nothing forbidden. Only
// values that match look closer (surrogates are usually valid pairs: emoji).
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters must be caught
const TEXT_ATTENTION = /[\u0000-\u0008\u000B\u000C\u000E-\u001F&<>"'\r\uD800-\uDFFF\uFFFE\uFFFF]/
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters must be caught
const ATTRIBUTE_ATTENTION = /[\u0000-\u001F&<>"'\uD800-\uDFFF\uFFFE\uFFFF]/

/**
 * Thrown by the writer's escaping when a value holds a character XML 1.0 forbids. The builders
 * catch it and report the offending field's path; the writer itself does not track paths, which
 * keeps the common (valid) case fast.
 * @internal
 */
export class ForbiddenXmlCharacterError extends Error {
  constructor() {
    super('value contains a character XML 1.0 does not allow')
    this.name = 'ForbiddenXmlCharacterError'
  }
}

/**
 * Escapes element content for the writer: `& < > " '` as entity references and CR as `&#13;`
 * (a parser would otherwise read a literal CR as LF).
 * @throws {ForbiddenXmlCharacterError} when `value` holds a character XML 1.0 forbids.
 * @internal
 */
export function writeXmlText(value: string): string {
  return TEXT_ATTENTION.test(value) ? escapeSlowly(value, false) : value
}

/**
 * Escapes an attribute value for the writer: as {@link writeXmlText}, plus tab and LF as
 * character references, which attribute-value normalisation would otherwise turn into spaces.
 * @throws {ForbiddenXmlCharacterError} when `value` holds a character XML 1.0 forbids.
 * @internal
 */
export function writeXmlAttribute(value: string): string {
  return ATTRIBUTE_ATTENTION.test(value) ? escapeSlowly(value, true) : value
}

// One pass that escapes and checks together: for the short values notifications hold, this loop
// measured about twice as fast as a replace() callback after a second regular expression.
function escapeSlowly(value: string, inAttribute: boolean): string {
  let out = ''
  let copiedUpTo = 0
  for (let index = 0; index < value.length; index++) {
    const unit = value.charCodeAt(index)
    if (unit > 0x3e && unit < 0xd800) continue // letters and most text: nothing to do
    let reference: string
    if (unit === 0x26) reference = '&amp;'
    else if (unit === 0x3c) reference = '&lt;'
    else if (unit === 0x3e) reference = '&gt;'
    else if (unit === 0x22) reference = '&quot;'
    else if (unit === 0x27) reference = '&apos;'
    else if (unit === 0x0d) reference = '&#13;'
    else if (unit === 0x0a) {
      if (!inAttribute) continue
      reference = '&#10;'
    } else if (unit === 0x09) {
      if (!inAttribute) continue
      reference = '&#9;'
    } else if (unit < 0x20 || unit === 0xfffe || unit === 0xffff) {
      throw new ForbiddenXmlCharacterError()
    } else if (unit >= 0xd800 && unit <= 0xdfff) {
      const next = value.charCodeAt(index + 1)
      if (unit > 0xdbff || !(next >= 0xdc00 && next <= 0xdfff))
        throw new ForbiddenXmlCharacterError()
      index++
      continue
    } else continue
    out += value.slice(copiedUpTo, index) + reference
    copiedUpTo = index + 1
  }
  return copiedUpTo === 0 ? value : out + value.slice(copiedUpTo)
}

/**
 * Escapes a string for use as XML element content: `& < > " '` become entity references and
 * `\r` becomes `&#13;` (a parser would otherwise read it as `\n`). Emoji, right-to-left text and
 * every other XML character pass through unchanged.
 *
 * @param value - The text to escape.
 * @param field - Names the value in the error message and in `error.field`.
 * @default field `'text'`
 * @throws {WnsError} `INVALID_PAYLOAD` when `value` contains a character XML 1.0 forbids (C0
 * controls other than tab, LF and CR; U+FFFE; U+FFFF; lone surrogates). Such characters are
 * rejected, never removed.
 * @example
 * escapeXmlText('Tom & Jerry <3') // 'Tom &amp; Jerry &lt;3'
 */
export function escapeXmlText(value: string, field = 'text'): string {
  assertXmlCharacters(value, field)
  return writeXmlText(value)
}

/**
 * Escapes a string for use inside a double- or single-quoted XML attribute value: `& < > " '`
 * become entity references, and tab, LF and CR become character references so that attribute
 * value normalisation does not turn them into spaces.
 *
 * @param value - The attribute value to escape.
 * @param field - Names the value in the error message and in `error.field`.
 * @default field `'attribute'`
 * @throws {WnsError} `INVALID_PAYLOAD` when `value` contains a character XML 1.0 forbids.
 * @example
 * escapeXmlAttribute('action=open&id=7') // 'action=open&amp;id=7'
 * escapeXmlAttribute('line 1\nline 2') // 'line 1&#10;line 2'
 */
export function escapeXmlAttribute(value: string, field = 'attribute'): string {
  assertXmlCharacters(value, field)
  return writeXmlAttribute(value)
}
