import { afterAll, beforeAll, beforeEach, describe } from 'vitest'
import type { Transport, TransportFactory } from '../transports/transport'
import { faultCases } from './fault-cases'
import { notifyAuthCases } from './notify-auth-cases'
import { notifyChannelCases } from './notify-channel-cases'
import { notifyPayloadCases } from './notify-payload-cases'
import { offlineCases } from './offline-cases'
import { CLOCK_START, createSuiteContext } from './suite-context'
import { tokenCases } from './token-cases'

/**
 * The behaviour suite every way into the fake must pass: the same cases, driven by a plain
 * HTTP client through `factory`'s transport.
 */
export function runBehaviourSuite(name: string, factory: TransportFactory): void {
  describe(name, () => {
    let transport: Transport | undefined
    const ctx = createSuiteContext(() => {
      if (transport === undefined) throw new Error('transport not started')
      return transport
    })
    beforeAll(async () => {
      transport = await factory({ now: () => ctx.clock.now })
    })
    afterAll(async () => {
      await transport?.close()
    })
    beforeEach(() => {
      ctx.clock.now = CLOCK_START
      ctx.mock.reset()
    })
    tokenCases(ctx)
    notifyAuthCases(ctx)
    notifyChannelCases(ctx)
    notifyPayloadCases(ctx)
    offlineCases(ctx)
    faultCases(ctx)
  })
}
