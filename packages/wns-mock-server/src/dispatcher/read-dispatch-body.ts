import { EMPTY_BODY } from '../protocol/encoding'

/** A request body read into bytes, and whether it would have gone out chunked. @internal */
export interface ReadBody {
  readonly bytes: Uint8Array
  /** Streams and iterables have no known length: undici sends them chunked. */
  readonly streamed: boolean
}

/**
 * Reads any body undici accepts in dispatch options, once: nothing, a string, a `Buffer` or other
 * `Uint8Array`/`ArrayBuffer`, a `Blob`, a Node stream, an async iterable or an iterable of chunks.
 * @throws {TypeError} for `FormData` (never a WNS body) or an unsupported type.
 * @internal
 */
export async function readDispatchBody(body: unknown): Promise<ReadBody> {
  if (body === undefined || body === null) return { bytes: EMPTY_BODY, streamed: false }
  if (typeof body === 'string') return { bytes: Buffer.from(body), streamed: false }
  if (body instanceof Uint8Array) return { bytes: body, streamed: false }
  if (body instanceof ArrayBuffer) return { bytes: new Uint8Array(body), streamed: false }
  if (ArrayBuffer.isView(body)) {
    return {
      bytes: new Uint8Array(body.buffer, body.byteOffset, body.byteLength),
      streamed: false,
    }
  }
  if (typeof FormData !== 'undefined' && body instanceof FormData) {
    throw new TypeError('FormData bodies are not supported by the WNS mock (WNS never takes them)')
  }
  if (body instanceof Blob)
    return { bytes: new Uint8Array(await body.arrayBuffer()), streamed: false }
  if (isAsyncIterable(body)) return { bytes: await collect(body), streamed: true }
  if (isIterable(body)) return { bytes: await collect(body), streamed: true }
  throw new TypeError(`Unsupported request body type: ${Object.prototype.toString.call(body)}`)
}

async function collect(chunks: AsyncIterable<unknown> | Iterable<unknown>): Promise<Uint8Array> {
  const parts: Buffer[] = []
  for await (const chunk of chunks) {
    if (typeof chunk === 'string') parts.push(Buffer.from(chunk))
    else if (chunk instanceof Uint8Array)
      parts.push(Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength))
    else throw new TypeError('Request body chunks must be strings or Uint8Arrays')
  }
  return Buffer.concat(parts)
}

function isAsyncIterable(value: unknown): value is AsyncIterable<unknown> {
  return typeof (value as { [Symbol.asyncIterator]?: unknown })[Symbol.asyncIterator] === 'function'
}

function isIterable(value: unknown): value is Iterable<unknown> {
  return typeof (value as { [Symbol.iterator]?: unknown })[Symbol.iterator] === 'function'
}
