import { z } from 'zod'
import { type BuildOptions, createNotification } from '../notification/create-notification'
import type { WnsNotification } from '../notification/notification'
import { BADGE_GLYPHS, type BadgeGlyph } from './badge-glyphs'
import { validateSpec } from './validate-spec'

// A count is any non-negative safe integer: 0 clears the badge and Windows shows 99+ above 99.
const countSchema = z.int().min(0)
const glyphSchema = z.enum(BADGE_GLYPHS)

/**
 * Builds a badge update (`wns/badge`, `text/xml`): `<badge value="7"/>`.
 *
 * @param value - A count (an integer from 0; 0 clears the badge, Windows shows 99+ above 99) or
 * one of {@link BADGE_GLYPHS}.
 * @param options - `maxPayloadBytes` (default `WNS_MAX_PAYLOAD_BYTES`).
 * @returns An immutable {@link WnsNotification}.
 * @throws {WnsError} `INVALID_PAYLOAD` (field `badge`) for a negative or fractional number,
 * `NaN`, an unknown glyph or any other type.
 * @see https://learn.microsoft.com/windows/apps/design/shell/tiles-and-notifications/badges
 * @example
 * badge(7) // <badge value="7"/>
 * badge('newMessage') // <badge value="newMessage"/>
 */
export function badge(value: number | BadgeGlyph, options?: BuildOptions): WnsNotification {
  validateSpec(typeof value === 'number' ? countSchema : glyphSchema, value, 'badge')
  return createNotification('badge', `<badge value="${value}"/>`, options)
}
