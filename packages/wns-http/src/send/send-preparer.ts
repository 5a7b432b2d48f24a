import {
  assertValidChannelUri,
  buildDeleteRequest,
  buildSendRequest,
  type ChannelUriOptions,
  type ChannelUriParser,
  type ChannelUriTarget,
  createChannelUriParser,
  type WnsMatch,
  type WnsNotification,
  type WnsSendOptions,
} from '@homepot/wns-core'
import { PENDING_TOKEN, prepareRequest } from './prepared-request'
import { RequestTemplate } from './request-template'
import { RequestTemplateCache } from './request-template-cache'

/**
 * One send, checked and built before any I/O: where it goes and what it sends.
 * @internal
 */
export interface PreparedSend {
  /** The channel URI, exactly as given. */
  readonly channelUri: string
  /** The origin and path to dispatch to, from the core's channel-URI check. */
  readonly target: ChannelUriTarget
  readonly template: RequestTemplate
}

/**
 * Checks and builds sends for one client with the core's rules, in the core's order (channel URI,
 * then notification, then options), before any I/O. The channel URI is checked for every send;
 * the request is built once per notification and options (see {@link RequestTemplateCache}).
 * @internal
 */
export class SendPreparer {
  readonly #channelUriOptions: ChannelUriOptions | undefined
  readonly #parseChannelUri: ChannelUriParser
  readonly #templates = new RequestTemplateCache()
  readonly #onWarnings: (warnings: readonly string[]) => void

  /** @param onWarnings - called with a builder's warnings whenever it gives some. */
  constructor(
    channelUriOptions: ChannelUriOptions | undefined,
    onWarnings: (warnings: readonly string[]) => void,
  ) {
    this.#channelUriOptions = channelUriOptions
    this.#parseChannelUri = channelUriParser(channelUriOptions)
    this.#onWarnings = onWarnings
  }

  /**
   * @throws {WnsError} what `buildSendRequest` throws: `INVALID_CHANNEL_URI`, `INVALID_OPTIONS`
   *   or `INVALID_PAYLOAD`.
   */
  prepareSend(
    channelUri: string,
    notification: WnsNotification,
    options: WnsSendOptions,
  ): PreparedSend {
    const target = this.#parseChannelUri(channelUri)
    let template = this.#templates.get(notification, options)
    if (template === undefined) {
      // The builder checks the URI again (it is valid), then the notification and options.
      const built = buildSendRequest({
        channelUri,
        notification,
        accessToken: PENDING_TOKEN,
        options,
        ...this.#uriOptions(),
      })
      if (built.warnings.length > 0) this.#onWarnings(built.warnings)
      template = new RequestTemplate(prepareRequest(channelUri, built))
      this.#templates.set(notification, options, template)
    }
    return { channelUri, target, template }
  }

  /** @throws {WnsError} what `buildDeleteRequest` throws. */
  prepareDelete(channelUri: string, match: WnsMatch): PreparedSend {
    const built = buildDeleteRequest({
      channelUri,
      match,
      accessToken: PENDING_TOKEN,
      ...this.#uriOptions(),
    })
    this.#onWarnings(built.warnings)
    const template = new RequestTemplate(prepareRequest(channelUri, built))
    return { channelUri, target: this.#parseChannelUri(channelUri), template }
  }

  #uriOptions(): { channelUriOptions?: ChannelUriOptions } {
    const channelUriOptions = this.#channelUriOptions
    return channelUriOptions ? { channelUriOptions } : {}
  }
}

/**
 * The core's parser for these options. Malformed options are not refused here: every send then
 * fails with the core's `INVALID_OPTIONS`, as it does without a parser.
 */
function channelUriParser(options: ChannelUriOptions | undefined): ChannelUriParser {
  try {
    return createChannelUriParser(options)
  } catch {
    return (uri, field) => {
      const url = assertValidChannelUri(uri, options, field)
      return { origin: url.origin, path: url.pathname + url.search }
    }
  }
}
