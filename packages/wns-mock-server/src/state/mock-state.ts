import type { AppRegistry } from './app-registry'
import type { ChannelStore } from './channel-store'
import type { FaultPlan } from './fault-plan'
import type { StatsCounter } from './mock-stats'
import type { TokenStore } from './token-store'

/** Everything the behaviour core reads and changes; one per mock. @internal */
export interface MockState {
  readonly apps: AppRegistry
  readonly tokens: TokenStore
  readonly channels: ChannelStore
  readonly faults: FaultPlan
  readonly stats: StatsCounter
  /** The mock's clock, epoch milliseconds. */
  readonly now: () => number
  readonly nextMsgId: () => string
  /** Refuse headers documented for phone channels only (`X-WNS-Group`, `X-WNS-SuppressPopup`). */
  readonly strictPhoneHeaders: boolean
}
