import { readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'

/** One fenced ```ts code block in a guide. */
export interface CodeSample {
  /** Guide file, relative to the docs folder. */
  readonly guide: string
  /** 1-based line of the opening fence. */
  readonly line: number
  readonly code: string
  /**
   * Whether `docs/test/run-samples.test.ts` also runs it: the block is preceded by the line
   * `<!-- doc-test: run -->` (blank lines between allowed). A sample that imports `vitest` runs as a
   * test file; any other runs as a module whose top-level code must not throw.
   */
  readonly run: boolean
}

/** The HTML comment (invisible on GitHub) that marks the next ```ts block as one to run. */
export const RUN_MARKER = '<!-- doc-test: run -->'

const FENCE = /^```(ts|typescript)\s*$/

/** Every ```ts block of every Markdown guide under `folder` (recursively), in file order. */
export function extractSamples(folder: string, root = folder): CodeSample[] {
  const samples: CodeSample[] = []
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    const path = join(folder, entry.name)
    if (entry.isDirectory()) {
      if (!['api', 'node_modules', '.samples', 'test'].includes(entry.name)) {
        samples.push(...extractSamples(path, root))
      }
      continue
    }
    if (!entry.name.endsWith('.md')) continue
    const lines = readFileSync(path, 'utf8').split('\n')
    for (let i = 0; i < lines.length; i++) {
      if (!FENCE.test(lines[i] ?? '')) continue
      const start = i
      let previous = i - 1
      while (previous >= 0 && (lines[previous] ?? '').trim() === '') previous--
      const run = (lines[previous] ?? '').trim() === RUN_MARKER
      const body: string[] = []
      for (i++; i < lines.length && !(lines[i] ?? '').startsWith('```'); i++)
        body.push(lines[i] ?? '')
      samples.push({ guide: relative(root, path), line: start + 1, code: body.join('\n'), run })
    }
  }
  return samples
}
