import { writeXmlText } from '../xml/escape'
import { attribute, booleanAttribute, numberAttribute } from '../xml/xml-writer'
import type {
  AdaptiveGroupSpec,
  AdaptiveImageSpec,
  AdaptiveSubgroupChild,
  AdaptiveTextSpec,
} from './adaptive-content'

/** `<text …>…</text>` for a plain string or an {@link AdaptiveTextSpec}. @internal */
export function writeAdaptiveText(text: string | AdaptiveTextSpec): string {
  if (typeof text === 'string') return `<text>${writeXmlText(text)}</text>`
  return `<text${attribute('hint-style', text.hintStyle)}${booleanAttribute('hint-wrap', text.hintWrap)}${numberAttribute('hint-maxLines', text.hintMaxLines)}${numberAttribute('hint-minLines', text.hintMinLines)}${attribute('hint-align', text.hintAlign)}>${writeXmlText(text.text)}</text>`
}

/** `<image …/>`, with an optional `placement` first. @internal */
export function writeAdaptiveImage(image: AdaptiveImageSpec, placement?: string): string {
  return `<image${attribute('placement', placement)}${attribute('src', image.src)}${attribute('alt', image.alt)}${attribute('hint-crop', image.hintCrop)}${booleanAttribute('hint-removeMargin', image.hintRemoveMargin)}${attribute('hint-align', image.hintAlign)}/>`
}

/** A text or an image, told apart by `src`. @internal */
export function writeAdaptiveChild(child: AdaptiveSubgroupChild): string {
  return typeof child !== 'string' && 'src' in child
    ? writeAdaptiveImage(child)
    : writeAdaptiveText(child)
}

/** `<group><subgroup …>…</subgroup>…</group>`. @internal */
export function writeAdaptiveGroup(group: AdaptiveGroupSpec): string {
  let xml = '<group>'
  for (const subgroup of group.subgroups) {
    xml += `<subgroup${numberAttribute('hint-weight', subgroup.hintWeight)}${attribute('hint-textStacking', subgroup.hintTextStacking)}>`
    for (const child of subgroup.children ?? []) xml += writeAdaptiveChild(child)
    xml += '</subgroup>'
  }
  return `${xml}</group>`
}
