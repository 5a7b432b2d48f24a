import { describe, expect, it } from 'vitest'
import { validateNotificationXml, type XmlNotificationType } from './validate-notification-xml'

const TOAST =
  '<toast launch="a=1&amp;b=2"><visual><binding template="ToastGeneric"><text>Hi</text></binding></visual></toast>'

describe('validateNotificationXml', () => {
  it.each<[XmlNotificationType, string]>([
    ['toast', TOAST],
    ['toast', `<?xml version="1.0" encoding="utf-8"?>\n<!-- built by hand -->\n${TOAST}\n`],
    ['toast', `\ufeff${TOAST}`],
    [
      'toast',
      '<toast><visual><binding template="ToastGeneric"><text><![CDATA[a < b & c]]></text></binding></visual></toast>',
    ],
    ['toast', "<toast launch='x &#10; &#x1F600; &lt;'><?pi data?></toast>"],
    ['toast', '<?xml-stylesheet href="a.css"?><toast/>'],
    ['toast', '<toast ></toast >\r\n'],
    ['toast', `<toast a='x>y' b="it's"/>`],
    ['toast', '<toast><!-- <x> & --><?p a&b?><![CDATA[ & < ]]]></toast>'],
    ['tile', '<tile><visual><binding template="TileMedium"/></visual></tile>'],
    ['badge', '<badge value="0"/>'],
    ['badge', '<badge value="150"/>'],
    ['badge', '<badge value="newMessage"></badge>'],
    ['badge', '<badge version="1" value="&#55;"/>'],
  ])('accepts a well-formed %s document', (type, xml) => {
    expect(validateNotificationXml(type, xml)).toEqual({ valid: true })
  })

  it.each<[string, XmlNotificationType, string, RegExp]>([
    ['an empty body', 'toast', '', /not well-formed/],
    ['plain text', 'toast', 'hello', /not well-formed/],
    ['an unclosed element', 'toast', '<toast><visual></toast>', /not well-formed/],
    ['a bare ampersand in text', 'toast', '<toast>a & b</toast>', /not well-formed/],
    [
      'a bare ampersand in an attribute',
      'toast',
      '<toast launch="a&b"/>',
      /'&' at offset 16 does not start a reference/,
    ],
    ['an undefined entity', 'toast', '<toast>&nbsp;</toast>', /undefined entity &nbsp;/],
    [
      '< in an attribute value',
      'toast',
      '<toast launch="<"/>',
      /'<' in the value of attribute launch/,
    ],
    ['two root elements', 'toast', '<toast/><toast/>', /second root element <toast>/],
    ['text after the root', 'toast', '<toast/>x', /text outside the root element/],
    ['a control character', 'toast', '<toast>\u0001</toast>', /U\+0001 at index 7/],
    ['a lone surrogate', 'toast', '<toast>\ud800</toast>', /lone surrogate U\+D800/],
    [
      'a reference to a forbidden character',
      'toast',
      '<toast>&#1;</toast>',
      /&#1; .* names U\+0001/,
    ],
    ['a reference to a surrogate', 'toast', '<toast a="&#xD800;"/>', /names U\+D800/],
    ['a reference beyond Unicode', 'toast', '<toast>&#x110000;</toast>', /names no character/],
    [']]> in text', 'toast', '<toast>]]></toast>', /']]>' in text/],
    ['-- in a comment', 'toast', '<!-- a -- b --><toast/>', /'--' inside the comment/],
    [
      'a late XML declaration',
      'toast',
      '<!-- c --><?xml version="1.0"?><toast/>',
      /XML declaration/,
    ],
    ['an upper-case XML declaration', 'toast', '<?XML version="1.0"?><toast/>', /declaration/],
    ['a DOCTYPE', 'toast', '<!DOCTYPE toast [<!ENTITY x "y">]><toast>&x;</toast>', /DOCTYPE/],
    ['a repeated attribute', 'toast', '<toast a="1" a="2"/>', /repeated/],
    ['the wrong root', 'tile', TOAST, /root element is <toast>; a wns\/tile body must have <tile>/],
    ['a prefixed root', 'toast', '<x:toast xmlns:x="urn:x"/>', /root element is <x:toast>/],
    ['a root in another case', 'toast', '<Toast/>', /root element is <Toast>/],
    ['a badge without value', 'badge', '<badge/>', /no value attribute/],
    [
      'a negative badge',
      'badge',
      '<badge value="-1"/>',
      /neither a non-negative integer nor a known glyph/,
    ],
    ['a fractional badge', 'badge', '<badge value="1.5"/>', /neither/],
    ['a padded badge', 'badge', '<badge value=" 7"/>', /neither/],
    ['an unknown glyph', 'badge', '<badge value="NewMessage"/>', /neither/],
  ])('refuses %s', (_, type, xml, reason) => {
    const result = validateNotificationXml(type, xml)
    expect(result.valid).toBe(false)
    expect(result.valid === false && result.reason).toMatch(reason)
  })

  it('refuses a type that has no XML body', () => {
    expect(validateNotificationXml('raw' as XmlNotificationType, '<raw/>')).toEqual({
      valid: false,
      reason: `type must be 'toast', 'tile' or 'badge', not "raw"`,
    })
  })

  it('refuses a body that is not a string without throwing', () => {
    expect(validateNotificationXml('toast', 42 as unknown as string)).toEqual({
      valid: false,
      reason: 'the body must be a string',
    })
  })
})
