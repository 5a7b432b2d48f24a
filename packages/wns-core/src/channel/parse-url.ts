/** The WHATWG `URL` constructor, looked up at call time (every runtime wns-core targets has it). */
type UrlConstructor = new (input: string) => URL

/**
 * Parses `input` with the runtime's WHATWG URL parser; `undefined` when it does not parse.
 * @internal
 */
export function parseUrl(input: string): URL | undefined {
  const Url = (globalThis as unknown as { URL: UrlConstructor }).URL
  try {
    return new Url(input)
  } catch {
    return undefined
  }
}
