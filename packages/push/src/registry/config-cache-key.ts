import { createHash } from 'node:crypto'

const identities = new WeakMap<object, number>()
let nextIdentity = 1

/**
 * A key for a provider configuration, equal for configurations with the same contents: plain
 * objects and arrays are compared by value (key order ignored), anything else (a dispatcher, a
 * logger, a function) by identity. The text is hashed so the key never holds a secret.
 * @internal
 */
export function configCacheKey(config: unknown): string {
  return createHash('sha256').update(serialize(config, new Set())).digest('base64url')
}

function serialize(value: unknown, path: Set<object>): string {
  if (value === undefined) return 'u'
  if (value === null || typeof value !== 'object') {
    return typeof value === 'function'
      ? `#${identityOf(value)}`
      : `${typeof value}:${typeof value === 'string' ? JSON.stringify(value) : String(value)}`
  }
  if (path.has(value) || !isPlain(value)) return `#${identityOf(value)}`
  path.add(value)
  const text = Array.isArray(value)
    ? `[${value.map((item) => serialize(item, path)).join(',')}]`
    : `{${Object.keys(value)
        .filter((key) => (value as Record<string, unknown>)[key] !== undefined)
        .sort()
        .map(
          (key) =>
            `${JSON.stringify(key)}:${serialize((value as Record<string, unknown>)[key], path)}`,
        )
        .join(',')}}`
  path.delete(value)
  return text
}

function isPlain(value: object): boolean {
  if (Array.isArray(value)) return true
  const prototype = Object.getPrototypeOf(value)
  return prototype === Object.prototype || prototype === null
}

function identityOf(value: object): number {
  let id = identities.get(value)
  if (id === undefined) {
    id = nextIdentity++
    identities.set(value, id)
  }
  return id
}
