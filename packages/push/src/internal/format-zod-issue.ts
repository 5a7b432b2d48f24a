import type { z } from 'zod'

/**
 * Turns the first zod issue into `<path> <problem>` text, e.g. `payload.title must be a string`.
 * `rename` maps a top-level key to the spelling the caller used (snake_case configs).
 * @internal
 */
export function formatZodIssue(
  root: string,
  error: z.ZodError,
  input: unknown,
  rename: (key: string) => string = (key) => key,
): { field: string; message: string } {
  const issue = error.issues[0]
  if (issue === undefined) return { field: root, message: `${root} is not valid` }
  const [first, ...rest] = issue.path.map(String)
  const segments = first === undefined ? [] : [rename(first), ...rest]
  const field = joinPath(root, segments)
  if (issue.code === 'unrecognized_keys') {
    const keys = issue.keys.map((key) => joinPath(field, [key]))
    return { field: keys[0] ?? field, message: `${keys.join(', ')} is not a known option` }
  }
  return { field, message: `${field} ${describe(issue, valueAt(input, issue.path))}` }
}

function joinPath(root: string, segments: readonly string[]): string {
  let path = root
  for (const segment of segments) {
    if (/^\d+$/.test(segment)) path += `[${segment}]`
    else path = path === '' ? segment : `${path}.${segment}`
  }
  return path
}

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let value = input
  for (const key of path) {
    if (typeof value !== 'object' || value === null) return undefined
    value = (value as Record<PropertyKey, unknown>)[key]
  }
  return value
}

function describe(issue: z.core.$ZodIssue, value: unknown): string {
  switch (issue.code) {
    case 'invalid_type':
      return value === undefined ? 'is required' : `must be ${article(issue.expected)}`
    case 'too_small':
      if (issue.origin !== 'string') {
        return issue.inclusive === false
          ? `must be greater than ${String(issue.minimum)}`
          : `must be at least ${String(issue.minimum)}`
      }
      return Number(issue.minimum) <= 1
        ? 'must not be empty'
        : `must have at least ${String(issue.minimum)} characters`
    case 'too_big':
      return issue.origin === 'string'
        ? `must be at most ${String(issue.maximum)} characters`
        : issue.inclusive === false
          ? `must be less than ${String(issue.maximum)}`
          : `must be at most ${String(issue.maximum)}`
    case 'invalid_value':
      return `must be one of ${issue.values.map((value) => JSON.stringify(value)).join(', ')}`
    case 'custom':
      return issue.message
    default:
      return `is not valid: ${issue.message}`
  }
}

function article(expected: string): string {
  if (expected === 'int') return 'an integer'
  if (expected === 'record' || expected === 'object') return 'an object'
  return /^[aeiou]/.test(expected) ? `an ${expected}` : `a ${expected}`
}
