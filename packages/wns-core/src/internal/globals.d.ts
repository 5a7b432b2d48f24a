// wns-core runs on Node, edge runtimes and browsers and does not load Node's or the DOM's types.
// These are the only platform globals it uses; every runtime it targets has them.
declare class TextEncoder {
  encode(input?: string): Uint8Array
}
declare class TextDecoder {
  constructor(label?: string, options?: { fatal?: boolean })
  decode(input?: Uint8Array): string
}

// The WHATWG URL type, limited to the members wns-core reads. Only an interface is declared (no
// `var`), so it merges with the declarations of @types/node or lib.dom when those load too; the
// constructor is reached through `globalThis` in src/channel/parse-url.ts.
interface URL {
  href: string
  protocol: string
  username: string
  password: string
  host: string
  hostname: string
  port: string
  pathname: string
  search: string
  hash: string
}
