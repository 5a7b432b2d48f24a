/** The secrets that occur in any of `texts`, each with the first text it was found in. */
export function findLeaks(
  texts: readonly string[],
  secrets: Iterable<string>,
): Array<{ secret: string; text: string }> {
  const leaks: Array<{ secret: string; text: string }> = []
  for (const secret of secrets) {
    const text = texts.find((candidate) => candidate.includes(secret))
    if (text === undefined) continue
    const at = text.indexOf(secret)
    const context = text.slice(Math.max(0, at - 80), at + secret.length + 80)
    leaks.push({ secret: `${secret.slice(0, 4)}…`, text: context.replaceAll(secret, '<SECRET>') })
  }
  return leaks
}
