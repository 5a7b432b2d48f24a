import diagnostics from 'node:diagnostics_channel'
import { it } from 'vitest'
import { runSoak } from './support/run-soak'

it('conn', { timeout: 300_000 }, async () => {
  let connected = 0
  let disconnected = 0
  diagnostics.subscribe('undici:client:connected', () => { connected++ })
  diagnostics.subscribe('undici:client:disconnected', () => { disconnected++ })
  const f = await runSoak({ notifications: 20000, channels: 10000, mix: { expired: 150, revoked: 50, invalid: 150, throttled: 100 }, concurrency: 128, seed: 9, rate503: 0.05, rate500: 0.01, jitterMs: 4 })
  console.log(f.durationMs, { connected, disconnected })
})
