import { WnsError } from '../errors/wns-error'

// XML 1.0 (5th ed.) production [2] Char: #x9 | #xA | #xD | [#x20-#xD7FF] | [#xE000-#xFFFD] |
// [#x10000-#x10FFFF]. Everything else — C0 controls other than tab/LF/CR, U+FFFE, U+FFFF and
// UTF-16 surrogates that are not part of a pair — makes a document not well-formed.
const FORBIDDEN =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/

/**
 * Index of the first character XML 1.0 does not allow in `value`, or -1 when there is none.
 * @internal
 */
export function findForbiddenXmlCharacter(value: string): number {
  return value.search(FORBIDDEN)
}

/**
 * Whether a Unicode code point may appear in an XML 1.0 document (also as a character reference).
 * @internal
 */
export function isXmlCharacter(codePoint: number): boolean {
  return (
    codePoint === 0x9 ||
    codePoint === 0xa ||
    codePoint === 0xd ||
    (codePoint >= 0x20 && codePoint <= 0xd7ff) ||
    (codePoint >= 0xe000 && codePoint <= 0xfffd) ||
    (codePoint >= 0x10000 && codePoint <= 0x10ffff)
  )
}

/**
 * Describes the first forbidden character of `value`, e.g. `contains U+0001 at index 3, which
 * XML 1.0 does not allow`, or returns `undefined` when `value` is clean.
 * @internal
 */
export function describeForbiddenXmlCharacter(value: string): string | undefined {
  const index = findForbiddenXmlCharacter(value)
  if (index < 0) return undefined
  const unit = value.charCodeAt(index)
  const kind = unit >= 0xd800 && unit <= 0xdfff ? 'a lone surrogate ' : ''
  return `contains ${kind}${formatCodePoint(unit)} at index ${index}, which XML 1.0 does not allow`
}

/**
 * Throws `INVALID_PAYLOAD` naming `field` when `value` holds a character XML 1.0 forbids.
 * Such characters are refused rather than dropped: silently changing a payload hides bugs.
 * @internal
 */
export function assertXmlCharacters(value: string, field: string): void {
  if (typeof value !== 'string') {
    throw new WnsError('INVALID_PAYLOAD', {
      message: `${field} must be a string, not ${value === null ? 'null' : typeof value}`,
      field,
    })
  }
  const problem = describeForbiddenXmlCharacter(value)
  if (problem !== undefined) {
    throw new WnsError('INVALID_PAYLOAD', { message: `${field} ${problem}`, field })
  }
}

/** `U+0001` style name of a code unit or code point. @internal */
export function formatCodePoint(codePoint: number): string {
  return `U+${codePoint.toString(16).toUpperCase().padStart(4, '0')}`
}
