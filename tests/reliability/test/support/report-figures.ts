/**
 * Prints one compact line of figures for the hand-over note, e.g.
 * `[reliability] fault soak {"sent":100000,…}`. Figures are printed, never asserted as timings.
 */
export function reportFigures(label: string, figures: Readonly<Record<string, unknown>>): void {
  console.log(`[reliability] ${label} ${JSON.stringify(figures)}`)
}
