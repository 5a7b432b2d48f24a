import { createSeededRandom } from '@homepot/wns-core'
import type { WnsChannelState, WnsMock } from '@homepot/wns-mock-server'

/** How many channels of each failing state a soak creates; every other channel is active. */
export interface SoakChannelMix {
  readonly expired: number
  readonly revoked: number
  readonly invalid: number
  readonly throttled: number
}

/** The code a notification to a channel in each state must end with (`ok` for a success). */
export const EXPECTED_OUTCOME: Readonly<Record<WnsChannelState, string>> = {
  active: 'ok',
  offline: 'ok',
  expired: 'CHANNEL_GONE',
  revoked: 'CHANNEL_GONE',
  invalid: 'CHANNEL_EXPIRED',
  throttled: 'THROTTLED',
}

/** Regions the channels are spread over: one undici origin (and socket pool) each. */
const REGIONS = ['db5', 'bn3'] as const

/** Channels of a soak and the state each one was put in. */
export interface SoakPopulation {
  readonly uris: readonly string[]
  readonly states: readonly WnsChannelState[]
  /** Channels per state. */
  readonly counts: Readonly<Record<string, number>>
}

/**
 * Creates `total` channels on the fake, spread over two regions, and puts a seeded, scattered
 * selection of them into the failing states of `mix`.
 */
export function createSoakPopulation(
  mock: WnsMock,
  total: number,
  mix: SoakChannelMix,
  seed: number,
): SoakPopulation {
  const uris: string[] = []
  const states: WnsChannelState[] = []
  for (let i = 0; i < total; i++) {
    uris.push(mock.createChannel({ region: REGIONS[i % REGIONS.length] as string }))
    states.push('active')
  }
  const order = shuffledIndexes(total, createSeededRandom(seed))
  let next = 0
  const assign = (state: WnsChannelState, count: number): void => {
    for (let k = 0; k < count; k++) {
      const index = order[next++] as number
      states[index] = state
      mock.setChannelState(uris[index] as string, state)
    }
  }
  assign('expired', mix.expired)
  assign('revoked', mix.revoked)
  assign('invalid', mix.invalid)
  assign('throttled', mix.throttled)
  const counts: Record<string, number> = {}
  for (const state of states) counts[state] = (counts[state] ?? 0) + 1
  return { uris, states, counts }
}

function shuffledIndexes(length: number, random: () => number): number[] {
  const order = Array.from({ length }, (_, i) => i)
  for (let i = length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1))
    const swap = order[i] as number
    order[i] = order[j] as number
    order[j] = swap
  }
  return order
}
