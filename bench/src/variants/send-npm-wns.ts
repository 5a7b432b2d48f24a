import { createRequire } from 'node:module'
import type { SendOutcome } from '../measure/measure-result'
import { installLoopbackGlobalAgent } from '../transport/install-loopback-global-agent'
import {
  BENCH_ACCESS_TOKEN,
  BENCH_CLIENT_SECRET,
  BENCH_PACKAGE_SID,
} from '../workload/bench-credentials'
import type { PrepareSendVariant } from './send-variant'

/** The part of the npm `wns` package (0.5.4, CommonJS, untyped) the benchmark uses. */
interface NpmWns {
  send(
    channel: string,
    payload: string,
    type: 'wns/toast',
    options: { client_id: string; client_secret: string; accessToken: string },
    callback: (error: Error | null) => void,
  ): void
}

/**
 * (c) The npm `wns` package: `wns.send(channel, xml, 'wns/toast', { accessToken }, callback)`
 * with a pre-acquired token, so it skips OAuth. It posts with `https.request` on the global
 * agent, which the child points at the responder with keep-alive and `concurrency` sockets.
 * Callbacks drive the pool directly, as a user of this callback API would.
 */
export const prepareNpmWns: PrepareSendVariant = async ({ target, concurrency, channels, xml }) => {
  installLoopbackGlobalAgent(target, concurrency)
  const wns = createRequire(import.meta.url)('wns') as NpmWns
  // wns only writes to the options when client_id/client_secret are missing: one object is enough.
  const options = {
    client_id: BENCH_PACKAGE_SID,
    client_secret: BENCH_CLIENT_SECRET,
    accessToken: BENCH_ACCESS_TOKEN,
  }
  return () =>
    new Promise<SendOutcome>((resolve) => {
      const count = channels.length
      let next = 0
      let settled = 0
      let sent = 0
      let failed = 0
      let firstError: string | undefined
      const sendNext = (): void => {
        const index = next
        next += 1
        wns.send(channels[index] as string, xml, 'wns/toast', options, (error) => {
          if (error) {
            failed += 1
            firstError ??= error.message
          } else sent += 1
          settled += 1
          if (next < count) sendNext()
          else if (settled === count) {
            resolve(firstError === undefined ? { sent, failed } : { sent, failed, firstError })
          }
        })
      }
      if (count === 0) resolve({ sent, failed })
      for (let i = 0; i < Math.min(concurrency, count); i += 1) sendNext()
    })
}
