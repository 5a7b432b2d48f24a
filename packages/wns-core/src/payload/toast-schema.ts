import { z } from 'zod'
import { adaptiveGroupSchema, adaptiveImageSchema } from './adaptive-content'
import { fieldError } from './format-issue'
import { TOAST_LIMITS } from './limits'
import { requiredXmlString, strictObject, xmlString } from './schema-helpers'
import { TOAST_SOUND_EVENTS, type ToastSpec } from './toast-spec'

const argumentsString = xmlString.max(TOAST_LIMITS.maxArgumentsLength)

const AUDIO_SOURCE = new RegExp(
  `^(?:ms-winsoundevent:(?:${TOAST_SOUND_EVENTS.map((name) => name.replaceAll('.', '\\.')).join('|')})|ms-appx:///.+|ms-appdata:///.+)$`,
)

const textSchema = z.union([
  xmlString,
  strictObject({ text: xmlString, hintMaxLines: z.int().min(1).optional() }),
])

const selectionSchema = strictObject({ id: requiredXmlString, content: xmlString })

const inputSchema = z.discriminatedUnion('type', [
  strictObject({
    type: z.literal('text'),
    id: requiredXmlString,
    title: xmlString.optional(),
    placeHolderContent: xmlString.optional(),
    defaultInput: xmlString.optional(),
  }),
  strictObject({
    type: z.literal('selection'),
    id: requiredXmlString,
    title: xmlString.optional(),
    defaultInput: xmlString.optional(),
    selections: z.array(selectionSchema).min(1).max(TOAST_LIMITS.maxSelections),
  }),
])

const actionSchema = strictObject({
  content: xmlString,
  arguments: argumentsString,
  activationType: z.enum(['foreground', 'background', 'protocol', 'system']).optional(),
  imageUri: requiredXmlString.optional(),
  hintInputId: requiredXmlString.optional(),
  placement: z.literal('contextMenu').optional(),
  hintButtonStyle: z.enum(['success', 'critical']).optional(),
  hintToolTip: xmlString.optional(),
})

// Windows handles only these two system actions itself (snooze and dismiss buttons).
const SYSTEM_ARGUMENTS = new Set(['snooze', 'dismiss'])

/**
 * The toast schema, built once at module load (building zod schemas per call would cost more
 * than writing the XML).
 * @internal
 */
export const toastSchema = strictObject({
  text: z.array(textSchema).min(1).max(TOAST_LIMITS.maxTexts),
  attribution: xmlString.optional(),
  launch: argumentsString.optional(),
  duration: z.enum(['short', 'long']).optional(),
  scenario: z.enum(['reminder', 'alarm', 'incomingCall', 'urgent']).optional(),
  activationType: z.enum(['foreground', 'background', 'protocol']).optional(),
  displayTimestamp: z
    .union([
      z.date(),
      z.iso.datetime({
        offset: true,
        error: 'must be an ISO 8601 date-time with seconds and a zone, e.g. 2026-05-01T08:30:00Z',
      }),
    ])
    .optional(),
  useButtonStyle: z.boolean().optional(),
  appLogoOverride: strictObject({
    src: requiredXmlString,
    alt: xmlString.optional(),
    hintCrop: z.enum(['none', 'circle']).optional(),
  }).optional(),
  heroImage: strictObject({ src: requiredXmlString, alt: xmlString.optional() }).optional(),
  images: z.array(adaptiveImageSchema).optional(),
  groups: z.array(adaptiveGroupSchema).optional(),
  progress: strictObject({
    title: xmlString.optional(),
    value: z.union([z.number().min(0).max(1), z.literal('indeterminate')]),
    valueStringOverride: xmlString.optional(),
    status: xmlString,
  }).optional(),
  inputs: z.array(inputSchema).max(TOAST_LIMITS.maxInputs).optional(),
  actions: z.array(actionSchema).max(TOAST_LIMITS.maxActions).optional(),
  audio: strictObject({
    src: xmlString
      .regex(AUDIO_SOURCE, {
        error: `must be ms-winsoundevent:<event> (see TOAST_SOUND_EVENTS, e.g. ms-winsoundevent:Notification.Default), ms-appx:///… or ms-appdata:///…`,
      })
      .optional(),
    loop: z.boolean().optional(),
    silent: z.boolean().optional(),
  }).optional(),
  header: strictObject({
    id: requiredXmlString,
    title: requiredXmlString,
    arguments: argumentsString,
    activationType: z.enum(['foreground', 'protocol']).optional(),
  }).optional(),
})

/**
 * Cross-field rules of a toast whose shape the schema accepted: unique input and selection ids,
 * `defaultInput` naming a selection, `hintInputId` naming an input, and `system` actions limited
 * to snooze and dismiss. Plain code rather than a zod refinement: it is cheaper per call.
 * @throws {WnsError} `INVALID_PAYLOAD` naming the field.
 * @internal
 */
export function checkToastRules(toast: ToastSpec): void {
  if (toast.inputs === undefined && toast.actions === undefined) return
  const inputIds = new Map<string, number>()
  toast.inputs?.forEach((input, index) => {
    const earlier = inputIds.get(input.id)
    if (earlier !== undefined)
      throw fieldError(
        'toast',
        ['inputs', index, 'id'],
        `'${input.id}' is already the id of inputs[${earlier}]; input ids must be unique`,
      )
    inputIds.set(input.id, index)
    if (input.type !== 'selection') return
    const selectionIds = new Set<string>()
    input.selections.forEach((selection, selectionIndex) => {
      if (selectionIds.has(selection.id))
        throw fieldError(
          'toast',
          ['inputs', index, 'selections', selectionIndex, 'id'],
          `'${selection.id}' appears twice; selection ids must be unique within an input`,
        )
      selectionIds.add(selection.id)
    })
    if (input.defaultInput !== undefined && !selectionIds.has(input.defaultInput))
      throw fieldError(
        'toast',
        ['inputs', index, 'defaultInput'],
        `'${input.defaultInput}' is not the id of one of this input's selections`,
      )
  })
  toast.actions?.forEach((action, index) => {
    if (action.hintInputId !== undefined && !inputIds.has(action.hintInputId))
      throw fieldError(
        'toast',
        ['actions', index, 'hintInputId'],
        `'${action.hintInputId}' is not the id of any input of this toast`,
      )
    if (action.activationType === 'system' && !SYSTEM_ARGUMENTS.has(action.arguments))
      throw fieldError(
        'toast',
        ['actions', index, 'arguments'],
        `must be 'snooze' or 'dismiss' when activationType is 'system'`,
      )
  })
}
