/** The parts of a V8 `.cpuprofile` (written by `node --cpu-prof`) the summary reads. */
export interface CpuProfile {
  readonly nodes: readonly {
    readonly id: number
    readonly callFrame: {
      readonly functionName: string
      readonly url: string
      readonly lineNumber: number
    }
    readonly hitCount?: number
  }[]
  readonly startTime: number
  readonly endTime: number
}

/** Self time of one function or one category of code. */
export interface ProfileEntry {
  readonly name: string
  /** Milliseconds of samples that landed in it. */
  readonly selfMs: number
  /** Share of the busy (non-idle) time, in percent. */
  readonly percent: number
}

/** Where the CPU time of a profiled run went. */
export interface ProfileSummary {
  /** Length of the profile, in milliseconds. */
  readonly totalMs: number
  /** Time the main thread had nothing to run, in milliseconds. */
  readonly idleMs: number
  /** Self time by category (undici, node:tls, wns-http, zod, GC, …), largest first. */
  readonly categories: readonly ProfileEntry[]
  /** The functions with the most self time, largest first. */
  readonly functions: readonly ProfileEntry[]
}

/** Category of a sampled frame, from its script URL (pnpm store, workspace dist or node core). */
export function categorizeFrame(functionName: string, url: string): string {
  if (functionName === '(garbage collector)') return 'GC'
  if (functionName === '(program)') return 'V8/native (program)'
  if (functionName === '(idle)') return 'idle'
  const workspace = /\/packages\/([\w-]+)\//.exec(url)
  if (workspace) return `@homepot/${workspace[1]}`
  const dependency =
    /node_modules\/(?:\.pnpm\/[^/]+\/node_modules\/)?((?:@[\w.-]+\/)?[\w.-]+)\//.exec(url)
  if (dependency) return dependency[1] as string
  if (url.startsWith('node:')) {
    const module = url.slice('node:'.length).replace(/^internal\//, '')
    if (/^(tls|_tls|crypto|tls\/)/.test(module)) return 'node: tls'
    if (/^(_http|http)/.test(module)) return 'node: http'
    if (/^(net|stream|streams\/|dns|timers|process\/task_queues|async_hooks)/.test(module)) {
      return 'node: net, streams, timers'
    }
    return 'node: other'
  }
  if (/\/bench\/dist\//.test(url)) return 'bench harness'
  return url === '' ? 'native/builtins' : 'other'
}

/**
 * Summarizes a `.cpuprofile`: self time by category and the top `topFunctions` functions.
 * @example summarizeCpuProfile(JSON.parse(readFileSync(file, 'utf8')), 15)
 */
export function summarizeCpuProfile(profile: CpuProfile, topFunctions = 15): ProfileSummary {
  const totalMs = (profile.endTime - profile.startTime) / 1000
  const totalHits = profile.nodes.reduce((sum, node) => sum + (node.hitCount ?? 0), 0)
  const msPerHit = totalHits > 0 ? totalMs / totalHits : 0
  const categories = new Map<string, number>()
  const functions = new Map<string, number>()
  let idleMs = 0
  for (const node of profile.nodes) {
    const selfMs = (node.hitCount ?? 0) * msPerHit
    if (selfMs === 0) continue
    const { functionName, url, lineNumber } = node.callFrame
    const category = categorizeFrame(functionName, url)
    if (category === 'idle') {
      idleMs += selfMs
      continue
    }
    categories.set(category, (categories.get(category) ?? 0) + selfMs)
    const file = url.split('/').at(-1) || '(native)'
    const name = `${functionName || '(anonymous)'} ${file}:${lineNumber + 1} [${category}]`
    functions.set(name, (functions.get(name) ?? 0) + selfMs)
  }
  const busyMs = totalMs - idleMs
  const toEntries = (map: Map<string, number>, limit: number): ProfileEntry[] =>
    [...map.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, limit)
      .map(([name, selfMs]) => ({
        name,
        selfMs,
        percent: busyMs > 0 ? (selfMs / busyMs) * 100 : 0,
      }))
  return {
    totalMs,
    idleMs,
    categories: toEntries(categories, Number.POSITIVE_INFINITY),
    functions: toEntries(functions, topFunctions),
  }
}
