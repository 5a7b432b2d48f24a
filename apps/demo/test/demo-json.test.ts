import { execFile } from 'node:child_process'
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { XMLParser } from 'fast-xml-parser'
import { describe, expect, it } from 'vitest'

const cli = join(import.meta.dirname, '..', 'dist', 'cli.js')
const run = promisify(execFile)

describe('homepot-demo --json (the built CLI, as `pnpm demo -- --json` runs it)', () => {
  it('was built before the tests ran', () => {
    // `npm test` builds every package with turbo first; run `pnpm build` if this fails.
    expect(existsSync(cli)).toBe(true)
  })

  it('reports every terminal exactly once per type, with the planned failures', async () => {
    const { stdout } = await run(process.execPath, [
      cli,
      '--json',
      '--devices',
      '120',
      '--concurrency',
      '8',
    ])
    const report = JSON.parse(stdout)
    expect(report.devices).toBe(120)
    const fleetTotal = Object.values(report.fleet as Record<string, number>).reduce(
      (a, b) => a + b,
      0,
    )
    expect(fleetTotal).toBe(120)
    expect(report.summaries.map((s: { type: string }) => s.type)).toEqual([
      'toast',
      'tile',
      'badge',
      'raw',
    ])

    const [toastRun, ...later] = report.summaries
    expect(toastRun.attempted).toBe(120)
    for (const s of report.summaries) {
      const failedByCode = Object.values(s.failedByCode as Record<string, number>).reduce(
        (a, b) => a + b,
        0,
      )
      expect(s.sent + s.dropped + s.failed).toBe(s.attempted)
      expect(failedByCode).toBe(s.failed)
      expect(s.failedByCode.CHANNEL_EXPIRED).toBe(report.fleet.invalid)
      expect(s.failedByCode.THROTTLED).toBe(report.fleet.throttled)
    }
    // Gone channels answer 410 once, are removed, and are not sent to again.
    expect(toastRun.failedByCode.CHANNEL_GONE).toBe(report.fleet.expired)
    expect(report.channelsRemoved).toBe(report.fleet.expired)
    for (const s of later) expect(s.attempted).toBe(120 - report.fleet.expired)
    // Offline devices: raw is not cached, so WNS drops it; visual types are accepted.
    expect(later.find((s: { type: string }) => s.type === 'raw').dropped).toBe(report.fleet.offline)
    // One token for each provider (one per type), not one per notification.
    expect(report.server.tokenRequests).toBe(4)
  })

  it('shows the toast XML the fake received for a healthy terminal', async () => {
    const { stdout } = await run(process.execPath, [
      cli,
      '--json',
      '--devices',
      '5',
      '--type',
      'toast',
    ])
    const { sample } = JSON.parse(stdout)
    expect(sample.terminal).toBe('POS-001')
    const parsed = new XMLParser({ ignoreAttributes: false }).parse(sample.body)
    expect(parsed.toast.visual.binding.text[0]).toBe('Configuration update')
    expect(JSON.parse(parsed.toast['@_launch'])).toMatchObject({ config_version: 'v1.2.3' })
  })

  it('exits non-zero with a clear message on a bad flag', async () => {
    await expect(run(process.execPath, [cli, '--devices', '0'])).rejects.toMatchObject({
      code: 1,
      stderr: expect.stringContaining('--devices must be a whole number from 1 to 100000'),
    })
  })
})
