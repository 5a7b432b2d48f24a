import type { AdaptiveGroupSpec, AdaptiveImageSpec, AdaptiveTextSpec } from './adaptive-content'

/** Tile sizes, as binding templates. A payload carries at most one binding per size. */
export const TILE_TEMPLATES = ['TileSmall', 'TileMedium', 'TileWide', 'TileLarge'] as const

/** One of {@link TILE_TEMPLATES}. */
export type TileTemplate = (typeof TILE_TEMPLATES)[number]

/** `branding`: what the tile shows at its foot besides the content. */
export type TileBranding = 'none' | 'logo' | 'name' | 'nameAndLogo'

/** `<image placement="background">` or `<image placement="peek">` of a tile binding. */
export interface TilePlacedImageSpec {
  /** `src`: image URI. */
  readonly src: string
  /** `alt`: description for screen readers. */
  readonly alt?: string
  /** `hint-overlay`: black overlay over the image, 0 to 100 percent. */
  readonly hintOverlay?: number
  /** `hint-crop`: `circle` crops to a circle. @default 'none' */
  readonly hintCrop?: 'none' | 'circle'
}

/** What a tile binding holds, top to bottom: texts (a string is a plain text), images, groups. */
export type TileChildSpec = string | AdaptiveTextSpec | AdaptiveImageSpec | AdaptiveGroupSpec

/** A `<binding>`: the content for one tile size. */
export interface TileBindingSpec {
  /** `template`: the tile size this content is for. */
  readonly template: TileTemplate
  /** `branding` for this size only. */
  readonly branding?: TileBranding
  /** `displayName` for this size only. */
  readonly displayName?: string
  /** `hint-textStacking`: vertical alignment of the content. @default 'top' */
  readonly hintTextStacking?: 'top' | 'center' | 'bottom'
  /** `arguments` passed to the app when the tile is clicked while showing this binding. */
  readonly arguments?: string
  /** A full-bleed image behind the content. */
  readonly backgroundImage?: TilePlacedImageSpec
  /** An image that slides in from the top of the tile. */
  readonly peekImage?: TilePlacedImageSpec
  /** Texts, inline images and groups, in order. */
  readonly children?: readonly TileChildSpec[]
}

/**
 * An adaptive live tile update: one binding per tile size. Fields map one to one to the tile
 * XML schema.
 * @see https://learn.microsoft.com/windows/apps/design/shell/tiles-and-notifications/tile-schema
 * @example
 * const spec: TileSpec = {
 *   branding: 'name',
 *   bindings: [{ template: 'TileMedium', children: ['Living room', { text: '21 °C', hintStyle: 'title' }] }],
 * }
 */
export interface TileSpec {
  /** `branding` of every binding that does not set its own. */
  readonly branding?: TileBranding
  /** `displayName` of every binding that does not set its own. */
  readonly displayName?: string
  /** `arguments` passed to the app when the tile is clicked. */
  readonly arguments?: string
  /** One to four bindings, at most one per {@link TileTemplate}. */
  readonly bindings: readonly TileBindingSpec[]
}
