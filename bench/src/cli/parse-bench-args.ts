import { parseArgs } from 'node:util'
import { isVariantId, VARIANT_IDS, type VariantId } from '../variants/variant-ids'
import { BENCH_SECTIONS, type BenchConfig, type BenchSection } from './bench-config'

/** Usage text printed by `--help` and on a bad argument. */
export const BENCH_USAGE = `Usage: pnpm bench [options]
  --quick                 smoke mode: 300 sends per run, 1 repetition, streams of 2,000 and 10,000
  --count <n>             toasts per throughput run (default 20000)
  --repetitions <n>       repetitions of each variant and concurrency (default 3)
  --concurrency <list>    comma-separated concurrencies (default 1,16,64,256)
  --variants <list>       any of ${VARIANT_IDS.join(',')} (default all)
  --stream <list>         channel counts of the sendStream memory runs (default 100000,1000000)
  --stream-concurrency <n> concurrency of the memory runs (default 64)
  --payload-time <ms>     time budget of the payload-building benchmark (default 3000)
  --skip <list>           sections to skip: ${BENCH_SECTIONS.join(',')}
  --profile [concurrency] CPU-profile (a) and (b) at that concurrency (default 64)
  --no-docs               do not rewrite docs/benchmarks.md`

const FULL = {
  count: 20_000,
  repetitions: 3,
  streamCounts: [100_000, 1_000_000],
  payloadTimeMs: 3000,
  childTimeoutMs: 1_800_000,
}
const QUICK = {
  count: 300,
  repetitions: 1,
  streamCounts: [2_000, 10_000],
  payloadTimeMs: 200,
  childTimeoutMs: 120_000,
}

/**
 * Parses the arguments of `pnpm bench` into a {@link BenchConfig}.
 * @throws {Error} naming the argument, for an unknown option or an invalid value.
 * @example parseBenchArgs(['--quick']).count // 300
 */
export function parseBenchArgs(argv: readonly string[]): BenchConfig {
  // `pnpm bench -- --quick` forwards the `--` itself.
  const args = argv.filter((arg) => arg !== '--')
  // `--profile` takes an optional value, which parseArgs cannot express.
  const profileAt = args.indexOf('--profile')
  let profileConcurrency: number | undefined
  if (profileAt !== -1) {
    const next = args[profileAt + 1]
    const hasValue = next !== undefined && /^\d+$/.test(next)
    profileConcurrency = hasValue ? positiveInteger('--profile', next) : 64
    args.splice(profileAt, hasValue ? 2 : 1)
  }
  const { values } = parseArgs({
    args,
    strict: true,
    allowPositionals: false,
    options: {
      quick: { type: 'boolean', default: false },
      count: { type: 'string' },
      repetitions: { type: 'string' },
      concurrency: { type: 'string' },
      variants: { type: 'string' },
      stream: { type: 'string' },
      'stream-concurrency': { type: 'string' },
      'payload-time': { type: 'string' },
      skip: { type: 'string' },
      'no-docs': { type: 'boolean', default: false },
    },
  })
  const base = values.quick ? QUICK : FULL
  return {
    quick: values.quick,
    count: optional('--count', values.count, positiveInteger) ?? base.count,
    repetitions: optional('--repetitions', values.repetitions, positiveInteger) ?? base.repetitions,
    concurrencies: optional('--concurrency', values.concurrency, integerList) ?? [1, 16, 64, 256],
    variants: optional('--variants', values.variants, variantList) ?? [...VARIANT_IDS],
    streamCounts: optional('--stream', values.stream, integerList) ?? base.streamCounts,
    streamConcurrency:
      optional('--stream-concurrency', values['stream-concurrency'], positiveInteger) ?? 64,
    payloadTimeMs:
      optional('--payload-time', values['payload-time'], positiveInteger) ?? base.payloadTimeMs,
    sections: BENCH_SECTIONS.filter(
      (section) => !(optional('--skip', values.skip, sectionList) ?? []).includes(section),
    ),
    profileConcurrency,
    childTimeoutMs: base.childTimeoutMs,
    writeDocs: !values.quick && !values['no-docs'],
  }
}

function optional<T>(
  name: string,
  value: string | undefined,
  parse: (name: string, value: string) => T,
): T | undefined {
  return value === undefined ? undefined : parse(name, value)
}

function positiveInteger(name: string, value: string): number {
  const parsed = Number(value.replaceAll('_', ''))
  if (!Number.isInteger(parsed) || parsed < 1) {
    throw new Error(`${name} must be a positive integer, got "${value}"`)
  }
  return parsed
}

function integerList(name: string, value: string): number[] {
  return value.split(',').map((item) => positiveInteger(name, item.trim()))
}

function variantList(name: string, value: string): VariantId[] {
  return value.split(',').map((item) => {
    const id = item.trim()
    if (!isVariantId(id))
      throw new Error(`${name}: unknown variant "${id}" (use ${VARIANT_IDS.join(', ')})`)
    return id
  })
}

function sectionList(name: string, value: string): BenchSection[] {
  return value.split(',').map((item) => {
    const section = item.trim()
    if (!(BENCH_SECTIONS as readonly string[]).includes(section)) {
      throw new Error(`${name}: unknown section "${section}" (use ${BENCH_SECTIONS.join(', ')})`)
    }
    return section as BenchSection
  })
}
