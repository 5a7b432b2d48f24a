import type { z } from 'zod'
import { payloadError } from './format-issue'

/**
 * Checks `input` against a module-level schema and throws the first problem as an
 * `INVALID_PAYLOAD` error naming its path under `root`. The input itself (not zod's copy) is
 * what the writers then read; the schemas have no transforms, so the two are equal.
 * @internal
 */
export function validateSpec(schema: z.ZodType, input: unknown, root: string): void {
  const result = schema.safeParse(input)
  if (!result.success) throw payloadError(root, result.error.issues, input)
}
