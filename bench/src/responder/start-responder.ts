import { fork } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import type { ResponderMessage, ResponderStats } from './responder-messages'

/** A running responder process, seen from the harness. */
export interface RunningResponder {
  readonly port: number
  /** The certificate the clients must trust (PEM). */
  readonly ca: string
  /** The responder's CPU time and counters so far. */
  stats(): Promise<ResponderStats>
  /** Stops the responder process. */
  stop(): Promise<void>
}

/**
 * Forks the responder (`dist/responder.js`, built beside the harness) and waits until it
 * listens.
 * @throws {Error} when the process exits before it is ready.
 */
export function startResponder(
  entry = fileURLToPath(new URL('./responder.js', import.meta.url)),
): Promise<RunningResponder> {
  const child = fork(entry, [], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] })
  let nextId = 0
  const waiting = new Map<
    number,
    { resolve: (stats: ResponderStats) => void; reject: (error: Error) => void }
  >()
  // A responder that dies mid-run fails whatever is waiting on it instead of hanging the harness.
  child.once('exit', (code) => {
    for (const pending of waiting.values())
      pending.reject(new Error(`the responder exited with code ${code}`))
    waiting.clear()
  })
  return new Promise((resolve, reject) => {
    const onExit = (code: number | null): void =>
      reject(new Error(`the responder exited with code ${code} before it was ready`))
    child.once('exit', onExit)
    child.on('message', (message: ResponderMessage) => {
      if (message.type === 'stats') {
        waiting.get(message.id)?.resolve(message)
        waiting.delete(message.id)
        return
      }
      child.off('exit', onExit)
      resolve({
        port: message.port,
        ca: message.ca,
        stats: () =>
          new Promise((resolveStats, rejectStats) => {
            if (child.exitCode !== null) {
              rejectStats(new Error(`the responder exited with code ${child.exitCode}`))
              return
            }
            nextId += 1
            waiting.set(nextId, { resolve: resolveStats, reject: rejectStats })
            child.send({ type: 'stats', id: nextId })
          }),
        stop: () =>
          new Promise((resolveStop) => {
            if (child.exitCode !== null) return resolveStop()
            child.once('exit', () => resolveStop())
            child.disconnect()
          }),
      })
    })
  })
}
