import { z } from 'zod'
import { ADAPTIVE_LIMITS } from './limits'
import { integerBetween, requiredXmlString, strictObject, xmlString } from './schema-helpers'

/** Text styles adaptive `text` accepts in `hint-style`. */
export const ADAPTIVE_TEXT_STYLES = [
  'caption',
  'captionSubtle',
  'body',
  'bodySubtle',
  'base',
  'baseSubtle',
  'subtitle',
  'subtitleSubtle',
  'title',
  'titleSubtle',
  'titleNumeral',
  'subheader',
  'subheaderSubtle',
  'subheaderNumeral',
  'header',
  'headerSubtle',
  'headerNumeral',
] as const

/** A `hint-style` value: the size and weight of a text. */
export type AdaptiveTextStyle = (typeof ADAPTIVE_TEXT_STYLES)[number]

/**
 * An adaptive `<text>` element (in tiles, groups and subgroups).
 * @see https://learn.microsoft.com/windows/apps/design/shell/tiles-and-notifications/tile-schema
 */
export interface AdaptiveTextSpec {
  /** The text shown. */
  readonly text: string
  /** `hint-style`: size and weight. */
  readonly hintStyle?: AdaptiveTextStyle
  /** `hint-wrap`: whether the text wraps. @default false */
  readonly hintWrap?: boolean
  /** `hint-maxLines`: most lines shown (1 or more). */
  readonly hintMaxLines?: number
  /** `hint-minLines`: fewest lines reserved (1 or more, at most `hintMaxLines`). */
  readonly hintMinLines?: number
  /** `hint-align`: horizontal alignment. @default 'auto' */
  readonly hintAlign?: 'auto' | 'left' | 'center' | 'right'
}

/** An adaptive `<image>` shown inline (in toasts, tiles, groups and subgroups). */
export interface AdaptiveImageSpec {
  /** `src`: `https://`, `ms-appx:///` or `ms-appdata:///` URI of the image. */
  readonly src: string
  /** `alt`: description for screen readers. */
  readonly alt?: string
  /** `hint-crop`: `circle` crops to a circle. @default 'none' */
  readonly hintCrop?: 'none' | 'circle'
  /** `hint-removeMargin`: drop the default 8px margin. @default false */
  readonly hintRemoveMargin?: boolean
  /** `hint-align`: horizontal alignment. @default 'stretch' */
  readonly hintAlign?: 'stretch' | 'left' | 'center' | 'right'
}

/** What a subgroup column holds: texts (a string is a plain text) and images, in order. */
export type AdaptiveSubgroupChild = string | AdaptiveTextSpec | AdaptiveImageSpec

/** A `<subgroup>`: one column of a group. */
export interface AdaptiveSubgroupSpec {
  /** Texts and images, top to bottom. */
  readonly children?: readonly AdaptiveSubgroupChild[]
  /** `hint-weight`: relative column width, an integer from 1 to 100. */
  readonly hintWeight?: number
  /** `hint-textStacking`: vertical alignment of the column's content. @default 'top' */
  readonly hintTextStacking?: 'top' | 'center' | 'bottom'
}

/** A `<group>`: content shown whole or not at all, laid out in subgroup columns. */
export interface AdaptiveGroupSpec {
  /** The columns, left to right (at least one). */
  readonly subgroups: readonly AdaptiveSubgroupSpec[]
}

/** Schema of {@link AdaptiveTextSpec}, built once. @internal */
export const adaptiveTextSchema = strictObject({
  text: xmlString,
  hintStyle: z.enum(ADAPTIVE_TEXT_STYLES).optional(),
  hintWrap: z.boolean().optional(),
  hintMaxLines: z.int().min(1).optional(),
  hintMinLines: z.int().min(1).optional(),
  hintAlign: z.enum(['auto', 'left', 'center', 'right']).optional(),
}).superRefine((text, context) => {
  if (
    text.hintMinLines !== undefined &&
    text.hintMaxLines !== undefined &&
    text.hintMinLines > text.hintMaxLines
  ) {
    context.addIssue({
      code: 'custom',
      path: ['hintMinLines'],
      message: `must be at most hintMaxLines (${text.hintMaxLines})`,
    })
  }
})

/** Schema of {@link AdaptiveImageSpec}, built once. @internal */
export const adaptiveImageSchema = strictObject({
  src: requiredXmlString,
  alt: xmlString.optional(),
  hintCrop: z.enum(['none', 'circle']).optional(),
  hintRemoveMargin: z.boolean().optional(),
  hintAlign: z.enum(['stretch', 'left', 'center', 'right']).optional(),
})

const subgroupSchema = strictObject({
  children: z.array(z.union([xmlString, adaptiveTextSchema, adaptiveImageSchema])).optional(),
  hintWeight: integerBetween(
    ADAPTIVE_LIMITS.minHintWeight,
    ADAPTIVE_LIMITS.maxHintWeight,
  ).optional(),
  hintTextStacking: z.enum(['top', 'center', 'bottom']).optional(),
})

/** Schema of {@link AdaptiveGroupSpec}, built once. @internal */
export const adaptiveGroupSchema = strictObject({
  subgroups: z.array(subgroupSchema).min(1),
})
