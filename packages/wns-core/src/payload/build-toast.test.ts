import { describe, expect, it } from 'vitest'
import { expectInvalidPayload, thrownWnsError } from '../../test/support/expect-invalid-payload'
import { toast } from './build-toast'
import { TOAST_LIMITS } from './limits'
import type { ToastActionSpec, ToastSpec } from './toast-spec'

const BINDING_START = '<toast><visual><binding template="ToastGeneric">'

function xml(spec: ToastSpec): string {
  return toast(spec).body as string
}

function expectInvalid(spec: unknown, field: string, message?: RegExp): void {
  expectInvalidPayload(() => toast(spec as ToastSpec), field, message)
}

const action = (overrides: Partial<ToastActionSpec> = {}): ToastActionSpec => ({
  content: 'Open',
  arguments: 'action=open',
  ...overrides,
})

describe('toast', () => {
  it('builds the simplest toast from a title and a body', () => {
    const notification = toast({ text: ['Title', 'Body'] })
    expect(notification).toEqual({
      type: 'toast',
      body: `${BINDING_START}<text>Title</text><text>Body</text></binding></visual></toast>`,
      contentType: 'text/xml',
      byteLength: 110,
      headers: { 'X-WNS-Type': 'wns/toast' },
    })
    expect(Object.isFrozen(notification)).toBe(true)
  })

  it('writes launch on the root element with its ampersand escaped', () => {
    expect(xml({ text: ['Title', 'Body'], launch: 'action=open&id=7' })).toMatch(
      /^<toast launch="action=open&amp;id=7"><visual>/,
    )
  })

  it('writes duration, scenario, activationType, displayTimestamp and useButtonStyle', () => {
    expect(
      xml({
        text: ['T'],
        duration: 'long',
        scenario: 'reminder',
        activationType: 'background',
        displayTimestamp: '2026-05-01T08:30:00+02:00',
        useButtonStyle: true,
      }),
    ).toMatch(
      /^<toast duration="long" scenario="reminder" activationType="background" displayTimestamp="2026-05-01T08:30:00\+02:00" useButtonStyle="true">/,
    )
    expect(xml({ text: ['T'], useButtonStyle: false })).toMatch(/^<toast useButtonStyle="false">/)
  })

  it('writes a Date displayTimestamp as ISO 8601 in UTC', () => {
    expect(xml({ text: ['T'], displayTimestamp: new Date(Date.UTC(2026, 4, 1, 8, 30)) })).toMatch(
      /^<toast displayTimestamp="2026-05-01T08:30:00.000Z">/,
    )
  })

  it.each([
    ['2026-05-01', 'no time'],
    ['2026-05-01T08:30Z', 'no seconds'],
    ['2026-05-01T08:30:00', 'no zone'],
    ['2026-13-01T08:30:00Z', 'month 13'],
    ['yesterday', 'prose'],
  ])('refuses the displayTimestamp %s (%s)', (value) => {
    expectInvalid({ text: ['T'], displayTimestamp: value }, 'toast.displayTimestamp', /ISO 8601/)
  })

  it('refuses an invalid Date as displayTimestamp', () => {
    expectInvalid(
      { text: ['T'], displayTimestamp: new Date(Number.NaN) },
      'toast.displayTimestamp',
      /invalid Date/,
    )
  })

  it.each([
    ['duration', 'medium'],
    ['scenario', 'meeting'],
    ['activationType', 'system'],
    ['useButtonStyle', 'yes'],
  ])('refuses %s = %j', (key, value) => {
    expectInvalid({ text: ['T'], [key]: value }, `toast.${key}`)
  })

  it('accepts one to three top-level texts and refuses none or four', () => {
    expect(xml({ text: ['A'] })).toContain('<text>A</text></binding>')
    expect(xml({ text: ['A', 'B', 'C'] })).toContain('<text>A</text><text>B</text><text>C</text>')
    expect(TOAST_LIMITS.maxTexts).toBe(3)
    expectInvalid({ text: [] }, 'toast.text', /at least 1 item$/)
    expectInvalid({ text: ['A', 'B', 'C', 'D'] }, 'toast.text', /at most 3 items$/)
    expectInvalid({}, 'toast.text', /is required$/)
  })

  it('writes hint-maxLines of a text given as an object, and refuses 0 lines', () => {
    expect(xml({ text: [{ text: 'Title', hintMaxLines: 1 }, 'Body'] })).toContain(
      '<text hint-maxLines="1">Title</text><text>Body</text>',
    )
    expectInvalid({ text: [{ text: 'T', hintMaxLines: 0 }] }, 'toast.text[0].hintMaxLines')
  })

  it('writes the attribution as an extra text placed "attribution" after the others', () => {
    expect(xml({ text: ['A', 'B', 'C'], attribution: 'Via HOMEPOT' })).toContain(
      '<text>C</text><text placement="attribution">Via HOMEPOT</text></binding>',
    )
  })

  it('writes the app logo override, the hero image and inline images with their hints', () => {
    const body = xml({
      text: ['T'],
      appLogoOverride: { src: 'https://x.test/logo.png', alt: 'Logo', hintCrop: 'circle' },
      heroImage: { src: 'https://x.test/hero.png', alt: 'Hero' },
      images: [
        {
          src: 'ms-appx:///a.png',
          alt: 'A',
          hintCrop: 'none',
          hintRemoveMargin: true,
          hintAlign: 'center',
        },
        { src: 'ms-appdata:///local/b.png' },
      ],
    })
    expect(body).toContain(
      '<image placement="appLogoOverride" src="https://x.test/logo.png" alt="Logo" hint-crop="circle"/>' +
        '<image placement="hero" src="https://x.test/hero.png" alt="Hero"/>' +
        '<image src="ms-appx:///a.png" alt="A" hint-crop="none" hint-removeMargin="true" hint-align="center"/>' +
        '<image src="ms-appdata:///local/b.png"/></binding>',
    )
  })

  it('refuses images without a source and unknown crops', () => {
    expectInvalid({ text: ['T'], heroImage: { src: '' } }, 'toast.heroImage.src', /not be empty/)
    expectInvalid(
      { text: ['T'], appLogoOverride: { src: 'a', hintCrop: 'square' } },
      'toast.appLogoOverride.hintCrop',
      /one of 'none', 'circle', not 'square'/,
    )
    expectInvalid({ text: ['T'], images: [{ alt: 'x' }] }, 'toast.images[0].src', /is required/)
  })

  it('writes groups of subgroups holding texts and images with their hints', () => {
    const body = xml({
      text: ['T'],
      groups: [
        {
          subgroups: [
            {
              hintWeight: 1,
              hintTextStacking: 'center',
              children: [
                'plain',
                {
                  text: 'styled',
                  hintStyle: 'captionSubtle',
                  hintWrap: true,
                  hintMaxLines: 2,
                  hintMinLines: 1,
                  hintAlign: 'right',
                },
                { src: 'https://x.test/i.png', hintCrop: 'circle' },
              ],
            },
            { hintWeight: 100 },
          ],
        },
      ],
    })
    expect(body).toContain(
      '<group><subgroup hint-weight="1" hint-textStacking="center"><text>plain</text>' +
        '<text hint-style="captionSubtle" hint-wrap="true" hint-maxLines="2" hint-minLines="1" hint-align="right">styled</text>' +
        '<image src="https://x.test/i.png" hint-crop="circle"/></subgroup>' +
        '<subgroup hint-weight="100"></subgroup></group></binding>',
    )
  })

  it('refuses hint-weight outside 1..100, empty groups and more min lines than max lines', () => {
    const weight = (hintWeight: number) => ({
      text: ['T'],
      groups: [{ subgroups: [{ hintWeight }] }],
    })
    expectInvalid(weight(0), 'toast.groups[0].subgroups[0].hintWeight', /at least 1$/)
    expectInvalid(weight(101), 'toast.groups[0].subgroups[0].hintWeight', /at most 100$/)
    expectInvalid(weight(1.5), 'toast.groups[0].subgroups[0].hintWeight', /integer/)
    expectInvalid({ text: ['T'], groups: [{ subgroups: [] }] }, 'toast.groups[0].subgroups')
    expectInvalid(
      {
        text: ['T'],
        groups: [{ subgroups: [{ children: [{ text: 'x', hintMinLines: 3, hintMaxLines: 2 }] }] }],
      },
      'toast.groups[0].subgroups[0].children[0].hintMinLines',
      /at most hintMaxLines \(2\)/,
    )
  })

  it('names the field of the subgroup child kind the input was meant as', () => {
    const child = (value: unknown) => ({
      text: ['T'],
      groups: [{ subgroups: [{ children: [value] }] }],
    })
    const path = 'toast.groups[0].subgroups[0].children[0]'
    expectInvalid(child({ src: 'a', hintAlign: 'top' }), `${path}.hintAlign`)
    expectInvalid(child({ text: 'a', hintStyle: 'huge' }), `${path}.hintStyle`)
    expectInvalid(child(42), path, /must be a string or an object, not 42/)
  })

  it('writes a progress bar with every attribute, at 0, at 1 and indeterminate', () => {
    expect(
      xml({
        text: ['T'],
        progress: { title: 'Update', value: 0, valueStringOverride: '0/3', status: 'Waiting' },
      }),
    ).toContain(
      '<progress title="Update" value="0" valueStringOverride="0/3" status="Waiting"/></binding>',
    )
    expect(xml({ text: ['T'], progress: { value: 1, status: 'Done' } })).toContain(
      '<progress value="1" status="Done"/>',
    )
    expect(xml({ text: ['T'], progress: { value: 0.25, status: 'S' } })).toContain('value="0.25"')
    expect(xml({ text: ['T'], progress: { value: 1e-7, status: 'S' } })).toContain(
      'value="0.0000001"',
    )
    expect(xml({ text: ['T'], progress: { value: 'indeterminate', status: 'S' } })).toContain(
      '<progress value="indeterminate" status="S"/>',
    )
  })

  it('refuses a progress value outside 0..1 and a progress without status', () => {
    expectInvalid({ text: ['T'], progress: { value: -0.01, status: 'S' } }, 'toast.progress.value')
    expectInvalid({ text: ['T'], progress: { value: 1.01, status: 'S' } }, 'toast.progress.value')
    expectInvalid(
      { text: ['T'], progress: { value: 'half', status: 'S' } },
      'toast.progress.value',
      /'indeterminate', not 'half'/,
    )
    expectInvalid({ text: ['T'], progress: { value: 0.5 } }, 'toast.progress.status', /required/)
  })

  it('refuses unknown keys at any depth and lists the valid ones', () => {
    expectInvalid(
      { text: ['T'], lunch: 'x' },
      'toast.lunch',
      /is not a valid key; valid keys are: text, attribution, launch/,
    )
    expectInvalid(
      { text: ['T'], actions: [action({ colour: 'red' } as Partial<ToastActionSpec>)] },
      'toast.actions[0].colour',
      /valid keys are: content, arguments,/,
    )
  })

  it('refuses a spec that is not an object', () => {
    expectInvalid(null, 'toast', /must be an object, not null/)
    expectInvalid('hello', 'toast', /must be an object, not a string/)
    expectInvalid({ text: 'Title' }, 'toast.text', /must be an array, not a string/)
  })

  it('escapes markup in texts and attributes', () => {
    expect(
      xml({ text: [`<b>"Tom" & 'Jerry'</b>`], actions: [action({ arguments: `a="1"&b<2>` })] }),
    ).toContain(
      '<text>&lt;b&gt;&quot;Tom&quot; &amp; &apos;Jerry&apos;&lt;/b&gt;</text>' +
        '</binding></visual><actions><action content="Open" arguments="a=&quot;1&quot;&amp;b&lt;2&gt;"/>',
    )
  })

  it('keeps line breaks: CR as a reference in text; tab, LF and CR as references in attributes', () => {
    const body = xml({ text: ['a\r\nb\tc'], launch: 'x\ty\nz\r' })
    expect(body).toContain('<text>a&#13;\nb\tc</text>')
    expect(body).toContain('launch="x&#9;y&#10;z&#13;"')
  })

  it('passes emoji and right-to-left text through unchanged', () => {
    const body = xml({ text: ['🎉 Party 👨‍👩‍👧', 'مرحبا بالعالم', 'שלום'], launch: 'emoji=🚀' })
    expect(body).toContain(
      '<text>🎉 Party 👨‍👩‍👧</text><text>مرحبا بالعالم</text><text>שלום</text>',
    )
    expect(body).toContain('launch="emoji=🚀"')
  })

  it('refuses characters XML 1.0 forbids, naming the field, instead of removing them', () => {
    expectInvalid({ text: ['ok', 'bad\u0001'] }, 'toast.text[1]', /U\+0001 at index 3/)
    expectInvalid(
      { text: ['T'], actions: [action(), action({ arguments: 'x\ud800' })] },
      'toast.actions[1].arguments',
      /lone surrogate U\+D800 at index 1/,
    )
    expectInvalid(
      { text: ['T'], groups: [{ subgroups: [{ children: [{ text: '\uffff' }] }] }] },
      'toast.groups[0].subgroups[0].children[0].text',
      /U\+FFFF/,
    )
    expectInvalid({ text: ['T'], attribution: '\udc00' }, 'toast.attribution', /lone surrogate/)
  })

  it('accepts a body of exactly the payload limit and refuses one byte more', () => {
    const overhead = toast({ text: [''] }).byteLength
    const atLimit = toast({ text: ['a'.repeat(5000 - overhead)] })
    expect(atLimit.byteLength).toBe(5000)
    const error = thrownWnsError(() => toast({ text: [`é${'a'.repeat(5000 - overhead - 1)}`] }))
    expect(error).toMatchObject({ code: 'PAYLOAD_TOO_LARGE', field: 'toast' })
    expect(error.message).toMatch(/5001 bytes/)
  })

  it('honours a smaller maxPayloadBytes', () => {
    const body = xml({ text: ['Title'] })
    expect(toast({ text: ['Title'] }, { maxPayloadBytes: body.length }).byteLength).toBe(
      body.length,
    )
    expect(() => toast({ text: ['Title'] }, { maxPayloadBytes: body.length - 1 })).toThrowError(
      expect.objectContaining({ code: 'PAYLOAD_TOO_LARGE' }),
    )
  })
})
