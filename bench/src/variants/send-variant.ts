import type { SendOutcome } from '../measure/measure-result'
import type { LoopbackTarget } from '../transport/loopback-target'

/** What every variant gets: the same channels, the same XML, the same concurrency. */
export interface SendVariantInput {
  readonly target: LoopbackTarget
  readonly concurrency: number
  readonly channels: readonly string[]
  readonly xml: string
}

/**
 * A variant prepares (imports, builds its client, its agent, its toast) outside the measured
 * window and returns the send loop, which is what gets timed.
 */
export type PrepareSendVariant = (input: SendVariantInput) => Promise<() => Promise<SendOutcome>>
