import type { WnsChannelState as ChannelState, WnsMock } from '@homepot/wns-mock-server'

/** One simulated point-of-sale terminal and the channel it registered. */
export interface Terminal {
  /** Terminal id, e.g. `POS-007`. */
  readonly id: string
  /** The channel URI the terminal's app got from Windows. */
  readonly channelUri: string
  /** The state the fake WNS holds the channel in. */
  readonly state: ChannelState
}

/**
 * The channel state of terminal `index`: a fixed, repeatable mix in which about 5% of channels
 * have expired (410), 3% are unknown to WNS (404), 2% are throttled (406) and 10% of devices are
 * offline; the rest are healthy.
 */
export function terminalState(index: number): ChannelState {
  if (index % 20 === 7) return 'expired'
  if (index % 33 === 5) return 'invalid'
  if (index % 50 === 11) return 'throttled'
  if (index % 10 === 3) return 'offline'
  return 'active'
}

/** Registers `size` terminals with the fake WNS, each with a channel in its planned state. */
export function createFleet(mock: WnsMock, size: number): Terminal[] {
  const terminals: Terminal[] = []
  for (let index = 0; index < size; index++) {
    const state = terminalState(index)
    const channelUri = mock.createChannel()
    if (state !== 'active') mock.setChannelState(channelUri, state)
    terminals.push({ id: `POS-${String(index + 1).padStart(3, '0')}`, channelUri, state })
  }
  return terminals
}

/** How many terminals are in each state. */
export function countStates(terminals: readonly Terminal[]): Record<string, number> {
  const counts: Record<string, number> = {}
  for (const terminal of terminals) counts[terminal.state] = (counts[terminal.state] ?? 0) + 1
  return counts
}
