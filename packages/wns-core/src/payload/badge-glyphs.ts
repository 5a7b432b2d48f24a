/**
 * The glyphs a badge can show instead of a number, exactly as WNS spells them.
 * @see https://learn.microsoft.com/windows/apps/design/shell/tiles-and-notifications/badges
 */
export const BADGE_GLYPHS = [
  'none',
  'activity',
  'alarm',
  'alert',
  'attention',
  'available',
  'away',
  'busy',
  'error',
  'newMessage',
  'paused',
  'playing',
  'unavailable',
] as const

/** One of {@link BADGE_GLYPHS}; `none` clears the badge. */
export type BadgeGlyph = (typeof BADGE_GLYPHS)[number]

const GLYPHS: ReadonlySet<string> = new Set(BADGE_GLYPHS)

/** Whether `value` is one of {@link BADGE_GLYPHS}. @internal */
export function isBadgeGlyph(value: string): value is BadgeGlyph {
  return GLYPHS.has(value)
}
