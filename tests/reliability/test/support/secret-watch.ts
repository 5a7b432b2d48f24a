import diagnostics from 'node:diagnostics_channel'
import { inspect } from 'node:util'

/** Secrets seen on the wire while a watch ran: bearer tokens sent and access tokens received. */
export interface SecretWatch {
  /** Every access token: from `Authorization` headers sent and token answers received. */
  readonly tokens: ReadonlySet<string>
  stop(): void
}

interface RequestMessage {
  readonly request: {
    readonly origin?: unknown
    readonly path?: string
    readonly headers?: unknown
  }
  readonly chunk?: Uint8Array
}

/**
 * Collects access tokens through undici's diagnostics channels (so it sees what any undici
 * client sends and receives): the value of each `Authorization: Bearer …` header, and each
 * `access_token` in a token endpoint's answer.
 */
export function watchSecrets(): SecretWatch {
  const tokens = new Set<string>()
  const bodies = new Map<object, string>()
  const onCreate = (message: unknown): void => {
    const text = headerText((message as RequestMessage).request.headers)
    for (const match of text.matchAll(/authorization[:,]\s*Bearer\s+([^\s,\r\n]+)/gi)) {
      if (match[1]) tokens.add(match[1])
    }
  }
  const onChunk = (message: unknown): void => {
    const { request, chunk } = message as RequestMessage
    if (!chunk || !String(request.origin).includes('login.')) return
    const text = (bodies.get(request) ?? '') + Buffer.from(chunk).toString('utf8')
    bodies.set(request, text)
    for (const match of text.matchAll(/"access_token"\s*:\s*"([^"]+)"/g)) {
      if (match[1]) tokens.add(match[1])
    }
  }
  diagnostics.subscribe('undici:request:create', onCreate)
  diagnostics.subscribe('undici:request:bodyChunkReceived', onChunk)
  return {
    tokens,
    stop() {
      diagnostics.unsubscribe('undici:request:create', onCreate)
      diagnostics.unsubscribe('undici:request:bodyChunkReceived', onChunk)
    },
  }
}

function headerText(headers: unknown): string {
  if (typeof headers === 'string') return headers
  if (Array.isArray(headers)) {
    const parts: string[] = []
    for (let i = 0; i + 1 < headers.length; i += 2) parts.push(`${headers[i]}: ${headers[i + 1]}`)
    return parts.join('\r\n')
  }
  return inspect(headers)
}

/**
 * Every way an error can be shown: message, stack, `util.inspect` (own properties, causes and
 * hidden fields included), JSON, and the same for each `cause` down the chain.
 */
export function renderError(error: unknown): string[] {
  const texts: string[] = []
  let current: unknown = error
  for (let depth = 0; current !== undefined && current !== null && depth < 8; depth++) {
    texts.push(inspect(current, { depth: Number.POSITIVE_INFINITY, showHidden: true }))
    if (current instanceof Error) texts.push(current.message, String(current.stack))
    try {
      texts.push(JSON.stringify(current) ?? '')
    } catch {
      // A cause that cannot be serialised is shown by inspect above.
    }
    current = (current as { cause?: unknown }).cause
  }
  return texts
}

/** `value` as JSON and as `util.inspect` shows it (what a snapshot or a log of it would hold). */
export function renderValue(value: unknown): string[] {
  return [
    JSON.stringify(value) ?? 'undefined',
    inspect(value, { depth: Number.POSITIVE_INFINITY, showHidden: true }),
  ]
}

/** The secrets that occur in any of `texts`, each with the first text it was found in. */
export function findLeaks(
  texts: readonly string[],
  secrets: Iterable<string>,
): Array<{ secret: string; text: string }> {
  const leaks: Array<{ secret: string; text: string }> = []
  for (const secret of secrets) {
    const text = texts.find((candidate) => candidate.includes(secret))
    if (text === undefined) continue
    const at = text.indexOf(secret)
    const context = text.slice(Math.max(0, at - 80), at + secret.length + 80)
    leaks.push({ secret: `${secret.slice(0, 4)}…`, text: context.replaceAll(secret, '<SECRET>') })
  }
  return leaks
}
