import { type ChildProcess, execFileSync, spawn } from 'node:child_process'
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createInterface } from 'node:readline'
import { fileURLToPath } from 'node:url'
import { createMockServerAgent } from '@homepot/wns-mock-server'
import { request } from 'undici'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

const packageDir = fileURLToPath(new URL('..', import.meta.url))
const cli = join(packageDir, 'dist', 'cli.js')

/** Newest modification time under `dir` (sources of this package and of wns-core). */
function newest(dir: string): number {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .reduce((max, entry) => Math.max(max, statSync(join(entry.parentPath, entry.name)).mtimeMs), 0)
}

/** Builds the package (and wns-core) unless dist/cli.js is newer than every source. */
function ensureBuilt(): void {
  const sources = Math.max(
    newest(join(packageDir, 'src')),
    newest(join(packageDir, '..', 'wns-core', 'src')),
  )
  if (existsSync(cli) && statSync(cli).mtimeMs > sources) return
  execFileSync('pnpm', ['--filter', '@homepot/wns-mock-server...', 'run', 'build'], {
    cwd: packageDir,
    stdio: 'ignore',
  })
}

interface CliJson {
  url: string
  host: string
  port: number
  caFile: string
  ca: string
  app: { packageSid: string; clientSecret: string; tokenUrl: string; scope: string }
  entraApp: { tenantId: string; clientId: string; clientSecret: string; tokenUrl: string }
  channel: string
}

describe('wns-mock-server CLI', () => {
  let child: ChildProcess
  let printed: CliJson
  let workDir: string

  beforeAll(async () => {
    ensureBuilt()
    workDir = mkdtempSync(join(tmpdir(), 'wns-mock-cli-'))
    child = spawn(
      process.execPath,
      [cli, '--port', '0', '--json', '--ca-out', join(workDir, 'ca.pem')],
      {
        stdio: ['ignore', 'pipe', 'inherit'],
      },
    )
    const lines = createInterface({ input: child.stdout as NodeJS.ReadableStream })
    const [line] = (await Promise.race([
      new Promise((res) => lines.once('line', (first) => res([first]))),
      new Promise((_, rej) =>
        child.once('exit', (code) => rej(new Error(`CLI exited with ${code}`))),
      ),
    ])) as [string]
    printed = JSON.parse(line) as CliJson
  }, 120_000)

  afterAll(() => {
    child?.kill('SIGTERM')
    if (workDir) rmSync(workDir, { recursive: true, force: true })
  })

  it('prints where it listens, the CA file, app credentials and a sample channel as one JSON line', () => {
    expect(printed).toMatchObject({
      url: `https://127.0.0.1:${printed.port}`,
      host: '127.0.0.1',
      caFile: join(workDir, 'ca.pem'),
      app: {
        packageSid: expect.stringMatching(/^ms-app:\/\//),
        clientSecret: expect.any(String),
        tokenUrl: 'https://login.live.com/accesstoken.srf',
      },
      entraApp: { tenantId: expect.any(String), clientId: expect.any(String) },
      channel: expect.stringMatching(/^https:\/\/db5\.notify\.windows\.com\/\?token=/),
    })
    expect(readFileSync(printed.caFile, 'utf8')).toBe(printed.ca)
  })

  it('answers a real token request and notification over TLS from another process', async () => {
    const ca = readFileSync(printed.caFile, 'utf8')
    const agent = createMockServerAgent({ host: printed.host, port: printed.port, ca })
    try {
      const tokenResponse = await request(printed.app.tokenUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({
          grant_type: 'client_credentials',
          client_id: printed.app.packageSid,
          client_secret: printed.app.clientSecret,
          scope: printed.app.scope,
        }).toString(),
        dispatcher: agent,
      })
      const { access_token: token } = (await tokenResponse.body.json()) as { access_token: string }
      const sent = await request(printed.channel, {
        method: 'POST',
        headers: {
          authorization: `Bearer ${token}`,
          'x-wns-type': 'wns/badge',
          'content-type': 'text/xml',
          'x-wns-requestforstatus': 'true',
        },
        body: '<badge value="2"/>',
        dispatcher: agent,
      })
      await sent.body.dump()
      expect(sent.statusCode).toBe(200)
      expect(sent.headers['x-wns-status']).toBe('received')
      expect(sent.headers['x-wns-deviceconnectionstatus']).toBe('connected')
    } finally {
      await agent.close()
    }
  })

  it('prints usage and exits 2 on an unknown flag', () => {
    let status: number | undefined
    let stderr = ''
    try {
      execFileSync(process.execPath, [cli, '--prot', '80'], { stdio: 'pipe' })
    } catch (error) {
      status = (error as { status: number }).status
      stderr = String((error as { stderr: Buffer }).stderr)
    }
    expect(status).toBe(2)
    expect(stderr).toContain('Usage: wns-mock-server')
  })
})
