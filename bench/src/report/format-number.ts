import type { Summary } from '../stats/summarize'

/**
 * A number with thousands separators and `digits` decimals.
 * @example formatNumber(12345.678, 1) // '12,345.7'
 */
export function formatNumber(value: number, digits = 0): string {
  return value.toLocaleString('en-US', {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  })
}

/**
 * A summary as `median (min–max)`, or just the value when there was one measurement.
 * @example formatSummary({ median: 2, min: 1, max: 3, count: 3 }) // '2 (1–3)'
 */
export function formatSummary(summary: Summary, digits = 0): string {
  const median = formatNumber(summary.median, digits)
  if (summary.count === 1) return median
  return `${median} (${formatNumber(summary.min, digits)}–${formatNumber(summary.max, digits)})`
}

/** Kilobytes as megabytes (MiB), one decimal. */
export function formatMegabytes(kilobytes: number): string {
  return formatNumber(kilobytes / 1024, 1)
}
