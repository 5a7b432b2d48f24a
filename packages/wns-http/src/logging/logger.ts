/**
 * A structured logger: four levels, each called as `(fields, message)` — the argument order of
 * pino, so a pino (or pino-compatible) logger can be passed as it is.
 *
 * What the client logs never contains a client secret or an access token: channel URIs appear
 * as their host only, and errors as their code and (already redacted) message.
 *
 * @example
 * import pino from 'pino'
 * const client = new WnsClient({ logger: pino({ level: 'debug' }) })
 *
 * @example
 * // console, with the message first
 * const logger = {
 *   debug: (fields, message) => console.debug(message, fields),
 *   info: (fields, message) => console.info(message, fields),
 *   warn: (fields, message) => console.warn(message, fields),
 *   error: (fields, message) => console.error(message, fields),
 * }
 */
export interface WnsLogger {
  /** Every HTTP attempt and token cache decision. */
  debug(fields: Record<string, unknown>, message: string): void
  /** Tokens acquired. */
  info(fields: Record<string, unknown>, message: string): void
  /** Retries, re-authentication, builder warnings, failed background work. */
  warn(fields: Record<string, unknown>, message: string): void
  /** Reserved for failures a caller cannot see; today every failure reaches its caller instead. */
  error(fields: Record<string, unknown>, message: string): void
}

const ignore = (): void => {}

/**
 * The logger used when none is given: it drops everything.
 * @internal
 */
export const silentLogger: WnsLogger = Object.freeze({
  debug: ignore,
  info: ignore,
  warn: ignore,
  error: ignore,
})
