// Issue 9, part 3b: the payload builders take any unicode text. Each call either builds a body
// that is well-formed, carries the text unchanged, and fits the size limit, or throws a WnsError
// with a payload code naming the field; nothing else, and never a crash.
import {
  buildWnsMessage,
  createPushNotificationPayload,
  type PushNotificationPayload,
} from '@homepot/push'
import {
  BADGE_GLYPHS,
  badge,
  fromXml,
  raw,
  toast,
  utf8ByteLength,
  validateNotificationXml,
  WNS_MAX_PAYLOAD_BYTES,
  WnsError,
  type WnsNotification,
} from '@homepot/wns-core'
import fc from 'fast-check'
import { afterAll, describe, expect, it } from 'vitest'
import { reportFigures } from './support/report-figures'
import {
  anyUnicodeText,
  hasForbiddenXmlCharacter,
  hasLoneSurrogate,
  textsOf,
} from './support/unicode-text'
import { xmlForType } from './support/xml-arbitraries'

const RUNS = 400
let runs = 0
let properties = 0
afterAll(() => reportFigures('fuzz: payload builders', { properties, runs }))

function check<T>(arbitrary: fc.Arbitrary<T>, predicate: (value: T) => void): void {
  properties += 1
  fc.assert(
    fc.property(arbitrary, (value) => {
      runs += 1
      predicate(value)
    }),
    { numRuns: RUNS },
  )
}

type Outcome<T> = { ok: true; value: T } | { ok: false; error: WnsError }

/** The call's value, or the WnsError it threw; any other exception fails the property. */
function attempt<T>(call: () => T): Outcome<T> {
  try {
    return { ok: true, value: call() }
  } catch (error) {
    if (!WnsError.isInstance(error)) throw error
    return { ok: false, error }
  }
}

function bodyText(notification: WnsNotification): string {
  const { body } = notification
  return typeof body === 'string' ? body : new TextDecoder().decode(body)
}

function bodyBytes(notification: WnsNotification): number {
  const { body } = notification
  return typeof body === 'string' ? utf8ByteLength(body) : body.byteLength
}

describe('toast() from @homepot/wns-core', () => {
  it('writes any allowed text unchanged into well-formed XML and refuses forbidden characters by field', () => {
    check(fc.array(anyUnicodeText, { minLength: 1, maxLength: 3 }), (text) => {
      const outcome = attempt(() => toast({ text }))
      const forbidden = text.findIndex(hasForbiddenXmlCharacter)
      if (!outcome.ok) {
        expect(outcome.error.code).toBe('INVALID_PAYLOAD')
        expect(forbidden).toBeGreaterThanOrEqual(0)
        expect(outcome.error.field).toBe(`toast.text[${forbidden}]`)
        return
      }
      expect(forbidden).toBe(-1)
      const xml = bodyText(outcome.value)
      expect(validateNotificationXml('toast', xml)).toEqual({ valid: true })
      expect(textsOf(xml)).toEqual(text)
      expect(bodyBytes(outcome.value)).toBeLessThanOrEqual(WNS_MAX_PAYLOAD_BYTES)
    })
  })
})

describe('buildWnsMessage() from @homepot/push', () => {
  it.each(['toast', 'tile'] as const)(
    'maps any title and body to a well-formed %s that carries them unchanged, or to a payload error naming the field',
    (notificationType) => {
      check(fc.record({ title: anyUnicodeText, body: anyUnicodeText }), (payload) => {
        const outcome = attempt(() => buildWnsMessage(payload, { notificationType }))
        const bad = (['title', 'body'] as const).filter((key) =>
          hasForbiddenXmlCharacter(payload[key]),
        )
        if (!outcome.ok) {
          expect(outcome.error.code).toBe('INVALID_PAYLOAD')
          expect(bad.length).toBeGreaterThan(0)
          expect(bad.map((key) => `payload.${key}`)).toContain(outcome.error.field)
          return
        }
        expect(bad).toEqual([])
        const xml = bodyText(outcome.value.notification)
        expect(validateNotificationXml(notificationType, xml)).toEqual({ valid: true })
        const texts = textsOf(xml)
        // A toast has title then body; a tile repeats both in each of its three bindings.
        const expected =
          notificationType === 'toast'
            ? [payload.title, payload.body]
            : [
                payload.title,
                payload.body,
                payload.title,
                payload.body,
                payload.title,
                payload.body,
              ]
        expect(texts).toEqual(expected)
      })
    },
  )

  it('maps any title and body to a raw JSON body that parses back to them', () => {
    check(fc.record({ title: anyUnicodeText, body: anyUnicodeText }), (payload) => {
      const outcome = attempt(() => buildWnsMessage(payload, { notificationType: 'raw' }))
      if (!outcome.ok) {
        // JSON escapes lone surrogates, so only the size limit can refuse these short texts.
        expect(outcome.error.code).toBe('PAYLOAD_TOO_LARGE')
        return
      }
      expect(JSON.parse(bodyText(outcome.value.notification))).toEqual(payload)
    })
  })
})

describe('badge() and raw() from @homepot/wns-core', () => {
  it('builds a badge for a count from 0 or a glyph and refuses any other value as INVALID_PAYLOAD', () => {
    const value = fc.oneof(
      fc.integer(),
      fc.double(),
      fc.constantFrom(...BADGE_GLYPHS),
      anyUnicodeText,
      fc.anything(),
    )
    check(value, (input) => {
      const outcome = attempt(() => badge(input as number))
      const valid =
        (typeof input === 'number' && Number.isSafeInteger(input) && input >= 0) ||
        (BADGE_GLYPHS as readonly unknown[]).includes(input)
      expect(outcome.ok).toBe(valid)
      if (!outcome.ok) {
        expect(outcome.error.code).toBe('INVALID_PAYLOAD')
        return
      }
      const xml = bodyText(outcome.value)
      expect(xml).toBe(`<badge value="${String(input)}"/>`)
      expect(validateNotificationXml('badge', xml)).toEqual({ valid: true })
    })
  })

  it('sends a raw text as its exact UTF-8 bytes, and refuses a lone surrogate UTF-8 cannot carry', () => {
    check(anyUnicodeText, (text) => {
      const outcome = attempt(() => raw(text))
      expect(outcome.ok).toBe(!hasLoneSurrogate(text))
      if (!outcome.ok) {
        expect(outcome.error).toMatchObject({ code: 'INVALID_PAYLOAD', field: 'raw' })
        return
      }
      expect(bodyText(outcome.value)).toBe(text)
    })
  })
})

describe('fromXml() and createPushNotificationPayload()', () => {
  it('accepts only XML the core validator calls well-formed, and refuses the rest as INVALID_PAYLOAD', () => {
    check(xmlForType, ([kind, xml]) => {
      const outcome = attempt(() => fromXml(kind, xml))
      expect(outcome.ok).toBe(validateNotificationXml(kind, xml).valid)
      if (!outcome.ok) expect(outcome.error.code).toBe('INVALID_PAYLOAD')
      else expect(bodyText(outcome.value)).toBe(xml)
    })
  })

  it('turns any value into a validated payload or an INVALID_PAYLOAD error, never a crash', () => {
    // Mostly plausible values, sometimes anything at all, in every field.
    const mostly = <T>(plausible: fc.Arbitrary<T>) =>
      fc.oneof({ weight: 4, arbitrary: plausible }, { weight: 1, arbitrary: fc.anything() })
    const payloadLike = fc.oneof(
      { weight: 1, arbitrary: fc.anything() },
      {
        weight: 4,
        arbitrary: fc.record(
          {
            title: mostly(anyUnicodeText),
            body: mostly(anyUnicodeText),
            data: mostly(fc.dictionary(fc.string(), fc.jsonValue())),
            priority: mostly(fc.constantFrom('critical', 'high', 'normal', 'low')),
            ttlSeconds: mostly(fc.nat()),
            collapseKey: mostly(anyUnicodeText),
          },
          { requiredKeys: ['title', 'body'] },
        ),
      },
    )
    check(payloadLike, (input) => {
      const outcome = attempt(() => createPushNotificationPayload(input as PushNotificationPayload))
      if (!outcome.ok) {
        expect(outcome.error.code).toBe('INVALID_PAYLOAD')
        expect(outcome.error.message).toMatch(/^payload/)
        return
      }
      expect(typeof outcome.value.title).toBe('string')
      expect(typeof outcome.value.body).toBe('string')
    })
  })
})
