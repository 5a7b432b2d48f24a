import { getNotificationProvider, type PushNotificationResult } from '@homepot/push'
import type { WnsNotificationType } from '@homepot/wns-core'
import { startWnsMockServer } from '@homepot/wns-mock-server'
import { countStates, createFleet, type Terminal } from './fleet'
import { DEMO_PAYLOADS } from './payloads'
import { summarise, type TypeSummary } from './summary'

/** What the demo does. */
export interface DemoOptions {
  /** Number of simulated terminals. */
  readonly devices: number
  /** Notification types to send, in order. */
  readonly types: readonly WnsNotificationType[]
  /** Notifications in flight at once. */
  readonly concurrency: number
}

/** Callbacks for showing progress while the demo runs. */
export interface DemoHooks {
  readonly onTypeStart?: (type: WnsNotificationType, total: number) => void
  readonly onProgress?: (type: WnsNotificationType, done: number, total: number) => void
  readonly onTypeEnd?: (summary: TypeSummary) => void
}

/** Everything the demo found, ready to print as a table or as JSON. */
export interface DemoReport {
  readonly devices: number
  /** Terminals by channel state at the start. */
  readonly fleet: Readonly<Record<string, number>>
  /** One summary per notification type sent. */
  readonly summaries: readonly TypeSummary[]
  /** Terminals whose channel was removed after WNS said it is gone. */
  readonly channelsRemoved: number
  /** Terminals that must request a new channel (WNS did not recognise theirs). */
  readonly terminalsToReregister: number
  /** What the fake WNS received for one healthy terminal. */
  readonly sample:
    | { readonly terminal: string; readonly type: string; readonly body: string }
    | undefined
  /** Requests the fake WNS answered. */
  readonly server: { readonly tokenRequests: number; readonly notificationRequests: number }
  readonly durationMs: number
}

/**
 * Starts the fake WNS on loopback HTTPS, registers a fleet of terminals and sends each
 * notification type to all of them through `@homepot/push`, over the production code path
 * (undici, TLS). Channels WNS reports gone are dropped from the fleet before the next send.
 */
export async function runDemo(options: DemoOptions, hooks: DemoHooks = {}): Promise<DemoReport> {
  const started = performance.now()
  const server = await startWnsMockServer({ port: 0 })
  try {
    const fleet = createFleet(server, options.devices)
    const { packageSid, clientSecret } = server.defaultApp
    let active: Terminal[] = fleet
    const summaries: TypeSummary[] = []
    const reregister = new Set<string>()
    for (const type of options.types) {
      const provider = getNotificationProvider('wns_windows', {
        packageSid,
        clientSecret,
        notificationType: type,
        batchSize: options.concurrency,
        dispatcher: server.dispatcher,
      })
      await provider.initialize()
      hooks.onTypeStart?.(type, active.length)
      const typeStarted = performance.now()
      const results: PushNotificationResult[] = []
      try {
        for (let offset = 0; offset < active.length; offset += options.concurrency) {
          const chunk = active.slice(offset, offset + options.concurrency)
          const payload = DEMO_PAYLOADS[type]
          results.push(
            ...(await provider.sendBulkNotifications(chunk.map((t) => [t.channelUri, payload]))),
          )
          hooks.onProgress?.(type, results.length, active.length)
        }
      } finally {
        await provider.cleanup()
      }
      const summary = summarise(type, results, performance.now() - typeStarted)
      summaries.push(summary)
      hooks.onTypeEnd?.(summary)
      results.forEach((result, index) => {
        if (result.channelAction === 'reregister') reregister.add(active[index]?.id ?? '')
      })
      active = active.filter((_, index) => results[index]?.channelAction !== 'remove')
    }
    const healthy = fleet.find((t) => t.state === 'active')
    const first = healthy ? server.received(healthy.channelUri)[0] : undefined
    const stats = server.stats()
    return {
      devices: options.devices,
      fleet: countStates(fleet),
      summaries,
      channelsRemoved: fleet.length - active.length,
      terminalsToReregister: reregister.size,
      sample:
        healthy && first
          ? {
              terminal: healthy.id,
              type: first.type,
              body:
                typeof first.body === 'string' ? first.body : new TextDecoder().decode(first.body),
            }
          : undefined,
      server: {
        tokenRequests: stats.tokenRequests,
        notificationRequests: stats.notificationRequests,
      },
      durationMs: performance.now() - started,
    }
  } finally {
    await server.close()
  }
}
