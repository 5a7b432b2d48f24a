// wns-core runs on Node, edge runtimes and browsers and does not load Node's or the DOM's types.
// These are the only platform globals it uses; every runtime it targets has them.
declare class TextEncoder {
  encode(input?: string): Uint8Array
}
declare class TextDecoder {
  constructor(label?: string, options?: { fatal?: boolean })
  decode(input?: Uint8Array): string
}
