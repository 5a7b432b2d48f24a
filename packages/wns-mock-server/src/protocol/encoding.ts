const encoder = new TextEncoder()
const strictDecoder = new TextDecoder('utf-8', { fatal: true })

/** UTF-8 bytes of `text`. @internal */
export function utf8(text: string): Uint8Array {
  return encoder.encode(text)
}

/** The text of UTF-8 `bytes`, or `undefined` when they are not valid UTF-8. @internal */
export function decodeUtf8(bytes: Uint8Array): string | undefined {
  try {
    return strictDecoder.decode(bytes)
  } catch {
    return undefined
  }
}

/** An empty body, shared. @internal */
export const EMPTY_BODY: Uint8Array = new Uint8Array(0)
