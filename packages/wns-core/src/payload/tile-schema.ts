import { z } from 'zod'
import { adaptiveGroupSchema, adaptiveImageSchema, adaptiveTextSchema } from './adaptive-content'
import { fieldError } from './format-issue'
import { ADAPTIVE_LIMITS, TOAST_LIMITS } from './limits'
import { integerBetween, requiredXmlString, strictObject, xmlString } from './schema-helpers'
import { TILE_TEMPLATES, type TileSpec } from './tile-spec'

const brandingSchema = z.enum(['none', 'logo', 'name', 'nameAndLogo'])
// Tiles document no length limit for `arguments`; the toast bound keeps payloads sane.
const argumentsString = xmlString.max(TOAST_LIMITS.maxArgumentsLength)

const placedImageSchema = strictObject({
  src: requiredXmlString,
  alt: xmlString.optional(),
  hintOverlay: integerBetween(0, ADAPTIVE_LIMITS.maxHintOverlay).optional(),
  hintCrop: z.enum(['none', 'circle']).optional(),
})

const bindingSchema = strictObject({
  template: z.enum(TILE_TEMPLATES),
  branding: brandingSchema.optional(),
  displayName: xmlString.optional(),
  hintTextStacking: z.enum(['top', 'center', 'bottom']).optional(),
  arguments: argumentsString.optional(),
  backgroundImage: placedImageSchema.optional(),
  peekImage: placedImageSchema.optional(),
  children: z
    .array(z.union([xmlString, adaptiveTextSchema, adaptiveImageSchema, adaptiveGroupSchema]))
    .optional(),
})

/**
 * The tile schema, built once at module load.
 * @internal
 */
export const tileSchema = strictObject({
  branding: brandingSchema.optional(),
  displayName: xmlString.optional(),
  arguments: argumentsString.optional(),
  bindings: z.array(bindingSchema).min(1).max(ADAPTIVE_LIMITS.maxTileBindings),
})

/**
 * Cross-field rule of a tile whose shape the schema accepted: one binding per size.
 * @throws {WnsError} `INVALID_PAYLOAD` naming the repeated binding's `template`.
 * @internal
 */
export function checkTileRules(tile: TileSpec): void {
  const seen = new Map<string, number>()
  tile.bindings.forEach((binding, index) => {
    const earlier = seen.get(binding.template)
    if (earlier !== undefined)
      throw fieldError(
        'tile',
        ['bindings', index, 'template'],
        `'${binding.template}' is already the template of bindings[${earlier}]; a tile payload carries at most one binding per size`,
      )
    seen.set(binding.template, index)
  })
}
