import { inspect } from 'node:util'
import type { WnsLogger } from '@homepot/wns-http'

/** A logger that keeps every call, at every level, as the text a log sink would write. */
export interface CapturingLogger extends WnsLogger {
  /** One entry per call: level, message, the fields as JSON and as `util.inspect` shows them. */
  readonly lines: readonly string[]
  /** Calls per level. */
  readonly levels: Readonly<Record<string, number>>
}

/** Creates a {@link CapturingLogger}: the most verbose logger there is, since it drops nothing. */
export function captureLogger(): CapturingLogger {
  const lines: string[] = []
  const levels: Record<string, number> = {}
  const log =
    (level: string) =>
    (fields: Record<string, unknown>, message: string): void => {
      levels[level] = (levels[level] ?? 0) + 1
      lines.push(
        `${level} ${message} ${safeJson(fields)} ${inspect(fields, { depth: Number.POSITIVE_INFINITY, showHidden: true })}`,
      )
    }
  return {
    debug: log('debug'),
    info: log('info'),
    warn: log('warn'),
    error: log('error'),
    lines,
    levels,
  }
}

function safeJson(value: unknown): string {
  try {
    return JSON.stringify(value) ?? 'undefined'
  } catch (error) {
    return `(not JSON: ${String(error)})`
  }
}
