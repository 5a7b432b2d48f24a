import { z } from 'zod'

/**
 * A string bound for the XML document. Characters XML 1.0 forbids are not checked here but by
 * the writer's escaping, which looks at every value anyway (one regular-expression test per value
 * covers both); the builders then report the offending field's path.
 * @internal
 */
export const xmlString = z.string()

/** A non-empty {@link xmlString}. @internal */
export const requiredXmlString = xmlString.min(1)

/**
 * A strict object whose unknown-key error lists the valid keys, as web-push does.
 * @internal
 */
export function strictObject<Shape extends z.core.$ZodLooseShape>(shape: Shape) {
  const validKeys = Object.keys(shape).join(', ')
  return z.strictObject(shape, {
    error: (issue) =>
      issue.code === 'unrecognized_keys' ? `valid keys are: ${validKeys}` : undefined,
  })
}

/** An integer from `min` to `max`, both included. @internal */
export function integerBetween(min: number, max: number) {
  return z.int().min(min).max(max)
}
