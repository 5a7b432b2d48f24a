import { spawnSync } from 'node:child_process'
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join, resolve } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { type CodeSample, extractSamples } from './extract-samples'

const docs = resolve(import.meta.dirname, '..')
// Under docs/.samples (git-ignored), beside the type-check's folder, which it never touches.
const runDir = join(docs, '.samples', 'run')
const reportFile = join(runDir, 'report.json')
const samples = extractSamples(docs).filter((sample) => sample.run)

/** A sample that imports vitest is a test file; any other is a script wrapped in one test. */
const isTestFile = (sample: CodeSample) => /from ['"]vitest['"]/.test(sample.code)

const fileName = (sample: CodeSample, index: number) =>
  `${String(index).padStart(2, '0')}-${sample.guide.replace(/[\\/.]/g, '_')}-L${sample.line}`

/** Writes every runnable sample (and a vitest config using the workspace's resolve conditions). */
function writeSamples(): Map<string, string> {
  rmSync(runDir, { recursive: true, force: true })
  mkdirSync(runDir, { recursive: true })
  const testFiles = new Map<string, string>()
  samples.forEach((sample, index) => {
    const name = fileName(sample, index)
    const key = `${sample.guide}:${sample.line}`
    if (isTestFile(sample)) {
      writeFileSync(join(runDir, `${name}.test.ts`), `${sample.code}\nexport {}\n`)
    } else {
      writeFileSync(join(runDir, `${name}.sample.ts`), `${sample.code}\nexport {}\n`)
      writeFileSync(
        join(runDir, `${name}.test.ts`),
        [
          "import { it } from 'vitest'",
          `it(${JSON.stringify(`${key} runs`)}, async () => {`,
          `  await import('./${name}.sample')`,
          '})',
          '',
        ].join('\n'),
      )
    }
    testFiles.set(key, join(runDir, `${name}.test.ts`))
  })
  writeFileSync(
    join(runDir, 'vitest.config.ts'),
    [
      "import { defineProject } from 'vitest/config'",
      "import { defineWorkspaceProject } from '../../../vitest.shared'",
      '',
      "const shared = defineWorkspaceProject('doc-samples')",
      "export default defineProject({ ...shared, test: { ...shared.test, include: ['*.test.ts'] } })",
      '',
    ].join('\n'),
  )
  return testFiles
}

interface VitestJsonReport {
  readonly testResults: ReadonlyArray<{
    readonly name: string
    readonly status: string
    readonly message?: string
    readonly assertionResults: ReadonlyArray<{
      readonly fullName: string
      readonly status: string
      readonly failureMessages: readonly string[]
    }>
  }>
}

/** Runs the written samples in a separate vitest process and reads its JSON report. */
function runSamples(): VitestJsonReport {
  const vitestBin = join(
    dirname(createRequire(import.meta.url).resolve('vitest/package.json')),
    'vitest.mjs',
  )
  // The child is a fresh vitest, not a worker of this one.
  const env = Object.fromEntries(
    Object.entries(process.env).filter(
      ([name]) => !name.startsWith('VITEST') && name !== 'HOMEPOT_TEST_JSON',
    ),
  )
  const child = spawnSync(
    process.execPath,
    [
      vitestBin,
      'run',
      '--root',
      runDir,
      '--config',
      join(runDir, 'vitest.config.ts'),
      '--reporter=json',
      `--outputFile=${reportFile}`,
    ],
    { cwd: runDir, env, encoding: 'utf8', timeout: 240_000 },
  )
  try {
    return JSON.parse(readFileSync(reportFile, 'utf8')) as VitestJsonReport
  } catch {
    throw new Error(
      `the sample run wrote no report (exit ${child.status}):\n${child.stderr}\n${child.stdout}`,
    )
  }
}

describe('guide code samples marked to run', () => {
  const testFiles = writeSamples()
  let report: VitestJsonReport = { testResults: [] }
  beforeAll(() => {
    if (samples.length > 0) report = runSamples()
  }, 300_000)

  it('finds runnable samples', () => {
    expect(samples.length).toBeGreaterThan(0)
  })

  it.each(samples.map((s) => [`${s.guide}:${s.line}`]))('%s runs and its tests pass', (key) => {
    const file = report.testResults.find((result) => result.name === testFiles.get(key))
    const failures = (file?.assertionResults ?? [])
      .filter((test) => test.status !== 'passed')
      .map((test) => `${test.fullName}: ${test.status} ${test.failureMessages.join('\n')}`)
    // A file that fails to load has no assertion results, only a status and a message.
    expect({ status: file?.status, failures }, file?.message).toEqual({
      status: 'passed',
      failures: [],
    })
    expect(file?.assertionResults.length).toBeGreaterThan(0)
  })
})
