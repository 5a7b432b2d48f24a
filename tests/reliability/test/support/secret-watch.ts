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
