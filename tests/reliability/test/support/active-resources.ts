/** Resource types that mean an open socket, server or timer. */
export const WATCHED_RESOURCES = ['TCPSocketWrap', 'TLSWrap', 'TCPServerWrap', 'Timeout'] as const

/** How many resources of each type keep the event loop alive now. */
export function activeResources(): Map<string, number> {
  const counts = new Map<string, number>()
  for (const type of process.getActiveResourcesInfo()) counts.set(type, (counts.get(type) ?? 0) + 1)
  return counts
}

/**
 * The watched resources open beyond `baseline`, after letting closes that are already under way
 * finish: it looks again after each turn of the event loop (and a few milliseconds) for at most
 * `settleMs`, and returns as soon as nothing is left over. A real leak is still there at the end.
 */
export async function leftoverResources(
  baseline: ReadonlyMap<string, number>,
  settleMs = 500,
): Promise<Record<string, number>> {
  const deadline = performance.now() + settleMs
  for (;;) {
    const excess = excessOver(baseline)
    if (Object.keys(excess).length === 0 || performance.now() >= deadline) return excess
    await new Promise((resolve) => setImmediate(resolve))
    await new Promise((resolve) => setTimeout(resolve, 5))
  }
}

function excessOver(baseline: ReadonlyMap<string, number>): Record<string, number> {
  const now = activeResources()
  const excess: Record<string, number> = {}
  for (const type of WATCHED_RESOURCES) {
    const extra = (now.get(type) ?? 0) - (baseline.get(type) ?? 0)
    if (extra > 0) excess[type] = extra
  }
  return excess
}
