import type { RequestTemplate } from './request-template'

/**
 * Remembers the last {@link RequestTemplate} built, for the notification type and body and the
 * send options it was built from. A bulk send passes the same notification and options with
 * every item, so one entry is enough; anything else misses and is built afresh.
 *
 * Options are compared by value, not identity (a caller may reuse and change one object), and
 * only plain objects are cached: their own enumerable properties are all a builder reads.
 * @internal
 */
export class RequestTemplateCache {
  #template: RequestTemplate | undefined
  #type: unknown
  #body: unknown
  #bodyLength = -1
  #optionKeys: string[] = []
  #optionValues: unknown[] = []

  /** The template built for this notification and these options, if it is the last one. */
  get(notification: unknown, options: unknown): RequestTemplate | undefined {
    const template = this.#template
    if (template === undefined || !isPlainObject(options) || !isObject(notification)) {
      return undefined
    }
    const { type, body } = notification as { type?: unknown; body?: unknown }
    if (type !== this.#type || body !== this.#body || byteLengthOf(body) !== this.#bodyLength) {
      return undefined
    }
    return this.#sameOptions(options) ? template : undefined
  }

  /** Remembers `template`, built from this notification and these options. */
  set(notification: unknown, options: unknown, template: RequestTemplate): void {
    if (!isPlainObject(options) || !isObject(notification)) {
      this.#template = undefined
      return
    }
    const { type, body } = notification as { type?: unknown; body?: unknown }
    this.#type = type
    this.#body = body
    this.#bodyLength = byteLengthOf(body)
    this.#optionKeys = []
    this.#optionValues = []
    for (const key in options) {
      this.#optionKeys.push(key)
      this.#optionValues.push(options[key])
    }
    this.#template = template
  }

  #sameOptions(options: Record<string, unknown>): boolean {
    let count = 0
    for (const key in options) {
      const index = this.#optionKeys.indexOf(key)
      if (index === -1 || options[key] !== this.#optionValues[index]) return false
      count++
    }
    return count === this.#optionKeys.length
  }
}

function isObject(value: unknown): value is object {
  return typeof value === 'object' && value !== null
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (!isObject(value)) return false
  const prototype = Object.getPrototypeOf(value)
  return prototype === Object.prototype || prototype === null
}

/** A byte body's length, which it keeps only while its buffer is not resized. */
function byteLengthOf(body: unknown): number {
  return body instanceof Uint8Array ? body.byteLength : -1
}
