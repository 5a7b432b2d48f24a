import { XMLValidator } from 'fast-xml-parser'
import { BADGE_GLYPHS, isBadgeGlyph } from '../payload/badge-glyphs'
import { scanXml } from './scan-xml'
import { describeForbiddenXmlCharacter } from './xml-characters'

/** What {@link validateNotificationXml} found: valid, or the first reason it is not. */
export type NotificationXmlValidation =
  | { readonly valid: true }
  | { readonly valid: false; readonly reason: string }

/** The notification types whose body is XML. */
export type XmlNotificationType = 'toast' | 'tile' | 'badge'

const VALID: NotificationXmlValidation = Object.freeze({ valid: true })
const BADGE_COUNT = /^[0-9]+$/

/**
 * Checks an XML notification body the way WNS would before accepting it: well-formed XML 1.0
 * (fast-xml-parser's `XMLValidator`, completed with the rules it lets through: a single root
 * element, defined entities only, no `<` in attribute values, no forbidden characters, no
 * DOCTYPE), a root element named after `type` (`<toast>`, `<tile>` or `<badge>`), and for badges
 * a `value` attribute that is a non-negative integer or one of {@link BADGE_GLYPHS}.
 *
 * Never throws; cheap enough to run on every request (the fake WNS server answers 400 when it
 * returns `valid: false`). Schema details below the root (known elements, attribute values) are
 * not checked: WNS does not check them either.
 *
 * @param type - The `X-WNS-Type` the body is sent as, without `wns/`.
 * @param xml - The body.
 * @returns `{ valid: true }`, or `{ valid: false, reason }` with a human-readable reason.
 * @example
 * validateNotificationXml('badge', '<badge value="7"/>') // { valid: true }
 * validateNotificationXml('toast', '<tile/>') // { valid: false, reason: 'the root element is <tile>; …' }
 */
export function validateNotificationXml(
  type: XmlNotificationType,
  xml: string,
): NotificationXmlValidation {
  if (type !== 'toast' && type !== 'tile' && type !== 'badge')
    return invalid(`type must be 'toast', 'tile' or 'badge', not ${JSON.stringify(type)}`)
  if (typeof xml !== 'string') return invalid('the body must be a string')
  const forbidden = describeForbiddenXmlCharacter(xml)
  if (forbidden !== undefined) return invalid(`the document ${forbidden}`)
  const checked = XMLValidator.validate(xml)
  if (checked !== true) {
    const { msg, line, col } = checked.err
    return invalid(`not well-formed XML: ${msg} (line ${line}, column ${col})`)
  }
  const scan = scanXml(xml)
  if (!scan.ok) return invalid(`not well-formed XML: ${scan.reason}`)
  const { root } = scan
  if (root.name !== type)
    return invalid(`the root element is <${root.name}>; a wns/${type} body must have <${type}>`)
  if (type === 'badge') {
    const value = root.attributes.get('value')
    if (value === undefined) return invalid('<badge> has no value attribute')
    if (!BADGE_COUNT.test(value) && !isBadgeGlyph(value))
      return invalid(
        `<badge value="${value}"> is neither a non-negative integer nor a known glyph (${BADGE_GLYPHS.join(', ')})`,
      )
  }
  return VALID
}

function invalid(reason: string): NotificationXmlValidation {
  return { valid: false, reason }
}
