import { describe, expect, it } from 'vitest'
import { expectInvalidPayload } from '../../test/support/expect-invalid-payload'
import { tile } from './build-tile'
import type { TileBindingSpec, TileSpec } from './tile-spec'

function xml(spec: TileSpec): string {
  return tile(spec).body as string
}

function expectInvalid(spec: unknown, field: string, message?: RegExp): void {
  expectInvalidPayload(() => tile(spec as TileSpec), field, message)
}

const medium = (overrides: Partial<TileBindingSpec> = {}): TileBindingSpec => ({
  template: 'TileMedium',
  ...overrides,
})

describe('tile', () => {
  it('builds a tile notification with one binding', () => {
    const notification = tile({ bindings: [medium({ children: ['Hello'] })] })
    expect(notification).toMatchObject({
      type: 'tile',
      contentType: 'text/xml',
      headers: { 'X-WNS-Type': 'wns/tile' },
      body: '<tile><visual><binding template="TileMedium"><text>Hello</text></binding></visual></tile>',
    })
  })

  it('writes visual branding, displayName and arguments', () => {
    expect(
      xml({
        branding: 'nameAndLogo',
        displayName: 'HOME & POT',
        arguments: 'a=1',
        bindings: [medium()],
      }),
    ).toMatch(/^<tile><visual branding="nameAndLogo" displayName="HOME &amp; POT" arguments="a=1">/)
  })

  it('writes binding-level branding, displayName, hint-textStacking and arguments', () => {
    expect(
      xml({
        bindings: [
          medium({
            branding: 'logo',
            displayName: 'Hall',
            hintTextStacking: 'center',
            arguments: 'room=hall',
          }),
        ],
      }),
    ).toContain(
      '<binding template="TileMedium" branding="logo" displayName="Hall" hint-textStacking="center" arguments="room=hall"></binding>',
    )
  })

  it('writes one binding per size, in the given order, for up to four sizes', () => {
    const body = xml({
      bindings: [
        { template: 'TileLarge' },
        { template: 'TileSmall' },
        { template: 'TileWide' },
        { template: 'TileMedium' },
      ],
    })
    expect(body.match(/template="(\w+)"/g)).toEqual([
      'template="TileLarge"',
      'template="TileSmall"',
      'template="TileWide"',
      'template="TileMedium"',
    ])
  })

  it('refuses no bindings, five bindings, a repeated size and an unknown template', () => {
    expectInvalid({ bindings: [] }, 'tile.bindings', /at least 1 item/)
    expectInvalid(
      {
        bindings: ['TileSmall', 'TileMedium', 'TileWide', 'TileLarge', 'TileSmall'].map((t) => ({
          template: t,
        })),
      },
      'tile.bindings',
      /at most 4 items/,
    )
    expectInvalid(
      { bindings: [{ template: 'TileWide' }, medium(), { template: 'TileWide' }] },
      'tile.bindings[2].template',
      /'TileWide' is already the template of bindings\[0\]; .*one binding per size/,
    )
    expectInvalid({ bindings: [{ template: 'TileHuge' }] }, 'tile.bindings[0].template')
  })

  it('writes texts with hint-style, hint-wrap, hint-maxLines, hint-minLines and hint-align', () => {
    expect(
      xml({
        bindings: [
          medium({
            children: [
              { text: 'Big', hintStyle: 'titleNumeral', hintAlign: 'center' },
              { text: 'Wrapped', hintWrap: true, hintMaxLines: 3, hintMinLines: 2 },
              { text: 'Off', hintWrap: false },
            ],
          }),
        ],
      }),
    ).toContain(
      '<text hint-style="titleNumeral" hint-align="center">Big</text>' +
        '<text hint-wrap="true" hint-maxLines="3" hint-minLines="2">Wrapped</text>' +
        '<text hint-wrap="false">Off</text>',
    )
  })

  it('refuses unknown hint-style values and line counts below 1', () => {
    expectInvalid(
      { bindings: [medium({ children: [{ text: 'x', hintStyle: 'huge' }] } as never)] },
      'tile.bindings[0].children[0].hintStyle',
      /not 'huge'/,
    )
    expectInvalid(
      { bindings: [medium({ children: [{ text: 'x', hintMaxLines: 0 }] })] },
      'tile.bindings[0].children[0].hintMaxLines',
      /at least 1/,
    )
  })

  it('writes background and peek images first, with hint-overlay and hint-crop', () => {
    expect(
      xml({
        bindings: [
          medium({
            children: ['Text'],
            backgroundImage: { src: 'https://x.test/bg.jpg', alt: 'Room', hintOverlay: 0 },
            peekImage: { src: 'https://x.test/face.jpg', hintOverlay: 100, hintCrop: 'circle' },
          }),
        ],
      }),
    ).toContain(
      '<binding template="TileMedium">' +
        '<image placement="background" src="https://x.test/bg.jpg" alt="Room" hint-overlay="0"/>' +
        '<image placement="peek" src="https://x.test/face.jpg" hint-overlay="100" hint-crop="circle"/>' +
        '<text>Text</text></binding>',
    )
  })

  it('accepts hint-overlay from 0 to 100 and refuses -1 and 101', () => {
    const overlay = (hintOverlay: number) => ({
      bindings: [medium({ backgroundImage: { src: 'a', hintOverlay } })],
    })
    expectInvalid(overlay(-1), 'tile.bindings[0].backgroundImage.hintOverlay', /at least 0/)
    expectInvalid(overlay(101), 'tile.bindings[0].backgroundImage.hintOverlay', /at most 100/)
    expect(xml(overlay(100))).toContain('hint-overlay="100"')
  })

  it('writes inline images and groups of subgroups among the texts, in order', () => {
    expect(
      xml({
        bindings: [
          medium({
            children: [
              'Top',
              { src: 'ms-appx:///a.png', hintRemoveMargin: true },
              {
                subgroups: [
                  { hintWeight: 33, children: [{ src: 'ms-appx:///b.png', hintCrop: 'circle' }] },
                  {
                    hintTextStacking: 'center',
                    children: ['Ana', { text: 'Online', hintStyle: 'captionSubtle' }],
                  },
                ],
              },
            ],
          }),
        ],
      }),
    ).toContain(
      '<text>Top</text><image src="ms-appx:///a.png" hint-removeMargin="true"/>' +
        '<group><subgroup hint-weight="33"><image src="ms-appx:///b.png" hint-crop="circle"/></subgroup>' +
        '<subgroup hint-textStacking="center"><text>Ana</text><text hint-style="captionSubtle">Online</text></subgroup></group>',
    )
  })

  it('refuses unknown keys, naming the path and the valid keys', () => {
    expectInvalid(
      { bindings: [medium({ colour: 'red' } as never)] },
      'tile.bindings[0].colour',
      /valid keys are: template, branding, displayName,/,
    )
    expectInvalid({ bindings: [medium()], branding: 'brand' }, 'tile.branding')
  })

  it('refuses characters XML 1.0 forbids, naming the field', () => {
    expectInvalid(
      { displayName: 'ok', bindings: [medium({ children: ['fine', 'bad\u0008'] })] },
      'tile.bindings[0].children[1]',
      /U\+0008 at index 3/,
    )
    expectInvalid({ displayName: '\ufffe', bindings: [medium()] }, 'tile.displayName', /U\+FFFE/)
  })

  it('accepts a body of exactly the payload limit and refuses one byte more', () => {
    const spec = (text: string): TileSpec => ({ bindings: [medium({ children: [text] })] })
    const overhead = tile(spec('')).byteLength
    expect(tile(spec('x'.repeat(5000 - overhead))).byteLength).toBe(5000)
    expect(() => tile(spec('x'.repeat(5001 - overhead)))).toThrowError(
      expect.objectContaining({ code: 'PAYLOAD_TOO_LARGE', field: 'tile' }),
    )
  })
})

describe('tile golden XML', () => {
  it('writes a medium and a wide tile for a thermostat', () => {
    expect(
      xml({
        displayName: 'Living room',
        branding: 'name',
        bindings: [
          {
            template: 'TileMedium',
            hintTextStacking: 'center',
            children: [
              { text: '21.5 °C', hintStyle: 'subheaderNumeral', hintAlign: 'center' },
              { text: 'Heating', hintStyle: 'captionSubtle', hintAlign: 'center' },
            ],
          },
          {
            template: 'TileWide',
            backgroundImage: { src: 'https://cdn.example.com/room.jpg', hintOverlay: 40 },
            children: [
              {
                subgroups: [
                  {
                    children: [
                      { text: 'Now', hintStyle: 'caption' },
                      { text: '21.5°', hintStyle: 'title' },
                    ],
                  },
                  {
                    children: [
                      { text: 'Target', hintStyle: 'caption' },
                      { text: '22°', hintStyle: 'title' },
                    ],
                  },
                ],
              },
            ],
          },
        ],
      }),
    ).toBe(
      [
        '<tile><visual branding="name" displayName="Living room">',
        '<binding template="TileMedium" hint-textStacking="center">',
        '<text hint-style="subheaderNumeral" hint-align="center">21.5 °C</text>',
        '<text hint-style="captionSubtle" hint-align="center">Heating</text>',
        '</binding>',
        '<binding template="TileWide">',
        '<image placement="background" src="https://cdn.example.com/room.jpg" hint-overlay="40"/>',
        '<group>',
        '<subgroup><text hint-style="caption">Now</text><text hint-style="title">21.5°</text></subgroup>',
        '<subgroup><text hint-style="caption">Target</text><text hint-style="title">22°</text></subgroup>',
        '</group>',
        '</binding>',
        '</visual></tile>',
      ].join(''),
    )
  })

  it('writes a people tile with a peek image and a large binding', () => {
    expect(
      xml({
        bindings: [
          {
            template: 'TileSmall',
            peekImage: { src: 'ms-appx:///Assets/ana.png', hintCrop: 'circle' },
          },
          {
            template: 'TileLarge',
            displayName: 'Messages',
            children: [
              { text: 'Ana', hintStyle: 'base' },
              {
                text: 'Dinner at 8? Bring the salad & the bread.',
                hintWrap: true,
                hintMaxLines: 2,
              },
            ],
          },
        ],
      }),
    ).toBe(
      [
        '<tile><visual>',
        '<binding template="TileSmall">',
        '<image placement="peek" src="ms-appx:///Assets/ana.png" hint-crop="circle"/>',
        '</binding>',
        '<binding template="TileLarge" displayName="Messages">',
        '<text hint-style="base">Ana</text>',
        '<text hint-wrap="true" hint-maxLines="2">Dinner at 8? Bring the salad &amp; the bread.</text>',
        '</binding>',
        '</visual></tile>',
      ].join(''),
    )
  })
})
