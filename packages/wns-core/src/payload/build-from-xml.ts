import { z } from 'zod'
import { WnsError } from '../errors/wns-error'
import { type BuildOptions, createNotification } from '../notification/create-notification'
import type { WnsNotification } from '../notification/notification'
import { validateNotificationXml, type XmlNotificationType } from '../xml/validate-notification-xml'
import { validateSpec } from './validate-spec'

const typeSchema = z.enum(['toast', 'tile', 'badge'])

/**
 * Wraps XML you wrote yourself as a notification, after checking it with
 * {@link validateNotificationXml}: well-formed, with the root element `type` needs
 * (and for badges a valid `value`). The XML is sent exactly as given.
 *
 * @param type - `'toast'`, `'tile'` or `'badge'` (raw payloads are bytes: use `raw()`).
 * @param xml - The complete XML document.
 * @param options - `maxPayloadBytes` (default `WNS_MAX_PAYLOAD_BYTES`).
 * @returns An immutable {@link WnsNotification}.
 * @throws {WnsError} `INVALID_PAYLOAD` for another `type` (field `type`) or XML that is not valid
 * (field is the type, e.g. `toast`, and the message gives the reason).
 * @throws {WnsError} `PAYLOAD_TOO_LARGE` when the XML is over `maxPayloadBytes`.
 * @example
 * fromXml('toast', '<toast><visual><binding template="ToastGeneric"><text>Hi</text></binding></visual></toast>')
 */
export function fromXml(
  type: XmlNotificationType,
  xml: string,
  options?: BuildOptions,
): WnsNotification {
  validateSpec(typeSchema, type, 'type')
  const result = validateNotificationXml(type, xml)
  if (!result.valid) {
    throw new WnsError('INVALID_PAYLOAD', {
      field: type,
      message: `${type} XML is not valid: ${result.reason}`,
    })
  }
  return createNotification(type, xml, options)
}
