import { setFlagsFromString } from 'node:v8'
import { runInNewContext } from 'node:vm'

let collect: (() => void) | undefined

/**
 * Runs a full garbage collection, so a heap figure counts what is still referenced rather than
 * what the collector has not reached yet. Uses V8's `gc` without `--expose-gc` on the command
 * line: the flag is switched on at run time and `gc` read from a fresh context.
 */
export function forceGc(): void {
  if (collect === undefined) {
    setFlagsFromString('--expose-gc')
    collect = runInNewContext('gc') as () => void
  }
  collect()
}
