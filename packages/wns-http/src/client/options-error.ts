import { WnsError } from '@homepot/wns-core'
import type { z } from 'zod'

/**
 * Turns the first zod issue into an `INVALID_OPTIONS` error whose message names the field path
 * (`retry.maxAttempts must …`). Input values are never quoted, so a secret cannot leak.
 * @internal
 */
export function toOptionsError(error: z.ZodError, root: string): WnsError {
  const issue = error.issues[0]
  const segments = (issue?.path ?? []).map((segment, index) =>
    typeof segment === 'number'
      ? `[${segment}]`
      : `${index === 0 && !root ? '' : '.'}${String(segment)}`,
  )
  let field = `${root}${segments.join('')}`
  let message = `${field || 'options'} is not valid: ${issue?.message ?? 'unknown problem'}`
  if (issue?.code === 'unrecognized_keys') {
    const [first] = issue.keys
    field = [field, first].filter(Boolean).join('.')
    message = `${field} is not a known option`
  }
  return new WnsError('INVALID_OPTIONS', { message, field })
}
