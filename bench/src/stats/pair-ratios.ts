/**
 * Ratios computed pair by pair: `numerators[i] / denominators[i]`, where index `i` is the same
 * repetition of two variants run back to back. Pairing cancels most of the drift a shared,
 * noisy machine adds between repetitions, which a ratio of two medians would keep.
 * @throws {RangeError} when the lists differ in length or are empty.
 * @example pairRatios([10, 12], [5, 4]) // [2, 3]
 */
export function pairRatios(
  numerators: readonly number[],
  denominators: readonly number[],
): number[] {
  if (numerators.length !== denominators.length) {
    throw new RangeError(
      `pairRatios needs as many numerators as denominators (${numerators.length} vs ${denominators.length})`,
    )
  }
  if (numerators.length === 0) throw new RangeError('pairRatios of empty lists')
  return numerators.map((value, index) => value / (denominators[index] as number))
}
