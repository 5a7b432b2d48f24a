import type { VariantId } from '../variants/variant-ids'

/** The parts of a benchmark run that can be skipped. */
export const BENCH_SECTIONS = ['throughput', 'payload', 'memory'] as const

/** One of {@link BENCH_SECTIONS}. */
export type BenchSection = (typeof BENCH_SECTIONS)[number]

/** What one `pnpm bench` run does, after defaults. */
export interface BenchConfig {
  /** Smoke mode: few sends, one repetition, small streams, no docs written. */
  readonly quick: boolean
  /** Toasts per throughput measurement. */
  readonly count: number
  /** Repetitions of every (variant, concurrency) pair. */
  readonly repetitions: number
  readonly concurrencies: readonly number[]
  readonly variants: readonly VariantId[]
  /** Channel counts of the `sendStream` memory runs. */
  readonly streamCounts: readonly number[]
  /** Concurrency of the memory runs. */
  readonly streamConcurrency: number
  /** Time budget of the payload-building task, in milliseconds. */
  readonly payloadTimeMs: number
  readonly sections: readonly BenchSection[]
  /** Also CPU-profile (a) and (b) at this concurrency and summarize where the time goes. */
  readonly profileConcurrency: number | undefined
  /** A measuring child still running after this long is killed and its run fails. */
  readonly childTimeoutMs: number
  /** Write docs/benchmarks.md (never in quick mode). */
  readonly writeDocs: boolean
}
