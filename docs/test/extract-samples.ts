import { readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'

/** One fenced ```ts code block in a guide. */
export interface CodeSample {
  /** Guide file, relative to the docs folder. */
  readonly guide: string
  /** 1-based line of the opening fence. */
  readonly line: number
  readonly code: string
}

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
      const body: string[] = []
      for (i++; i < lines.length && !(lines[i] ?? '').startsWith('```'); i++) body.push(lines[i] ?? '')
      samples.push({ guide: relative(root, path), line: start + 1, code: body.join('\n') })
    }
  }
  return samples
}
