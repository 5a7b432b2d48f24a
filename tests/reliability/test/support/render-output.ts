import { inspect } from 'node:util'

/**
 * Every way an error can be shown: message, stack, `util.inspect` (own properties, causes and
 * hidden fields included), JSON, and the same for each `cause` down the chain.
 */
export function renderError(error: unknown): string[] {
  const texts: string[] = []
  let current: unknown = error
  for (let depth = 0; current !== undefined && current !== null && depth < 8; depth++) {
    texts.push(inspect(current, { depth: Number.POSITIVE_INFINITY, showHidden: true }))
    if (current instanceof Error) texts.push(current.message, String(current.stack))
    try {
      texts.push(JSON.stringify(current) ?? '')
    } catch {
      // A cause that cannot be serialised is shown by inspect above.
    }
    current = (current as { cause?: unknown }).cause
  }
  return texts
}

/** `value` as JSON and as `util.inspect` shows it (what a snapshot or a log of it would hold). */
export function renderValue(value: unknown): string[] {
  return [
    JSON.stringify(value) ?? 'undefined',
    inspect(value, { depth: Number.POSITIVE_INFINITY, showHidden: true }),
  ]
}
