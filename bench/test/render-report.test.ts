import { describe, expect, it } from 'vitest'
import { evaluateTargets } from '../src/report/evaluate-targets'
import { renderReport } from '../src/report/render-report'
import { benchReport, sendRun } from './report-fixture'

const runs = [16, 64].flatMap((concurrency) =>
  [1, 2].flatMap((repetition) => [
    sendRun('wns-client', concurrency, repetition, 100, 105_000),
    sendRun('raw-undici', concurrency, repetition, 95, 100_000),
    sendRun('npm-wns', concurrency, repetition, 140, 150_000),
    sendRun('homepot-push', concurrency, repetition, 110, 120_000),
  ]),
)

const stream = (count: number, maxRssMb: number) => ({
  kind: 'stream' as const,
  count,
  concurrency: 64,
  sent: count,
  failed: 0,
  elapsedMs: 1000,
  cpuUs: 900_000,
  maxRssKb: maxRssMb * 1024,
  peakHeapUsedKb: 20 * 1024,
})

describe('evaluateTargets', () => {
  it('marks each target met or missed from the medians', () => {
    const checks = evaluateTargets(
      benchReport({
        sendRuns: runs,
        payload: {
          kind: 'payload',
          tasks: [
            {
              name: 'toast()',
              opsPerSecond: 150_000,
              medianUs: 6,
              rmePercent: 1,
              samples: 10,
              bytes: 600,
            },
          ],
        },
        streams: [stream(100_000, 90), stream(1_000_000, 100)],
      }),
    )
    expect(checks.map((check) => check.met)).toEqual([true, true, true, false, true, true])
    expect(checks[0]?.measured).toBe('0.95× at 16, 0.95× at 64')
    expect(checks[3]?.measured).toBe('150,000 toasts/s')
  })

  it('says "not measured" rather than passing or failing what was skipped', () => {
    const checks = evaluateTargets(benchReport())
    expect(checks.every((check) => check.met === undefined)).toBe(true)
    expect(checks.every((check) => check.measured === 'not measured')).toBe(true)
  })

  it('fails the growth target when RSS grows more than 1.2× with the input', () => {
    const [, , , , , growth] = evaluateTargets(
      benchReport({ streams: [stream(100_000, 80), stream(1_000_000, 120)] }),
    )
    expect(growth).toMatchObject({ met: false, measured: '1.50× (100,000 → 1,000,000)' })
  })
})

describe('renderReport', () => {
  it('renders every section with one row per variant and concurrency', () => {
    const markdown = renderReport(benchReport({ sendRuns: runs }))
    for (const heading of [
      '### Setup',
      '### Throughput',
      '### Ratios',
      '### Payload building',
      '### Memory',
      '### Targets',
    ]) {
      expect(markdown).toContain(heading)
    }
    expect(markdown).toContain('Test CPU, 2 logical CPUs')
    expect(markdown.match(/^\| (16|64) \| \(/gm)).toHaveLength(8)
    expect(markdown).toContain(
      '| 16 | 0.95 (0.95–0.95) | 1.05 (1.05–1.05) | 1.40 (1.40–1.40) | 0.91 (0.91–0.91) | 1.47 (1.47–1.47) |',
    )
  })

  it('lists harness failures', () => {
    const markdown = renderReport(
      benchReport({ failures: ['(c) npm wns at concurrency 1: 10 of 300 accepted'] }),
    )
    expect(markdown).toContain(
      '### Harness failures\n\n- (c) npm wns at concurrency 1: 10 of 300 accepted',
    )
  })
})
