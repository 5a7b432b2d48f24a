#!/usr/bin/env node
// Package checks for every published @homepot package, on the packed tarball (what npm users get):
//   1. `pnpm pack` (a dry run of the release: a broken tarball fails here, before `changeset publish`)
//   2. publint --strict
//   3. @arethetypeswrong/cli (node16 CJS, node16 ESM and bundler resolution)
//   4. a smoke test that installs the tarballs in a fresh folder outside the workspace and both
//      require()s and imports each package, checking a named export is there.
// Prints one line per check and exits non-zero when any fails.
import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'

const root = resolve(import.meta.dirname, '..')
const packDir = join(root, '.ci-out', 'packs')
const pnpm =
  (process.env.npm_config_user_agent ?? '').startsWith('pnpm/') && process.env.npm_execpath
    ? [process.execPath, process.env.npm_execpath]
    : ['npx', '--yes', JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).packageManager]

/** Published packages and one export each must have under both module systems. */
const packages = [
  { dir: 'packages/wns-core', probe: 'WnsError' },
  { dir: 'packages/wns-http', probe: 'WnsClient' },
  { dir: 'packages/push', probe: 'getNotificationProvider' },
  { dir: 'packages/wns-mock-server', probe: 'createWnsMock' },
]

const results = []
function check(name, fn) {
  try {
    fn()
    results.push({ name, ok: true })
    console.log(`ok    ${name}`)
  } catch (error) {
    results.push({ name, ok: false })
    console.log(
      `FAIL  ${name}\n${String(error.stdout ?? '')}${String(error.stderr ?? '')}${error.message}`,
    )
  }
}
function run(command, args, options = {}) {
  return execFileSync(command, args, { encoding: 'utf8', stdio: 'pipe', ...options })
}

rmSync(packDir, { recursive: true, force: true })
mkdirSync(packDir, { recursive: true })
const tarballs = []

for (const { dir } of packages) {
  const cwd = join(root, dir)
  const { name } = JSON.parse(readFileSync(join(cwd, 'package.json'), 'utf8'))
  check(`${name}: pnpm pack`, () => {
    const before = new Set(readdirSync(packDir))
    run(pnpm[0], [...pnpm.slice(1), 'pack', '--pack-destination', packDir], { cwd })
    const created = readdirSync(packDir).filter((file) => !before.has(file))
    if (created.length !== 1) throw new Error(`expected one tarball, got ${created.join(', ')}`)
    tarballs.push({ name, file: join(packDir, created[0]) })
  })
  check(`${name}: publint --strict`, () => {
    const out = run(join(root, 'node_modules/.bin/publint'), ['--strict', '--pack', 'pnpm'], {
      cwd,
    })
    if (/warning|error|suggestion/i.test(out) && !/All good/i.test(out)) throw new Error(out)
  })
  const tarball = tarballs.find((t) => t.name === name)
  check(`${name}: attw (node16, bundler)`, () => {
    if (!tarball) throw new Error('no tarball')
    run(join(root, 'node_modules/.bin/attw'), [
      tarball.file,
      '--profile',
      'node16',
      '--format',
      'table-flipped',
    ])
  })
}

const smokeDir = mkdtempSync(join(tmpdir(), 'homepot-smoke-'))
check('smoke: npm install the tarballs outside the workspace', () => {
  writeFileSync(join(smokeDir, 'package.json'), JSON.stringify({ name: 'smoke', private: true }))
  run(
    'npm',
    ['install', '--no-audit', '--no-fund', '--prefer-offline', ...tarballs.map((t) => t.file)],
    { cwd: smokeDir },
  )
})
for (const { dir, probe } of packages) {
  const { name } = JSON.parse(readFileSync(join(root, dir, 'package.json'), 'utf8'))
  const expect = `if (typeof m.${probe} !== 'function') { console.error('missing export ${probe}'); process.exit(1) }`
  check(`smoke: require('${name}')`, () => {
    writeFileSync(join(smokeDir, 'probe.cjs'), `const m = require('${name}'); ${expect}`)
    run(process.execPath, ['probe.cjs'], { cwd: smokeDir })
  })
  check(`smoke: import '${name}'`, () => {
    writeFileSync(join(smokeDir, 'probe.mjs'), `import * as m from '${name}'; ${expect}`)
    run(process.execPath, ['probe.mjs'], { cwd: smokeDir })
  })
}
rmSync(smokeDir, { recursive: true, force: true })

const failed = results.filter((r) => !r.ok).length
console.log(`package checks: ${results.length - failed} passed, ${failed} failed`)
process.exit(failed ? 1 : 0)
