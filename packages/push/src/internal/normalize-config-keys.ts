import { WnsError } from '@homepot/wns-core'

/** A config with its keys in camelCase, and how the caller spelled each one. @internal */
export interface NormalizedConfig {
  readonly values: Record<string, unknown>
  /** camelCase key → the key as written (`package_sid`). */
  readonly spelling: Map<string, string>
}

/**
 * Maps snake_case aliases to camelCase keys, drops `undefined` values, and refuses unknown keys
 * (listing the known ones) and keys given in both spellings.
 * @throws {WnsError} `INVALID_OPTIONS` naming the key.
 * @internal
 */
export function normalizeConfigKeys(
  config: unknown,
  provider: string,
  known: readonly string[],
  aliases: Readonly<Record<string, string>>,
): NormalizedConfig {
  if (typeof config !== 'object' || config === null || Array.isArray(config)) {
    throw new WnsError('INVALID_OPTIONS', {
      message: `the ${provider} config must be an object`,
      field: 'config',
    })
  }
  const values: Record<string, unknown> = {}
  const spelling = new Map<string, string>()
  for (const [key, value] of Object.entries(config)) {
    if (value === undefined) continue
    const camel = Object.hasOwn(aliases, key) ? (aliases[key] as string) : key
    if (!known.includes(camel)) {
      throw new WnsError('INVALID_OPTIONS', {
        message: `${key} is not a known ${provider} option; known options: ${describeKeys(known, aliases)}`,
        field: key,
      })
    }
    const earlier = spelling.get(camel)
    if (earlier !== undefined) {
      throw new WnsError('INVALID_OPTIONS', {
        message: `${key} and ${earlier} are the same option; give only one of them`,
        field: key,
      })
    }
    spelling.set(camel, key)
    values[camel] = value
  }
  return { values, spelling }
}

function describeKeys(known: readonly string[], aliases: Readonly<Record<string, string>>): string {
  return known
    .map((key) => {
      const alternatives = Object.keys(aliases).filter((alias) => aliases[alias] === key)
      return alternatives.length === 0 ? key : `${key} (${alternatives.join(', ')})`
    })
    .join(', ')
}
