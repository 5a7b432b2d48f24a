const NON_ASCII = /[\u0080-\uffff]/

/**
 * Number of bytes `text` takes in UTF-8, computed without allocating. Lone surrogates count as
 * the 3-byte replacement character, as `TextEncoder` would write them.
 */
export function utf8ByteLength(text: string): number {
  // Notification XML is nearly always ASCII, where bytes equal UTF-16 code units; one native
  // regex scan is several times faster than the loop below.
  if (!NON_ASCII.test(text)) return text.length
  let bytes = 0
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i)
    if (unit < 0x80) bytes += 1
    else if (unit < 0x800) bytes += 2
    else if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1)
      if (next >= 0xdc00 && next <= 0xdfff) {
        bytes += 4
        i++
      } else bytes += 3
    } else bytes += 3
  }
  return bytes
}

/** Size of a notification body in bytes. */
export function bodyByteLength(body: string | Uint8Array): number {
  return typeof body === 'string' ? utf8ByteLength(body) : body.byteLength
}
