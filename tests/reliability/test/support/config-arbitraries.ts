import fc from 'fast-check'

/** Something shaped like an undici dispatcher, for keys that take one. */
export const fakeDispatcher = {
  dispatch: () => true,
  close: async () => {},
  destroy: async () => {},
}
/** A logger that drops everything, for keys that take one. */
export const silentLogger = { debug() {}, info() {}, warn() {}, error() {} }

/** Any value, prototype-polluting keys and null-prototype objects included. */
export const anyValue = fc.anything({
  withNullPrototype: true,
  withBoxedValues: true,
  withMap: true,
  withSet: true,
  withDate: true,
  withTypedArray: true,
  withSparseArray: true,
  key: fc.oneof(fc.string(), fc.constantFrom('__proto__', 'constructor', 'toString', 'valueOf')),
})
/** Values a configuration key might plausibly hold, and any value at all. */
export const plausibleValue = fc.oneof(
  anyValue,
  fc.constantFrom(0, -1, 1, 2.5, 100, 10_000, 1e12, Number.NaN, Number.POSITIVE_INFINITY),
  fc.constantFrom('', ' ', 'ms-app://s-1-15-2-1', 'secret-value', 'toast', 'raw', 'cache', 'x'),
  fc.constantFrom(true, false, null, undefined),
  fc.constant(fakeDispatcher),
  fc.constant(silentLogger),
  fc.constant(() => undefined),
)

/**
 * Objects over the given keys (plus a stray one sometimes), each holding a plausible value;
 * half of them start from `base`, a valid configuration, so that single bad keys get checked too.
 */
export function configOver(
  keys: readonly string[],
  base: Record<string, unknown> = {},
): fc.Arbitrary<unknown> {
  const known = fc.dictionary(fc.constantFrom(...keys), plausibleValue, { maxKeys: 6 })
  const nested = fc.dictionary(
    fc.constantFrom(...keys),
    fc.oneof(
      plausibleValue,
      fc.dictionary(fc.string({ maxLength: 12 }), plausibleValue, { maxKeys: 3 }),
    ),
    { maxKeys: 4 },
  )
  const perturbed = fc
    .dictionary(fc.constantFrom(...keys), plausibleValue, { maxKeys: 2 })
    .map((changes) => ({ ...base, ...changes }))
  return fc.oneof(
    anyValue,
    known,
    nested,
    fc.tuple(known, fc.string()).map(([config, stray]) => ({ ...config, [stray]: 1 })),
    perturbed,
    perturbed,
  )
}
