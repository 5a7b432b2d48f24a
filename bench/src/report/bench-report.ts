import type { BenchConfig } from '../cli/bench-config'
import type {
  PayloadMeasureResult,
  SendMeasureResult,
  StreamMeasureResult,
} from '../measure/measure-result'
import type { ProfileSummary } from '../profile/summarize-cpu-profile'
import type { MachineDescription } from './describe-machine'

/** One throughput measurement, with what the responder saw meanwhile. */
export interface SendRun extends SendMeasureResult {
  /** Repetition number, from 1. */
  readonly repetition: number
  /** Responder CPU time (user + system) during the child's whole life, in microseconds. */
  readonly responderCpuUs: number
  /** Notifications the responder answered during the run. */
  readonly responderNotifications: number
  /** Body bytes the responder received during the run. */
  readonly responderBodyBytes: number
}

/** A CPU profile of one variant, summarized. */
export interface VariantProfile {
  readonly variant: string
  readonly concurrency: number
  /** Where the profile file was written. */
  readonly file: string
  readonly summary: ProfileSummary
}

/** Everything one `pnpm bench` run measured: the raw JSON and the source of the report. */
export interface BenchReport {
  readonly config: BenchConfig
  readonly machine: MachineDescription
  /** The command line that produced it. */
  readonly command: string
  readonly startedAt: string
  readonly durationSeconds: number
  /** The toast XML every variant sent, and its size in bytes. */
  readonly toastBytes: number
  readonly sendRuns: readonly SendRun[]
  readonly payload: PayloadMeasureResult | undefined
  readonly streams: readonly StreamMeasureResult[]
  readonly profiles: readonly VariantProfile[]
  /** Harness failures: a variant that did not deliver every notification, a child that crashed. */
  readonly failures: readonly string[]
}
