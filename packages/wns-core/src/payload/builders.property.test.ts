import fc from 'fast-check'
import { XMLParser } from 'fast-xml-parser'
import { describe, expect, it } from 'vitest'
import { validateNotificationXml } from '../xml/validate-notification-xml'
import type { AdaptiveImageSpec, AdaptiveSubgroupChild, AdaptiveTextSpec } from './adaptive-content'
import { tile } from './build-tile'
import { toast } from './build-toast'
import type { TileChildSpec, TileSpec } from './tile-spec'
import type { ToastSpec } from './toast-spec'

// Every built toast and tile is parsed back with fast-xml-parser and compared, as a tree, with
// the tree the spec describes: same elements in the same order, same attributes, same texts.
// A value that escaped its element or attribute would change the tree.

// biome-ignore lint/suspicious/noControlCharactersInRegex: these are the characters to drop
const FORBIDDEN_BMP = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g
const TRICKY = [
  '<',
  '>',
  '&',
  '"',
  "'",
  ']]>',
  '</text>',
  '<text>',
  '&amp;',
  '&#10;',
  '\r',
  '\n',
  '\t',
  ' ',
  '😀',
  'שלום',
  'مرحبا',
  '"/><action content="x',
  '<!--',
]

const text = fc
  .array(
    fc.oneof(
      fc.string({ unit: 'binary', maxLength: 8 }),
      fc.string({ unit: 'grapheme', maxLength: 4 }),
      fc.constantFrom(...TRICKY),
    ),
    { maxLength: 4 },
  )
  .map((parts) => parts.join('').replace(FORBIDDEN_BMP, ''))
const nonEmpty = text.map((value) => value || 'x')

interface Tree {
  readonly name: string
  readonly attributes: Readonly<Record<string, string>>
  readonly text: string
  readonly children: readonly Tree[]
}

const element = (
  name: string,
  attributes: Record<string, string | number | boolean | undefined> = {},
  children: readonly Tree[] = [],
  content = '',
): Tree => ({
  name,
  attributes: Object.fromEntries(
    Object.entries(attributes)
      .filter(([, value]) => value !== undefined)
      .map(([key, value]) => [key, String(value)]),
  ),
  text: content,
  children,
})

const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
  processEntities: true,
  htmlEntities: true,
})

type ParsedNode = Record<string, unknown>

function toTree(node: ParsedNode): Tree {
  const name = Object.keys(node).find((key) => key !== ':@') ?? ''
  const nodes = node[name] as ParsedNode[]
  return {
    name,
    attributes: (node[':@'] as Record<string, string> | undefined) ?? {},
    text: nodes.map((child) => (child['#text'] as string | undefined) ?? '').join(''),
    children: nodes.filter((child) => !('#text' in child)).map(toTree),
  }
}

function parse(xml: string): Tree {
  const nodes = parser.parse(xml) as ParsedNode[]
  expect(nodes).toHaveLength(1)
  return toTree(nodes[0] as ParsedNode)
}

const adaptiveText = (value: string | AdaptiveTextSpec): Tree =>
  typeof value === 'string'
    ? element('text', {}, [], value)
    : element(
        'text',
        { 'hint-style': value.hintStyle, 'hint-maxLines': value.hintMaxLines },
        [],
        value.text,
      )

const adaptiveImage = (image: AdaptiveImageSpec, placement?: string): Tree =>
  element('image', { placement, src: image.src, alt: image.alt })

const child = (value: AdaptiveSubgroupChild | TileChildSpec): Tree => {
  if (typeof value !== 'string' && 'subgroups' in value)
    return element(
      'group',
      {},
      value.subgroups.map((subgroup) =>
        element(
          'subgroup',
          { 'hint-weight': subgroup.hintWeight },
          (subgroup.children ?? []).map(child),
        ),
      ),
    )
  return typeof value !== 'string' && 'src' in value ? adaptiveImage(value) : adaptiveText(value)
}

const image = fc.record({ src: nonEmpty, alt: text }, { requiredKeys: ['src'] })
const adaptiveTextSpec = fc.record(
  {
    text,
    hintStyle: fc.constantFrom('caption', 'title', 'base'),
    hintMaxLines: fc.integer({ min: 1, max: 4 }),
  },
  { requiredKeys: ['text'] },
)
const subgroupChild = fc.oneof(text, adaptiveTextSpec, image)
const group = fc.record({
  subgroups: fc.array(
    fc.record(
      {
        hintWeight: fc.integer({ min: 1, max: 100 }),
        children: fc.array(subgroupChild, { maxLength: 3 }),
      },
      { requiredKeys: [] },
    ),
    { minLength: 1, maxLength: 2 },
  ),
})

const toastSpec: fc.Arbitrary<ToastSpec> = fc.record(
  {
    text: fc.array(
      fc.oneof(text, fc.record({ text, hintMaxLines: fc.integer({ min: 1, max: 3 }) })),
      {
        minLength: 1,
        maxLength: 3,
      },
    ),
    attribution: text,
    launch: text,
    heroImage: image,
    images: fc.array(image, { maxLength: 2 }),
    groups: fc.array(group, { maxLength: 1 }),
    progress: fc.record(
      {
        title: text,
        value: fc.oneof(
          fc.integer({ min: 0, max: 1000 }).map((permille) => permille / 1000),
          fc.constant('indeterminate' as const),
        ),
        valueStringOverride: text,
        status: text,
      },
      { requiredKeys: ['value', 'status'] },
    ),
    inputs: fc.uniqueArray(nonEmpty, { maxLength: 3 }).map((ids) =>
      ids.map((id, index) => ({
        type: 'text' as const,
        id,
        title: `t${index}`,
        placeHolderContent: id,
      })),
    ),
    actions: fc.array(
      fc.record(
        { content: text, arguments: text, hintToolTip: text },
        { requiredKeys: ['content', 'arguments'] },
      ),
      { maxLength: 5 },
    ),
    header: fc.record({ id: nonEmpty, title: nonEmpty, arguments: text }),
  },
  { requiredKeys: ['text'] },
)

function expectedToast(spec: ToastSpec): Tree {
  const binding = [
    ...spec.text.map((value) =>
      typeof value === 'string'
        ? element('text', {}, [], value)
        : element('text', { 'hint-maxLines': value.hintMaxLines }, [], value.text),
    ),
    ...(spec.attribution === undefined
      ? []
      : [element('text', { placement: 'attribution' }, [], spec.attribution)]),
    ...(spec.heroImage ? [adaptiveImage(spec.heroImage, 'hero')] : []),
    ...(spec.images ?? []).map((value) => adaptiveImage(value)),
    ...(spec.groups ?? []).map(child),
    ...(spec.progress
      ? [
          element('progress', {
            title: spec.progress.title,
            value: spec.progress.value,
            valueStringOverride: spec.progress.valueStringOverride,
            status: spec.progress.status,
          }),
        ]
      : []),
  ]
  const actions = [
    ...(spec.inputs ?? []).map((input) =>
      element('input', {
        id: input.id,
        type: input.type,
        title: input.title,
        placeHolderContent: input.type === 'text' ? input.placeHolderContent : undefined,
      }),
    ),
    ...(spec.actions ?? []).map((action) =>
      element('action', {
        content: action.content,
        arguments: action.arguments,
        'hint-toolTip': action.hintToolTip,
      }),
    ),
  ]
  return element('toast', { launch: spec.launch }, [
    element('visual', {}, [element('binding', { template: 'ToastGeneric' }, binding)]),
    ...(actions.length > 0 ? [element('actions', {}, actions)] : []),
    ...(spec.header ? [element('header', { ...spec.header })] : []),
  ])
}

const tileSpec: fc.Arbitrary<TileSpec> = fc.record(
  {
    displayName: text,
    arguments: text,
    bindings: fc
      .shuffledSubarray(['TileSmall', 'TileMedium', 'TileWide', 'TileLarge'] as const, {
        minLength: 1,
      })
      .chain((templates) =>
        fc.tuple(
          ...templates.map((template) =>
            fc.record(
              {
                template: fc.constant(template),
                displayName: text,
                backgroundImage: fc.record({
                  src: nonEmpty,
                  alt: text,
                  hintOverlay: fc.integer({ min: 0, max: 100 }),
                }),
                children: fc.array(fc.oneof(text, adaptiveTextSpec, image, group), {
                  maxLength: 4,
                }),
              },
              { requiredKeys: ['template'] },
            ),
          ),
        ),
      ),
  },
  { requiredKeys: ['bindings'] },
)

function expectedTile(spec: TileSpec): Tree {
  return element('tile', {}, [
    element(
      'visual',
      { displayName: spec.displayName, arguments: spec.arguments },
      spec.bindings.map((binding) =>
        element('binding', { template: binding.template, displayName: binding.displayName }, [
          ...(binding.backgroundImage
            ? [
                element('image', {
                  placement: 'background',
                  src: binding.backgroundImage.src,
                  alt: binding.backgroundImage.alt,
                  'hint-overlay': binding.backgroundImage.hintOverlay,
                }),
              ]
            : []),
          ...(binding.children ?? []).map(child),
        ]),
      ),
    ),
  ])
}

const FORBIDDEN_UNIT = fc.oneof(
  fc.integer({ min: 0, max: 0x1f }).filter((unit) => unit !== 0x9 && unit !== 0xa && unit !== 0xd),
  fc.constantFrom(0xfffe, 0xffff),
  fc.integer({ min: 0xd800, max: 0xdfff }),
)

/** Inserts one forbidden code unit into a string at a chosen place. */
const corrupt = (value: string, unit: number, at: number) => {
  const index = at % (value.length + 1)
  return value.slice(0, index) + String.fromCharCode(unit) + value.slice(index)
}

describe('toast and tile builders (properties)', () => {
  it('build toasts that parse back to exactly the elements, attributes and texts of the spec', () => {
    fc.assert(
      fc.property(toastSpec, (spec) => {
        const xml = toast(spec).body as string
        expect(parse(xml)).toEqual(expectedToast(spec))
        expect(validateNotificationXml('toast', xml)).toEqual({ valid: true })
      }),
      { numRuns: 500 },
    )
  })

  it('build tiles that parse back to exactly the elements, attributes and texts of the spec', () => {
    fc.assert(
      fc.property(tileSpec, (spec) => {
        const xml = tile(spec).body as string
        expect(parse(xml)).toEqual(expectedTile(spec))
        expect(validateNotificationXml('tile', xml)).toEqual({ valid: true })
      }),
      { numRuns: 500 },
    )
  })

  it('refuse a toast with a forbidden character in any text or attribute, naming that field', () => {
    const fields: Array<[string, (spec: ToastSpec, bad: string) => ToastSpec]> = [
      ['toast.text[0]', (spec, bad) => ({ ...spec, text: [bad, ...spec.text.slice(1)] })],
      ['toast.attribution', (spec, bad) => ({ ...spec, attribution: bad })],
      ['toast.launch', (spec, bad) => ({ ...spec, launch: bad })],
      ['toast.heroImage.alt', (spec, bad) => ({ ...spec, heroImage: { src: 'x', alt: bad } })],
      [
        'toast.actions[0].arguments',
        (spec, bad) => ({ ...spec, actions: [{ content: 'c', arguments: bad }] }),
      ],
      [
        'toast.header.title',
        (spec, bad) => ({ ...spec, header: { id: 'h', title: bad, arguments: '' } }),
      ],
      [
        'toast.groups[0].subgroups[0].children[0].text',
        (spec, bad) => ({ ...spec, groups: [{ subgroups: [{ children: [{ text: bad }] }] }] }),
      ],
    ]
    const cleanToast = fc.record({ text: fc.array(text, { minLength: 1, maxLength: 3 }) })
    fc.assert(
      fc.property(
        cleanToast,
        fc.constantFrom(...fields),
        text,
        FORBIDDEN_UNIT,
        fc.nat(),
        (spec, [field, place], value, unit, at) => {
          expect(() => toast(place(spec, corrupt(value, unit, at)))).toThrowError(
            expect.objectContaining({ code: 'INVALID_PAYLOAD', field }),
          )
        },
      ),
      { numRuns: 500 },
    )
  })

  it('refuse a tile with a forbidden character in any text or attribute, naming that field', () => {
    const fields: Array<[string, (bad: string) => TileSpec]> = [
      ['tile.displayName', (bad) => ({ displayName: bad, bindings: [{ template: 'TileMedium' }] })],
      [
        'tile.bindings[0].children[1]',
        (bad) => ({ bindings: [{ template: 'TileWide', children: ['ok', bad] }] }),
      ],
      [
        'tile.bindings[0].peekImage.src',
        (bad) => ({ bindings: [{ template: 'TileSmall', peekImage: { src: `x${bad}` } }] }),
      ],
    ]
    fc.assert(
      fc.property(
        fc.constantFrom(...fields),
        text,
        FORBIDDEN_UNIT,
        fc.nat(),
        ([field, build], value, unit, at) => {
          expect(() => tile(build(corrupt(value, unit, at)))).toThrowError(
            expect.objectContaining({ code: 'INVALID_PAYLOAD', field }),
          )
        },
      ),
      { numRuns: 500 },
    )
  })
})
