import {
  createTokenProvider,
  createWnsAgent,
  DEFAULT_CONCURRENCY,
  WnsClient,
} from '@homepot/wns-http'
import type { Agent, Dispatcher } from 'undici'
import { type TrackedAccessTokenProvider, trackAccessToken } from './track-access-token'
import type { WnsProviderSettings } from './wns-provider-config'

/** What an initialized `wns_windows` provider holds. @internal */
export interface WnsConnection {
  readonly client: WnsClient
  readonly tokens: TrackedAccessTokenProvider
  /** Closes the client, and the Agent when this connection created it. */
  close(): Promise<void>
}

/**
 * Creates the token provider and the client for a provider's settings, then gets a first access
 * token so bad credentials fail here. The token provider needs the dispatcher before the client
 * exists, so when none is configured the Agent is created here (`createWnsAgent`, the transport
 * the client would have made) and closed with the connection.
 * @throws {WnsError} what the token endpoint answers (`AUTH_FAILED`, `TIMEOUT`, …); nothing is
 *   left open.
 * @internal
 */
export async function openWnsConnection(settings: WnsProviderSettings): Promise<WnsConnection> {
  const timeoutMs = Math.round(settings.timeoutSeconds * 1000)
  const agent = settings.dispatcher
    ? undefined
    : createWnsAgent(settings.concurrency ?? DEFAULT_CONCURRENCY)
  const dispatcher: Dispatcher = settings.dispatcher ?? (agent as Agent)
  const logger = settings.logger && { logger: settings.logger }
  const tokens = trackAccessToken(
    createTokenProvider(settings.credentials, { dispatcher, timeoutMs, ...logger }),
  )
  let client: WnsClient | undefined
  const close = async () => {
    await client?.close()
    await agent?.close()
  }
  try {
    client = new WnsClient({
      tokenProvider: tokens,
      dispatcher,
      timeoutMs,
      ...logger,
      ...(settings.retry && { retry: settings.retry }),
      ...(settings.concurrency && { concurrency: settings.concurrency }),
      ...(settings.channelUriOptions && { channelUriOptions: settings.channelUriOptions }),
    })
    await tokens.getToken()
    return { client, tokens, close }
  } catch (error) {
    await close()
    throw error
  }
}
