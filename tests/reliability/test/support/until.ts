/**
 * Resolves once `condition()` holds, looking again every few milliseconds; rejects with a clear
 * message if it still does not hold after `ms`. For "once the bulk is under way", where a fixed
 * sleep could be outrun by a slow machine.
 */
export async function until(condition: () => boolean, what: string, ms = 10_000): Promise<void> {
  const deadline = performance.now() + ms
  while (!condition()) {
    if (performance.now() > deadline) throw new Error(`still waiting after ${ms} ms until ${what}`)
    await new Promise((resolve) => setTimeout(resolve, 5))
  }
}
