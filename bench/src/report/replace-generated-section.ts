/** Marks the start of the part of docs/benchmarks.md that `pnpm bench` rewrites. */
export const GENERATED_START =
  '<!-- bench:results:start (written by `pnpm bench`; edit outside these markers) -->'

/** Marks its end. */
export const GENERATED_END = '<!-- bench:results:end -->'

/**
 * Puts `generated` between the markers of `document`, keeping everything outside them (the
 * hand-written analysis). A document without markers gets them appended.
 * @example replaceGeneratedSection('# Benchmarks\n', '| table |')
 */
export function replaceGeneratedSection(document: string, generated: string): string {
  const block = `${GENERATED_START}\n\n${generated.trim()}\n\n${GENERATED_END}`
  const start = document.indexOf(GENERATED_START)
  const end = document.indexOf(GENERATED_END)
  if (start === -1 || end === -1 || end < start) {
    return `${document.trimEnd()}${document.trim() === '' ? '' : '\n\n'}${block}\n`
  }
  return document.slice(0, start) + block + document.slice(end + GENERATED_END.length)
}
