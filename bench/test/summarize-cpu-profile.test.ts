import { describe, expect, it } from 'vitest'
import {
  type CpuProfile,
  categorizeFrame,
  summarizeCpuProfile,
} from '../src/profile/summarize-cpu-profile'

const frame = (id: number, functionName: string, url: string, hitCount: number) => ({
  id,
  callFrame: { functionName, url, lineNumber: 9 },
  hitCount,
})

describe('categorizeFrame', () => {
  it('names the package a frame belongs to, from pnpm-store and workspace paths', () => {
    expect(
      categorizeFrame(
        'request',
        'file:///w/node_modules/.pnpm/undici@7.30.2/node_modules/undici/lib/api/api-request.js',
      ),
    ).toBe('undici')
    expect(
      categorizeFrame(
        'parse',
        'file:///w/node_modules/.pnpm/zod@4.1.0/node_modules/zod/v4/core/parse.js',
      ),
    ).toBe('zod')
    expect(categorizeFrame('deliver', 'file:///w/packages/wns-http/dist/index.js')).toBe(
      '@homepot/wns-http',
    )
    expect(categorizeFrame('Socket._write', 'node:internal/tls/wrap')).toBe('node: tls')
    expect(categorizeFrame('(garbage collector)', '')).toBe('GC')
  })
})

describe('summarizeCpuProfile', () => {
  const profile: CpuProfile = {
    startTime: 0,
    endTime: 100_000, // 100 ms, 100 samples of 1 ms
    nodes: [
      frame(1, '(idle)', '', 50),
      frame(
        2,
        'request',
        'file:///w/node_modules/.pnpm/undici@7.30.2/node_modules/undici/lib/api/api-request.js',
        30,
      ),
      frame(3, 'deliver', 'file:///w/packages/wns-http/dist/index.js', 15),
      frame(
        4,
        'request',
        'file:///w/node_modules/.pnpm/undici@7.30.2/node_modules/undici/lib/api/api-request.js',
        5,
      ),
    ],
  }

  it('splits self time by category as a share of busy time, idle apart', () => {
    const summary = summarizeCpuProfile(profile)
    expect(summary.totalMs).toBe(100)
    expect(summary.idleMs).toBe(50)
    expect(summary.categories).toEqual([
      { name: 'undici', selfMs: 35, percent: 70 },
      { name: '@homepot/wns-http', selfMs: 15, percent: 30 },
    ])
  })

  it('merges nodes of the same function and keeps the top ones', () => {
    const [top, ...rest] = summarizeCpuProfile(profile, 1).functions
    expect(top).toEqual({ name: 'request api-request.js:10 [undici]', selfMs: 35, percent: 70 })
    expect(rest).toEqual([])
  })
})
