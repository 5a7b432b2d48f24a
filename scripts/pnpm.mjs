#!/usr/bin/env node
// Runs a root script through the pinned pnpm, installing dependencies first when needed, so the
// README's commands work on a machine that has only Node and npm (`npm test`, `npm run demo`).
// Corepack is not used: its signature check fails against this project's registry.
import { spawnSync } from 'node:child_process'
import { existsSync, readFileSync, statSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const { packageManager } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'))
const [verb, name, ...rest] = process.argv.slice(2)

if (verb !== 'run' || !name) {
  console.error('usage: node scripts/pnpm.mjs run <script> [args...]')
  process.exit(2)
}

// Under pnpm itself, reuse the running pnpm; under npm, fetch the pinned one with npx.
const underPnpm = (process.env.npm_config_user_agent ?? '').startsWith('pnpm/')
const pnpm =
  underPnpm && process.env.npm_execpath
    ? [process.execPath, process.env.npm_execpath]
    : ['npx', '--yes', packageManager]

const env = { ...process.env, TURBO_TELEMETRY_DISABLED: '1', DO_NOT_TRACK: '1' }

function run(argv) {
  const [command, ...commandArgs] = [...pnpm, ...argv]
  const result = spawnSync(command, commandArgs, { cwd: root, stdio: 'inherit', env })
  if (result.error) throw result.error
  if (result.status !== 0) process.exit(result.status ?? 1)
}

function installIsStale() {
  const marker = join(root, 'node_modules', '.modules.yaml')
  if (!existsSync(marker)) return true
  return statSync(join(root, 'pnpm-lock.yaml')).mtimeMs > statSync(marker).mtimeMs
}

if (installIsStale()) run(['install', '--frozen-lockfile'])
run(['run', name, ...rest])
