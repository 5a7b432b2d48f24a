import { mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import ts from 'typescript'
import { describe, expect, it } from 'vitest'
import { extractSamples } from './extract-samples'

const docs = resolve(import.meta.dirname, '..')
// Its own folder: run-samples.test.ts writes to a sibling and may run at the same time.
const samplesDir = join(docs, '.samples', 'typecheck')
const samples = extractSamples(docs)

/** Type-checks every sample as its own module, with the workspace's strict settings. */
function typeCheckSamples(): Map<string, string[]> {
  rmSync(samplesDir, { recursive: true, force: true })
  mkdirSync(samplesDir, { recursive: true })
  const files = samples.map((sample, index) => {
    const file = join(
      samplesDir,
      `${sample.guide.replace(/[\\/.]/g, '_')}_L${sample.line}_${index}.ts`,
    )
    // `export {}` makes every sample a module, so top-level await and local names never clash.
    writeFileSync(file, `${sample.code}\nexport {}\n`)
    return file
  })
  const config = ts.readConfigFile(join(docs, 'tsconfig.json'), ts.sys.readFile)
  const parsed = ts.parseJsonConfigFileContent(config.config, ts.sys, docs)
  const program = ts.createProgram(files, {
    ...parsed.options,
    noEmit: true,
    noUnusedLocals: false,
  })
  const byFile = new Map<string, string[]>(files.map((file) => [file, []]))
  for (const diagnostic of ts.getPreEmitDiagnostics(program)) {
    const file = diagnostic.file?.fileName
    const text = ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n')
    const where =
      diagnostic.file && diagnostic.start !== undefined
        ? diagnostic.file.getLineAndCharacterOfPosition(diagnostic.start).line + 1
        : 0
    const list = (file && byFile.get(file)) || byFile.get(files[0] ?? '')
    list?.push(`sample line ${where}: ${text}`)
  }
  return new Map(
    samples.map((sample, index) => [
      `${sample.guide}:${sample.line}`,
      byFile.get(files[index] ?? '') ?? [],
    ]),
  )
}

describe('guide code samples', () => {
  const results = typeCheckSamples()

  it('finds the samples of every guide', () => {
    expect(samples.length).toBeGreaterThan(0)
  })

  it.each(samples.map((s) => [`${s.guide}:${s.line}`]))('%s type-checks', (key) => {
    expect(results.get(key)).toEqual([])
  })
})
