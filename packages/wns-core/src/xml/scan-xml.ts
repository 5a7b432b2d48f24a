import { formatCodePoint, isXmlCharacter } from './xml-characters'

/** The root element of a document: its name and its attributes, references decoded. @internal */
export interface XmlRoot {
  readonly name: string
  readonly attributes: ReadonlyMap<string, string>
}

/** @internal */
export type XmlScanResult =
  | { readonly ok: true; readonly root: XmlRoot }
  | { readonly ok: false; readonly reason: string }

const NAME = /[^\s/>=]+/y
const WHITESPACE = /[ \t\r\n]*/y
const REFERENCE = /&(?:(lt|gt|amp|apos|quot)|#([0-9]+)|#x([0-9a-fA-F]+));/y
const NAMED: Readonly<Record<string, string>> = {
  lt: '<',
  gt: '>',
  amp: '&',
  apos: "'",
  quot: '"',
}

/**
 * Completes fast-xml-parser's `XMLValidator` (which checks tags, names and attribute syntax) with
 * the well-formedness rules it lets through, and finds the root element:
 * exactly one root element and no text outside it; `&` only in `&lt; &gt; &amp; &apos; &quot;`
 * or character references naming XML characters (no DTD, so no other entity is defined);
 * no `<` in attribute values; no `]]>` in text; no `--` in comments; the XML declaration only
 * first; no DOCTYPE.
 *
 * Meant to run after `XMLValidator.validate(xml) === true`.
 * @internal
 */
export function scanXml(xml: string): XmlScanResult {
  const start = xml.charCodeAt(0) === 0xfeff ? 1 : 0
  let index = start
  let depth = 0
  let root: XmlRoot | undefined
  while (index < xml.length) {
    const open = xml.indexOf('<', index)
    const textEnd = open < 0 ? xml.length : open
    if (textEnd > index) {
      const problem =
        depth === 0
          ? /[^ \t\r\n]/.test(xml.slice(index, textEnd))
            ? `text outside the root element at offset ${index}`
            : undefined
          : checkText(xml.slice(index, textEnd), index)
      if (problem !== undefined) return fail(problem)
    }
    if (open < 0) break
    if (xml.startsWith('<!--', open)) {
      const close = xml.indexOf('-->', open + 4)
      if (close < 0) return fail(`unterminated comment at offset ${open}`)
      if (xml.indexOf('--', open + 4) < close)
        return fail(`'--' inside the comment at offset ${open}`)
      index = close + 3
    } else if (xml.startsWith('<![CDATA[', open)) {
      if (depth === 0) return fail(`CDATA section outside the root element at offset ${open}`)
      const close = xml.indexOf(']]>', open + 9)
      if (close < 0) return fail(`unterminated CDATA section at offset ${open}`)
      index = close + 3
    } else if (xml.startsWith('<?', open)) {
      const close = xml.indexOf('?>', open + 2)
      if (close < 0) return fail(`unterminated processing instruction at offset ${open}`)
      const target = /^[^\s?]*/.exec(xml.slice(open + 2, close))?.[0] ?? ''
      if (target.toLowerCase() === 'xml' && (open !== start || target !== 'xml'))
        return fail(`the XML declaration must come first, at offset ${open}`)
      index = close + 2
    } else if (xml.startsWith('<!', open)) {
      return fail(`DOCTYPE and other declarations are not allowed (offset ${open})`)
    } else if (xml.charCodeAt(open + 1) === 0x2f) {
      const close = xml.indexOf('>', open)
      if (close < 0) return fail(`unterminated end tag at offset ${open}`)
      depth--
      index = close + 1
    } else {
      const tag = readStartTag(xml, open)
      if (typeof tag === 'string') return fail(tag)
      if (depth === 0) {
        if (root !== undefined)
          return fail(`a second root element <${tag.name}> at offset ${open}; XML allows one`)
        root = { name: tag.name, attributes: tag.attributes }
      }
      if (!tag.selfClosing) depth++
      index = tag.end
    }
  }
  return root === undefined ? fail('there is no root element') : { ok: true, root }
}

function fail(reason: string): XmlScanResult {
  return { ok: false, reason }
}

interface StartTag {
  readonly name: string
  readonly attributes: Map<string, string>
  readonly selfClosing: boolean
  readonly end: number
}

function readStartTag(xml: string, open: number): StartTag | string {
  const name = matchAt(NAME, xml, open + 1)
  if (name === undefined) return `missing element name at offset ${open}`
  const attributes = new Map<string, string>()
  let index = open + 1 + name.length
  for (;;) {
    index += matchAt(WHITESPACE, xml, index)?.length ?? 0
    if (xml.startsWith('>', index)) return { name, attributes, selfClosing: false, end: index + 1 }
    if (xml.startsWith('/>', index)) return { name, attributes, selfClosing: true, end: index + 2 }
    const attribute = matchAt(NAME, xml, index)
    if (attribute === undefined) return `malformed start tag <${name}> at offset ${open}`
    index += attribute.length
    index += matchAt(WHITESPACE, xml, index)?.length ?? 0
    if (!xml.startsWith('=', index)) return `attribute ${attribute} of <${name}> has no value`
    index += 1
    index += matchAt(WHITESPACE, xml, index)?.length ?? 0
    const quote = xml[index]
    const close = quote === '"' || quote === "'" ? xml.indexOf(quote, index + 1) : -1
    if (close < 0) return `attribute ${attribute} of <${name}> is not quoted`
    const value = xml.slice(index + 1, close)
    if (value.includes('<')) return `'<' in the value of attribute ${attribute} of <${name}>`
    const problem = checkReferences(value, index + 1)
    if (problem !== undefined) return `${problem} in attribute ${attribute} of <${name}>`
    attributes.set(attribute, decodeAttribute(value))
    index = close + 1
  }
}

function checkText(text: string, offset: number): string | undefined {
  const cdataEnd = text.indexOf(']]>')
  if (cdataEnd >= 0) return `']]>' in text at offset ${offset + cdataEnd} (escape '>' as &gt;)`
  return checkReferences(text, offset)
}

function checkReferences(text: string, offset: number): string | undefined {
  for (let at = text.indexOf('&'); at >= 0; at = text.indexOf('&', at + 1)) {
    REFERENCE.lastIndex = at
    const match = REFERENCE.exec(text)
    if (match === null) {
      const word = /^&[^\s;&<]*;?/.exec(text.slice(at))?.[0] ?? '&'
      return word.endsWith(';') && word.length > 2
        ? `undefined entity ${word} at offset ${offset + at} (only &lt; &gt; &amp; &apos; &quot; and character references are defined)`
        : `'&' at offset ${offset + at} does not start a reference (write it as &amp;)`
    }
    const digits = match[2] ?? match[3]
    if (digits !== undefined) {
      const codePoint = Number.parseInt(digits, match[2] === undefined ? 16 : 10)
      if (!isXmlCharacter(codePoint))
        return `character reference ${match[0]} at offset ${offset + at} names ${codePoint > 0x10ffff ? 'no character' : formatCodePoint(codePoint)}, which XML 1.0 does not allow`
    }
  }
  return undefined
}

function decodeAttribute(value: string): string {
  // Attribute-value normalisation: literal line ends and tabs become spaces, references decode.
  return value
    .replace(/\r\n?|[\n\t]/g, ' ')
    .replace(/&(?:(lt|gt|amp|apos|quot)|#([0-9]+)|#x([0-9a-fA-F]+));/g, (_, named, decimal, hex) =>
      named !== undefined
        ? (NAMED[named] ?? '')
        : String.fromCodePoint(Number.parseInt(decimal ?? hex, decimal === undefined ? 16 : 10)),
    )
}

function matchAt(pattern: RegExp, text: string, index: number): string | undefined {
  pattern.lastIndex = index
  return pattern.exec(text)?.[0] || undefined
}
