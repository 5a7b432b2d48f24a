import type { WnsError } from '../errors/wns-error'
import { ForbiddenXmlCharacterError } from '../xml/escape'
import { describeForbiddenXmlCharacter } from '../xml/xml-characters'
import { fieldError } from './format-issue'

/**
 * Runs a writer over a validated spec. When the writer meets a character XML 1.0 forbids, the
 * spec is searched for the first string holding one, and the error names that field's path
 * (`toast.text[1] contains U+0001 at index 3, …`). The writer stays free of path bookkeeping.
 * @internal
 */
export function writeChecked<Spec>(
  root: string,
  spec: Spec,
  write: (spec: Spec) => string,
): string {
  try {
    return write(spec)
  } catch (error) {
    if (error instanceof ForbiddenXmlCharacterError) throw forbiddenCharacterError(root, spec)
    throw error
  }
}

function forbiddenCharacterError(root: string, spec: unknown): WnsError {
  const found = findForbidden(spec, [])
  return found
    ? fieldError(root, found.path, found.problem)
    : fieldError(root, [], 'contains a character XML 1.0 does not allow')
}

function findForbidden(
  value: unknown,
  path: PropertyKey[],
): { path: PropertyKey[]; problem: string } | undefined {
  if (typeof value === 'string') {
    const problem = describeForbiddenXmlCharacter(value)
    return problem === undefined ? undefined : { path, problem }
  }
  if (value === null || typeof value !== 'object' || value instanceof Date) return undefined
  for (const [key, child] of Object.entries(value)) {
    const found = findForbidden(child, [...path, Array.isArray(value) ? Number(key) : key])
    if (found) return found
  }
  return undefined
}
