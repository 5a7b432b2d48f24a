import { WnsError } from '@homepot/wns-core'
import type { z } from 'zod'

/**
 * Parses `value` with `schema`, or throws a `WnsError` (`INVALID_OPTIONS`) whose message names
 * the offending path, e.g. `injectFaults.fault.rate must be …`.
 * @internal
 */
export function parseOptions<Schema extends z.ZodType>(
  schema: Schema,
  value: unknown,
  path: string,
): z.output<Schema> {
  const parsed = schema.safeParse(value)
  if (parsed.success) return parsed.data
  const issue = parsed.error.issues[0]
  const field = [path, ...(issue?.path ?? []).map(String)].join('.')
  throw new WnsError('INVALID_OPTIONS', {
    message: `${field} is not valid: ${issue?.message ?? 'unknown problem'}`,
    field,
  })
}

/**
 * Throws a `WnsError` (`INVALID_OPTIONS`) for a control-API call that cannot be honoured.
 * @internal
 */
export function invalidOption(field: string, problem: string): never {
  throw new WnsError('INVALID_OPTIONS', { message: `${field} ${problem}`, field })
}
