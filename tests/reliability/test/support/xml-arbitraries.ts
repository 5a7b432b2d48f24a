import type { XmlNotificationType } from '@homepot/wns-core'
import fc from 'fast-check'
import { anyUnicodeText } from './unicode-text'

const XML_PIECES = [
  '<toast>',
  '</toast>',
  '<tile>',
  '</tile>',
  '<badge value="1"/>',
  '<visual>',
  '</visual>',
  '<binding template="ToastGeneric">',
  '</binding>',
  '<text>',
  '</text>',
  '<!--',
  '-->',
  '<![CDATA[',
  ']]>',
  '<?xml version="1.0"?>',
  '<!DOCTYPE x [<!ENTITY a "b">]>',
  '&a;',
  '&amp;',
  '&#0;',
  '"',
  "'",
  '=',
  ' ',
]
const xmlSoup = fc
  .array(fc.oneof(fc.constantFrom(...XML_PIECES), anyUnicodeText), { maxLength: 12 })
  .map((parts) => parts.join(''))
const DOCUMENTS = {
  toast: (text: string) =>
    `<toast><visual><binding template="ToastGeneric"><text>${text}</text></binding></visual></toast>`,
  tile: (text: string) =>
    `<tile><visual><binding template="TileMedium"><text>${text}</text></binding></visual></tile>`,
  badge: (text: string) => `<badge value="${text}"/>`,
}
const type = fc.constantFrom<XmlNotificationType>('toast', 'tile', 'badge')
// Documents that are well-formed unless the text or a piece pushed into them breaks them.
const document = fc
  .tuple(type, anyUnicodeText, fc.option(fc.tuple(fc.constantFrom(...XML_PIECES), fc.nat())))
  .map(([kind, text, insert]) => {
    const xml = DOCUMENTS[kind](text.replace(/&/g, '&amp;').replace(/</g, '&lt;'))
    if (insert === null) return [kind, xml] as const
    const at = insert[1] % (xml.length + 1)
    return [kind, `${xml.slice(0, at)}${insert[0]}${xml.slice(at)}`] as const
  })
/**
 * A notification type and an XML text for it: tag soup made of XML pieces and any text, or a
 * well-formed document of that type unless its text or a piece pushed into it breaks it.
 */
export const xmlForType: fc.Arbitrary<readonly [XmlNotificationType, string]> = fc.oneof(
  fc.tuple(type, xmlSoup),
  document,
)
