import { describe, expect, it } from 'vitest'
import { escapeXmlAttribute, escapeXmlText } from './escape'

describe('escapeXmlText', () => {
  it('escapes the five markup characters', () => {
    expect(escapeXmlText(`<a href="x">Tom & 'Jerry'</a>`)).toBe(
      '&lt;a href=&quot;x&quot;&gt;Tom &amp; &apos;Jerry&apos;&lt;/a&gt;',
    )
  })

  it('writes CR as a character reference and keeps tab and LF, which text preserves', () => {
    expect(escapeXmlText('a\r\nb\tc')).toBe('a&#13;\nb\tc')
  })

  it('returns text without special characters unchanged, emoji and RTL included', () => {
    for (const text of ['plain', '', '🎉👨‍👩‍👧 ok', 'مرحبا', 'שלום', '𝄞 music', '\u{10FFFD}'])
      expect(escapeXmlText(text)).toBe(text)
  })

  it('escapes text that could close a CDATA section or an element', () => {
    expect(escapeXmlText(']]></text><text>')).toBe(']]&gt;&lt;/text&gt;&lt;text&gt;')
  })

  it.each([
    ['\u0000', 'U+0000'],
    ['\u0008', 'U+0008'],
    ['\u000B', 'U+000B'],
    ['\u001F', 'U+001F'],
    ['\uFFFE', 'U+FFFE'],
    ['\uFFFF', 'U+FFFF'],
    ['\uD83D', 'a lone surrogate U+D83D'],
    ['\uDE00', 'a lone surrogate U+DE00'],
  ])('refuses %j, naming the field and the character', (character, name) => {
    expect(() => escapeXmlText(`ab${character}`, 'toast.text[0]')).toThrowError(
      expect.objectContaining({
        code: 'INVALID_PAYLOAD',
        field: 'toast.text[0]',
        message: `toast.text[0] contains ${name} at index 2, which XML 1.0 does not allow`,
      }),
    )
  })

  it('refuses a value that is not a string', () => {
    expect(() => escapeXmlText(42 as unknown as string, 'toast.text[0]')).toThrowError(
      expect.objectContaining({
        code: 'INVALID_PAYLOAD',
        message: 'toast.text[0] must be a string, not number',
      }),
    )
  })

  it('names the field "text" when none is given', () => {
    expect(() => escapeXmlText('\u0001')).toThrowError(expect.objectContaining({ field: 'text' }))
  })
})

describe('escapeXmlAttribute', () => {
  it('escapes the five markup characters', () => {
    expect(escapeXmlAttribute(`a="1" & b<'2'>`)).toBe(
      'a=&quot;1&quot; &amp; b&lt;&apos;2&apos;&gt;',
    )
  })

  it('writes tab, LF and CR as character references so normalisation keeps them', () => {
    expect(escapeXmlAttribute('a\tb\nc\rd')).toBe('a&#9;b&#10;c&#13;d')
  })

  it('returns values without special characters unchanged', () => {
    expect(escapeXmlAttribute('action=open;id=7 🚀')).toBe('action=open;id=7 🚀')
  })

  it('refuses forbidden characters, naming the field', () => {
    expect(() => escapeXmlAttribute('x\u0002', 'toast.launch')).toThrowError(
      expect.objectContaining({ code: 'INVALID_PAYLOAD', field: 'toast.launch' }),
    )
    expect(() => escapeXmlAttribute('\uDBFF')).toThrowError(
      expect.objectContaining({ field: 'attribute' }),
    )
  })
})
