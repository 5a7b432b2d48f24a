import type { z } from 'zod'
import { WnsError } from '../errors/wns-error'

type Issue = z.core.$ZodIssue
type Path = readonly PropertyKey[]

/**
 * Turns zod's issues into one `INVALID_PAYLOAD` {@link WnsError} whose `field` is the path of the
 * first problem (`toast.actions[2].arguments`) and whose message starts with that path.
 * @internal
 */
export function payloadError(root: string, issues: readonly Issue[], input: unknown): WnsError {
  const first = issues[0]
  if (first === undefined) return new WnsError('INVALID_PAYLOAD', { field: root })
  const { issue, path } = resolveUnion(first, [], input)
  let field = formatPath(root, path)
  let predicate: string
  if (issue.code === 'unrecognized_keys') {
    field = formatPath(root, [...path, issue.keys[0] ?? ''])
    predicate = `is not a valid key; ${issue.message}`
  } else {
    predicate = describe(issue, valueAt(input, path))
  }
  return new WnsError('INVALID_PAYLOAD', { message: `${field} ${predicate}`, field })
}

/**
 * An `INVALID_PAYLOAD` error for the field at `path` under `root`, its message starting with the
 * path: `fieldError('toast', ['actions', 2, 'arguments'], 'must be …')`.
 * @internal
 */
export function fieldError(root: string, path: Path, predicate: string): WnsError {
  const field = formatPath(root, path)
  return new WnsError('INVALID_PAYLOAD', { message: `${field} ${predicate}`, field })
}

/** `toast` + `['actions', 2, 'arguments']` → `toast.actions[2].arguments`. @internal */
export function formatPath(root: string, path: Path): string {
  let out = root
  for (const segment of path) {
    if (typeof segment === 'number') out += `[${segment}]`
    else if (typeof segment === 'string' && /^[A-Za-z_$][\w$]*$/.test(segment)) out += `.${segment}`
    else out += `[${JSON.stringify(String(segment))}]`
  }
  return out
}

/**
 * For a union that failed, picks the branch the input was most likely meant for: among the
 * branches whose type matched, the one with the fewest missing and unknown keys.
 */
function resolveUnion(issue: Issue, prefix: Path, input: unknown): { issue: Issue; path: Path } {
  const path = [...prefix, ...issue.path]
  if (issue.code !== 'invalid_union' || issue.errors.length === 0) return { issue, path }
  const value = valueAt(input, path)
  let best: readonly Issue[] | undefined
  let bestScore = Number.POSITIVE_INFINITY
  for (const branch of issue.errors) {
    const score = shapeDistance(branch, value)
    if (score < bestScore) {
      best = branch
      bestScore = score
    }
  }
  const chosen = best?.[0]
  return chosen === undefined ? { issue, path } : resolveUnion(chosen, path, input)
}

function shapeDistance(branch: readonly Issue[], value: unknown): number {
  let distance = 0
  for (const issue of branch) {
    if (issue.path.length === 0 && issue.code === 'invalid_type') return Number.POSITIVE_INFINITY
    if (issue.path.length === 0 && issue.code === 'unrecognized_keys') distance += issue.keys.length
    else if (
      issue.path.length === 1 &&
      issue.code === 'invalid_type' &&
      valueAt(value, issue.path) === undefined
    )
      distance += 1
  }
  return distance
}

function describe(issue: Issue, value: unknown): string {
  switch (issue.code) {
    case 'invalid_type':
      if (value === undefined) return 'is required'
      return `must be ${article(issue.expected)}, not ${typeName(value)}`
    case 'too_big':
      return `must ${issue.origin === 'array' ? 'have' : 'be'} at most ${limit(issue.origin, issue.maximum)}`
    case 'too_small':
      if (issue.origin === 'string' && issue.minimum === 1) return 'must not be empty'
      return `must ${issue.origin === 'array' ? 'have' : 'be'} at least ${limit(issue.origin, issue.minimum)}`
    case 'invalid_value':
      return `must be ${issue.values.length === 1 ? '' : 'one of '}${issue.values.map(quote).join(', ')}, not ${quote(value)}`
    case 'invalid_union':
      if (issue.errors.length === 0) {
        // A discriminated union names its discriminator's options instead of branch errors.
        const options = (issue as { options?: unknown }).options
        if (Array.isArray(options))
          return `must be one of ${options.map(quote).join(', ')}, not ${quote(value)}`
      }
      return `must be ${unionExpectation(issue)}, not ${typeName(value)}`
    default:
      // custom and invalid_format issues carry messages written in this package.
      return issue.message
  }
}

function unionExpectation(issue: Extract<Issue, { code: 'invalid_union' }>): string {
  const expected = new Set<string>()
  for (const branch of issue.errors)
    for (const inner of branch)
      if (inner.path.length === 0 && inner.code === 'invalid_type') expected.add(inner.expected)
  return [...expected].map(article).join(' or ') || 'valid'
}

function limit(origin: string, bound: number | bigint): string {
  if (origin === 'string') return `${bound} characters`
  if (origin === 'array') return `${bound} item${bound === 1 ? '' : 's'}`
  return String(bound)
}

const ARTICLES: Readonly<Record<string, string>> = {
  int: 'an integer',
  array: 'an array',
  object: 'an object',
  date: 'a valid Date',
}

function article(expected: string): string {
  return ARTICLES[expected] ?? `a ${expected}`
}

function typeName(value: unknown): string {
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'an array'
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? 'an invalid Date' : 'a Date'
  if (typeof value === 'number') return String(value)
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`
}

function quote(value: unknown): string {
  return typeof value === 'string' ? `'${value}'` : typeName(value)
}

function valueAt(input: unknown, path: Path): unknown {
  let current = input
  for (const segment of path) {
    if (current === null || typeof current !== 'object') return undefined
    current = (current as Record<PropertyKey, unknown>)[segment]
  }
  return current
}
