/** Median, minimum and maximum of a set of repeated measurements. */
export interface Summary {
  readonly median: number
  readonly min: number
  readonly max: number
  /** How many values were summarized. */
  readonly count: number
}

/**
 * The median of `values` (mean of the two middle values when the count is even).
 * @throws {RangeError} when `values` is empty.
 * @example median([3, 1, 2]) // 2
 */
export function median(values: readonly number[]): number {
  if (values.length === 0) throw new RangeError('median of an empty list')
  const sorted = [...values].sort((a, b) => a - b)
  const middle = sorted.length >> 1
  const upper = sorted[middle] as number
  return sorted.length % 2 === 1 ? upper : ((sorted[middle - 1] as number) + upper) / 2
}

/**
 * Summarizes repeated measurements as median and min–max.
 * @throws {RangeError} when `values` is empty.
 * @example summarize([10, 30, 20]) // { median: 20, min: 10, max: 30, count: 3 }
 */
export function summarize(values: readonly number[]): Summary {
  return {
    median: median(values),
    min: Math.min(...values),
    max: Math.max(...values),
    count: values.length,
  }
}
