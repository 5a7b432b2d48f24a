import { type BuildOptions, createNotification } from '../notification/create-notification'
import type { WnsNotification } from '../notification/notification'
import { writeXmlText } from '../xml/escape'
import { attribute, booleanAttribute, numberAttribute } from '../xml/xml-writer'
import { checkToastRules, toastSchema } from './toast-schema'
import type { ToastActionSpec, ToastInputSpec, ToastSpec, ToastTextSpec } from './toast-spec'
import { validateSpec } from './validate-spec'
import { writeAdaptiveGroup, writeAdaptiveImage } from './write-adaptive'
import { writeChecked } from './write-checked'

/**
 * Builds an adaptive (`ToastGeneric`) toast notification (`wns/toast`, `text/xml`).
 *
 * The spec is validated first: every count and range of the toast schema, enumerated values,
 * cross references (`hintInputId`, selection ids) and characters XML 1.0 forbids. Every text and
 * attribute is then escaped, so no value can break out of its element or attribute.
 *
 * @param spec - What the toast says; only `text` is required.
 * @param options - `maxPayloadBytes` (default `WNS_MAX_PAYLOAD_BYTES`, 5000 UTF-8 bytes).
 * @returns An immutable {@link WnsNotification} ready for any sender.
 * @throws {WnsError} `INVALID_PAYLOAD` when the spec is invalid; `field` and the message name
 * the path, e.g. `toast.actions[2].arguments must be at most 2048 characters`.
 * @throws {WnsError} `PAYLOAD_TOO_LARGE` when the XML is over `maxPayloadBytes`.
 * @see https://learn.microsoft.com/windows/apps/design/shell/tiles-and-notifications/adaptive-interactive-toasts
 * @example
 * const notification = toast({ text: ['Configuration update', 'Settings v1.2.3 available'] })
 * @example
 * toast({
 *   text: ['Door bell', 'Someone is at the front door'],
 *   launch: 'action=open&id=7',
 *   heroImage: { src: 'https://example.com/door.jpg' },
 *   actions: [
 *     { content: 'Open', arguments: 'action=unlock&id=7', activationType: 'background' },
 *     { content: '', arguments: 'dismiss', activationType: 'system' },
 *   ],
 * })
 */
export function toast(spec: ToastSpec, options?: BuildOptions): WnsNotification {
  validateSpec(toastSchema, spec, 'toast')
  checkToastRules(spec)
  return createNotification('toast', writeChecked('toast', spec, writeToast), options)
}

/** Writes a validated spec in schema order: visual, audio, actions, header. */
function writeToast(spec: ToastSpec): string {
  const timestamp =
    spec.displayTimestamp instanceof Date
      ? spec.displayTimestamp.toISOString()
      : spec.displayTimestamp
  let xml = `<toast${attribute('launch', spec.launch)}${attribute('duration', spec.duration)}${attribute('scenario', spec.scenario)}${attribute('activationType', spec.activationType)}${attribute('displayTimestamp', timestamp)}${booleanAttribute('useButtonStyle', spec.useButtonStyle)}><visual><binding template="ToastGeneric">`
  for (const text of spec.text) xml += writeToastText(text)
  if (spec.attribution !== undefined)
    xml += `<text placement="attribution">${writeXmlText(spec.attribution)}</text>`
  if (spec.appLogoOverride !== undefined) {
    const logo = spec.appLogoOverride
    xml += `<image placement="appLogoOverride"${attribute('src', logo.src)}${attribute('alt', logo.alt)}${attribute('hint-crop', logo.hintCrop)}/>`
  }
  if (spec.heroImage !== undefined) xml += writeAdaptiveImage(spec.heroImage, 'hero')
  if (spec.images !== undefined) for (const image of spec.images) xml += writeAdaptiveImage(image)
  if (spec.groups !== undefined) for (const group of spec.groups) xml += writeAdaptiveGroup(group)
  if (spec.progress !== undefined) {
    const { progress } = spec
    const value =
      progress.value === 'indeterminate'
        ? ' value="indeterminate"'
        : numberAttribute('value', progress.value)
    xml += `<progress${attribute('title', progress.title)}${value}${attribute('valueStringOverride', progress.valueStringOverride)}${attribute('status', progress.status)}/>`
  }
  xml += '</binding></visual>'
  if (spec.audio !== undefined) {
    const { audio } = spec
    xml += `<audio${attribute('src', audio.src)}${booleanAttribute('loop', audio.loop)}${booleanAttribute('silent', audio.silent)}/>`
  }
  if (spec.inputs?.length || spec.actions?.length) {
    // The schema orders inputs before actions: `<actions>` holds input{0,5} then action{0,5}.
    xml += '<actions>'
    if (spec.inputs !== undefined) for (const input of spec.inputs) xml += writeInput(input)
    if (spec.actions !== undefined) for (const action of spec.actions) xml += writeAction(action)
    xml += '</actions>'
  }
  if (spec.header !== undefined) {
    const { header } = spec
    xml += `<header${attribute('id', header.id)}${attribute('title', header.title)}${attribute('arguments', header.arguments)}${attribute('activationType', header.activationType)}/>`
  }
  return `${xml}</toast>`
}

function writeToastText(text: string | ToastTextSpec): string {
  if (typeof text === 'string') return `<text>${writeXmlText(text)}</text>`
  return `<text${numberAttribute('hint-maxLines', text.hintMaxLines)}>${writeXmlText(text.text)}</text>`
}

function writeInput(input: ToastInputSpec): string {
  const common = `<input${attribute('id', input.id)} type="${input.type}"${attribute('title', input.title)}`
  if (input.type === 'text')
    return `${common}${attribute('placeHolderContent', input.placeHolderContent)}${attribute('defaultInput', input.defaultInput)}/>`
  let xml = `${common}${attribute('defaultInput', input.defaultInput)}>`
  for (const selection of input.selections)
    xml += `<selection${attribute('id', selection.id)}${attribute('content', selection.content)}/>`
  return `${xml}</input>`
}

// Microsoft's schema page spells the button styles "Success" and "Critical".
const BUTTON_STYLES = { success: 'Success', critical: 'Critical' } as const

function writeAction(action: ToastActionSpec): string {
  const style = action.hintButtonStyle && BUTTON_STYLES[action.hintButtonStyle]
  return `<action${attribute('content', action.content)}${attribute('arguments', action.arguments)}${attribute('activationType', action.activationType)}${attribute('imageUri', action.imageUri)}${attribute('hint-inputId', action.hintInputId)}${attribute('placement', action.placement)}${attribute('hint-buttonStyle', style)}${attribute('hint-toolTip', action.hintToolTip)}/>`
}
