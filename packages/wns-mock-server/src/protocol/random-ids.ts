import { randomBytes } from 'node:crypto'

/** An opaque access token: random bytes in base64, shaped like live.com's (`+`, `/`, `=`). */
export function createAccessToken(): string {
  return randomBytes(48).toString('base64')
}

/**
 * The token part of a channel URI: percent-encoded base64 with lower-case escapes as WNS writes
 * it, cut to 158–175 characters, so that with a three-letter region channel URIs measure 196–213
 * characters, within the 180–215 measured on real ones (protocol notes §9).
 */
export function createChannelToken(): string {
  const encoded = `AwYAAAD${randomBytes(130).toString('base64')}`
    .replaceAll('+', '%2b')
    .replaceAll('/', '%2f')
    .replaceAll('=', '%3d')
  let cut = 160 + ((randomBytes(1)[0] ?? 0) % 16)
  // Never cut inside a %xx escape.
  while (encoded[cut - 1] === '%' || encoded[cut - 2] === '%') cut -= 1
  return encoded.slice(0, cut)
}

/** A fresh random secret for a generated app registration. */
export function createClientSecret(): string {
  return randomBytes(24).toString('base64url')
}

/** A random package SID in the `ms-app://s-1-15-2-…` shape Partner Center hands out. */
export function createPackageSid(): string {
  const bytes = randomBytes(28)
  const parts = Array.from({ length: 7 }, (_, index) => bytes.readUInt32BE(index * 4))
  return `ms-app://s-1-15-2-${parts.join('-')}`
}

/** A random GUID (Entra tenant and client ids, trace ids). */
export function createGuid(): string {
  return globalThis.crypto.randomUUID()
}

/**
 * Creates unique `X-WNS-Msg-ID` values: 16 upper-case hex characters (WNS's limit), a random
 * prefix per mock and a counter, so ids never repeat within one mock.
 */
export function createMsgIdSource(): () => string {
  const prefix = randomBytes(4).toString('hex').toUpperCase()
  let counter = 0
  return () => {
    counter = (counter + 1) >>> 0
    return prefix + counter.toString(16).toUpperCase().padStart(8, '0')
  }
}
