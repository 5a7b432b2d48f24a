import { describe, expect, it } from 'vitest'
import * as core from '../index'

describe('payload builders in the public API', () => {
  it('export the build* aliases as the very same functions', () => {
    expect(core.buildToast).toBe(core.toast)
    expect(core.buildTile).toBe(core.tile)
    expect(core.buildBadge).toBe(core.badge)
    expect(core.buildRaw).toBe(core.raw)
    expect(core.buildFromXml).toBe(core.fromXml)
  })

  it('export the escaping helpers, the XML validator and the limit tables', () => {
    expect(core.escapeXmlText('a<b')).toBe('a&lt;b')
    expect(core.escapeXmlAttribute('a\nb')).toBe('a&#10;b')
    expect(core.validateNotificationXml('badge', '<badge value="1"/>')).toEqual({ valid: true })
    expect(core.TOAST_LIMITS).toMatchObject({ maxTexts: 3, maxActions: 5, maxInputs: 5 })
    expect(core.BADGE_GLYPHS).toContain('newMessage')
    expect(core.TILE_TEMPLATES).toEqual(['TileSmall', 'TileMedium', 'TileWide', 'TileLarge'])
  })

  it('build what the simplest call promises', () => {
    expect(core.toast({ text: ['Title', 'Body'], launch: 'action=open&id=7' }).body).toBe(
      '<toast launch="action=open&amp;id=7"><visual><binding template="ToastGeneric"><text>Title</text><text>Body</text></binding></visual></toast>',
    )
  })
})
