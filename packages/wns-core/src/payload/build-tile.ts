import { type BuildOptions, createNotification } from '../notification/create-notification'
import type { WnsNotification } from '../notification/notification'
import { attribute, numberAttribute } from '../xml/xml-writer'
import { checkTileRules, tileSchema } from './tile-schema'
import type { TileBindingSpec, TilePlacedImageSpec, TileSpec } from './tile-spec'
import { validateSpec } from './validate-spec'
import { writeAdaptiveChild, writeAdaptiveGroup } from './write-adaptive'
import { writeChecked } from './write-checked'

/**
 * Builds an adaptive live tile update (`wns/tile`, `text/xml`) with one binding per tile size.
 *
 * @param spec - The bindings (1 to 4, one per size) and the visual's branding and display name.
 * @param options - `maxPayloadBytes` (default `WNS_MAX_PAYLOAD_BYTES`, 5000 UTF-8 bytes).
 * @returns An immutable {@link WnsNotification}.
 * @throws {WnsError} `INVALID_PAYLOAD` when the spec is invalid, naming the path
 * (e.g. `tile.bindings[1].template`).
 * @throws {WnsError} `PAYLOAD_TOO_LARGE` when the XML is over `maxPayloadBytes`.
 * @see https://learn.microsoft.com/windows/apps/design/shell/tiles-and-notifications/create-adaptive-tiles
 * @example
 * tile({
 *   displayName: 'HOMEPOT',
 *   bindings: [
 *     { template: 'TileMedium', children: ['Living room', { text: '21 °C', hintStyle: 'title' }] },
 *     { template: 'TileWide', backgroundImage: { src: 'https://example.com/room.jpg', hintOverlay: 40 } },
 *   ],
 * })
 */
export function tile(spec: TileSpec, options?: BuildOptions): WnsNotification {
  validateSpec(tileSchema, spec, 'tile')
  checkTileRules(spec)
  return createNotification('tile', writeChecked('tile', spec, writeTile), options)
}

function writeTile(spec: TileSpec): string {
  let xml = `<tile><visual${attribute('branding', spec.branding)}${attribute('displayName', spec.displayName)}${attribute('arguments', spec.arguments)}>`
  for (const binding of spec.bindings) xml += writeBinding(binding)
  return `${xml}</visual></tile>`
}

function writeBinding(binding: TileBindingSpec): string {
  let xml = `<binding template="${binding.template}"${attribute('branding', binding.branding)}${attribute('displayName', binding.displayName)}${attribute('hint-textStacking', binding.hintTextStacking)}${attribute('arguments', binding.arguments)}>`
  if (binding.backgroundImage !== undefined)
    xml += writePlacedImage(binding.backgroundImage, 'background')
  if (binding.peekImage !== undefined) xml += writePlacedImage(binding.peekImage, 'peek')
  for (const child of binding.children ?? [])
    xml +=
      typeof child !== 'string' && 'subgroups' in child
        ? writeAdaptiveGroup(child)
        : writeAdaptiveChild(child)
  return `${xml}</binding>`
}

function writePlacedImage(image: TilePlacedImageSpec, placement: 'background' | 'peek'): string {
  return `<image placement="${placement}"${attribute('src', image.src)}${attribute('alt', image.alt)}${numberAttribute('hint-overlay', image.hintOverlay)}${attribute('hint-crop', image.hintCrop)}/>`
}
