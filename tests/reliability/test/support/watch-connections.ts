import diagnostics from 'node:diagnostics_channel'
import type { Socket } from 'node:net'

/** Connections seen while a watch ran. */
export interface ConnectionWatch {
  /** TCP connections a server of this process accepted on `port`. */
  readonly accepted: number
  /** Connections undici set out to open, by host name. */
  readonly dialled: ReadonlyMap<string, number>
  stop(): void
}

interface BeforeConnect {
  readonly connectParams?: { readonly hostname?: string }
}

/**
 * Counts, through Node's and undici's diagnostics channels, the connections accepted by a server
 * on `port` (before any TLS) and the connections undici dials, whatever dispatcher dialled them.
 */
export function watchConnections(port: number): ConnectionWatch {
  let accepted = 0
  const dialled = new Map<string, number>()
  const onAccept = (message: unknown): void => {
    const { socket } = message as { socket: Socket }
    if (socket.localPort === port) accepted += 1
  }
  const onDial = (message: unknown): void => {
    const host = (message as BeforeConnect).connectParams?.hostname ?? 'unknown'
    dialled.set(host, (dialled.get(host) ?? 0) + 1)
  }
  diagnostics.subscribe('net.server.socket', onAccept)
  diagnostics.subscribe('undici:client:beforeConnect', onDial)
  return {
    get accepted() {
      return accepted
    },
    dialled,
    stop() {
      diagnostics.unsubscribe('net.server.socket', onAccept)
      diagnostics.unsubscribe('undici:client:beforeConnect', onDial)
    },
  }
}
