import { describe, expect, it } from 'vitest'
import { buildMatchHeader, parseMatchHeader, type WnsMatch } from './match-header'

function failure(match: unknown) {
  try {
    buildMatchHeader(match as WnsMatch)
  } catch (error) {
    return error as { code: string; field: string; message: string }
  }
  throw new Error('expected buildMatchHeader to throw')
}

describe('buildMatchHeader', () => {
  it.each([
    [{ group: 'G', tag: 'T' }, 'type:wns/toast;group=G;tag=T'],
    [{ tag: 'T', group: 'G' }, 'type:wns/toast;group=G;tag=T'],
    [{ group: 'G' }, 'type:wns/toast;group=G'],
    [{ tag: 'T' }, 'type:wns/toast;tag=T'],
    [{ all: true }, 'type:wns/toast;all'],
  ] as const)('writes %o as %s', (match, header) => {
    expect(buildMatchHeader(match)).toBe(header)
  })

  it.each([
    [{ tag: 'x'.repeat(17) }, 'match.tag', /at most 16/],
    [{ group: 'a;tag=b' }, 'match.group', /";"/],
    [{ tag: 'T', group: '' }, 'match.group', /empty/],
    [{ all: false }, 'match.all', /must be true/],
    [{ all: true, tag: 'T' }, 'match', /must not combine all/],
    [{}, 'match', /needs a tag, a group, or all/],
    [{ tags: 'T' }, 'match.tags', /valid fields are all, tag, group/],
    [null, 'match', /must be an object/],
  ])('refuses %o, naming %s', (match, field, message) => {
    const error = failure(match)
    expect(error).toMatchObject({ code: 'INVALID_OPTIONS', field })
    expect(error.message).toMatch(message)
  })
})

describe('parseMatchHeader', () => {
  it.each<WnsMatch>([
    { group: 'G', tag: 'T' },
    { group: 'chat' },
    { tag: 'msg-42' },
    { all: true },
  ])('reads back what buildMatchHeader wrote for %o', (match) => {
    expect(parseMatchHeader(buildMatchHeader(match))).toEqual(match)
  })

  it('accepts the fields in either order', () => {
    expect(parseMatchHeader('type:wns/toast;tag=T;group=G')).toEqual({ tag: 'T', group: 'G' })
  })

  it.each([
    '',
    'all',
    'type:wns/tile;all',
    'type:wns/toast;',
    'type:wns/toast;none',
    'type:wns/toast;tag=',
    'type:wns/toast;tag=T;tag=U',
    'type:wns/toast;label=x',
    'type:wns/toast;tag=seventeen-chars!!',
    'type:wns/toast;all;tag=T',
  ])('returns undefined for %j', (value) => {
    expect(parseMatchHeader(value)).toBeUndefined()
  })
})
