import { describe, expect, it } from 'vitest'
import { parseBenchArgs } from '../src/cli/parse-bench-args'

describe('parseBenchArgs', () => {
  it('defaults to the full run of issue 8 and writes the docs', () => {
    const config = parseBenchArgs([])
    expect(config).toMatchObject({
      quick: false,
      count: 20_000,
      repetitions: 3,
      concurrencies: [1, 16, 64, 256],
      variants: ['wns-client', 'raw-undici', 'npm-wns', 'homepot-push'],
      streamCounts: [100_000, 1_000_000],
      sections: ['throughput', 'payload', 'memory'],
      profileConcurrency: undefined,
      writeDocs: true,
    })
  })

  it('makes --quick a smoke run that never rewrites the docs', () => {
    const config = parseBenchArgs(['--quick'])
    expect(config).toMatchObject({ quick: true, repetitions: 1, streamCounts: [2_000, 10_000] })
    expect(config.count).toBeLessThanOrEqual(1000)
    expect(config.writeDocs).toBe(false)
  })

  it('ignores the "--" pnpm forwards', () => {
    expect(parseBenchArgs(['--', '--quick']).quick).toBe(true)
  })

  it('reads lists, counts with underscores and skipped sections', () => {
    const config = parseBenchArgs([
      '--concurrency',
      '16,64',
      '--variants',
      'wns-client,raw-undici',
      '--count',
      '5_000',
      '--skip',
      'memory,payload',
      '--no-docs',
    ])
    expect(config).toMatchObject({
      concurrencies: [16, 64],
      variants: ['wns-client', 'raw-undici'],
      count: 5000,
      sections: ['throughput'],
      writeDocs: false,
    })
  })

  it('takes --profile with or without a concurrency', () => {
    expect(parseBenchArgs(['--profile']).profileConcurrency).toBe(64)
    expect(parseBenchArgs(['--profile', '16', '--quick'])).toMatchObject({
      profileConcurrency: 16,
      quick: true,
    })
  })

  it('names the argument it refuses', () => {
    expect(() => parseBenchArgs(['--count', '0'])).toThrow(
      '--count must be a positive integer, got "0"',
    )
    expect(() => parseBenchArgs(['--variants', 'fcm'])).toThrow('--variants: unknown variant "fcm"')
    expect(() => parseBenchArgs(['--skip', 'all'])).toThrow('--skip: unknown section "all"')
    expect(() => parseBenchArgs(['--fast'])).toThrow(/--fast/)
  })
})
