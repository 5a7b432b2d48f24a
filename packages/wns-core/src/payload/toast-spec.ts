import type { AdaptiveGroupSpec, AdaptiveImageSpec } from './adaptive-content'

/** How the app is activated: in the foreground, by a background task, or through a protocol. */
export type ToastActivationType = 'foreground' | 'background' | 'protocol'

/** System sound events a toast can play with `ms-winsoundevent:`. */
export const TOAST_SOUND_EVENTS = [
  'Notification.Default',
  'Notification.IM',
  'Notification.Mail',
  'Notification.Reminder',
  'Notification.SMS',
  'Notification.Looping.Alarm',
  'Notification.Looping.Alarm2',
  'Notification.Looping.Alarm3',
  'Notification.Looping.Alarm4',
  'Notification.Looping.Alarm5',
  'Notification.Looping.Alarm6',
  'Notification.Looping.Alarm7',
  'Notification.Looping.Alarm8',
  'Notification.Looping.Alarm9',
  'Notification.Looping.Alarm10',
  'Notification.Looping.Call',
  'Notification.Looping.Call2',
  'Notification.Looping.Call3',
  'Notification.Looping.Call4',
  'Notification.Looping.Call5',
  'Notification.Looping.Call6',
  'Notification.Looping.Call7',
  'Notification.Looping.Call8',
  'Notification.Looping.Call9',
  'Notification.Looping.Call10',
] as const

/** One of {@link TOAST_SOUND_EVENTS}. */
export type ToastSoundEvent = (typeof TOAST_SOUND_EVENTS)[number]

/** A top-level toast text with hints; a plain string is the same without hints. */
export interface ToastTextSpec {
  /** The text shown. */
  readonly text: string
  /** `hint-maxLines`: most lines shown (1 or more). */
  readonly hintMaxLines?: number
}

/** `<image placement="appLogoOverride">`: replaces the app logo. */
export interface ToastAppLogoSpec {
  /** `src`: image URI. */
  readonly src: string
  /** `alt`: description for screen readers. */
  readonly alt?: string
  /** `hint-crop`: `circle` crops the logo to a circle (profile pictures). @default 'none' */
  readonly hintCrop?: 'none' | 'circle'
}

/** `<image placement="hero">`: the wide image at the top of the toast. */
export interface ToastHeroImageSpec {
  /** `src`: image URI. */
  readonly src: string
  /** `alt`: description for screen readers. */
  readonly alt?: string
}

/** `<progress>`: a progress bar. */
export interface ToastProgressSpec {
  /** `title`: text above the bar. */
  readonly title?: string
  /** `value`: from 0 to 1, or `'indeterminate'` for an animated bar. */
  readonly value: number | 'indeterminate'
  /** `valueStringOverride`: text shown instead of the percentage. */
  readonly valueStringOverride?: string
  /** `status`: text below the bar, on the left (required by Windows). */
  readonly status: string
}

/** `<action>`: a button, or a context-menu item when `placement` is `'contextMenu'`. */
export interface ToastActionSpec {
  /** `content`: the button text (may be empty for `system` actions, which Windows labels). */
  readonly content: string
  /**
   * `arguments`: app-defined string passed on activation; for `system` actions, `'snooze'` or
   * `'dismiss'`. At most `TOAST_LIMITS.maxArgumentsLength` characters.
   */
  readonly arguments: string
  /** `activationType`; `system` lets Windows handle snooze and dismiss. @default 'foreground' */
  readonly activationType?: ToastActivationType | 'system'
  /** `imageUri`: a 16×16 icon for the button. */
  readonly imageUri?: string
  /** `hint-inputId`: the `id` of an input to place this button beside. */
  readonly hintInputId?: string
  /** `placement`: `'contextMenu'` puts the action in the toast's context menu. */
  readonly placement?: 'contextMenu'
  /** `hint-buttonStyle`: green (`success`) or red (`critical`); needs `useButtonStyle`. */
  readonly hintButtonStyle?: 'success' | 'critical'
  /** `hint-toolTip`: tooltip, useful for icon-only buttons. */
  readonly hintToolTip?: string
}

/** `<input type="text">`: a text box. */
export interface ToastTextInputSpec {
  /** `type`. */
  readonly type: 'text'
  /** `id`: the key the typed text is reported under. Unique within the toast. */
  readonly id: string
  /** `title`: label above the box. */
  readonly title?: string
  /** `placeHolderContent`: grey hint shown while empty. */
  readonly placeHolderContent?: string
  /** `defaultInput`: initial text. */
  readonly defaultInput?: string
}

/** One `<selection>` of a selection input. */
export interface ToastSelectionSpec {
  /** `id`: reported when chosen. Unique within its input. */
  readonly id: string
  /** `content`: the text shown. */
  readonly content: string
}

/** `<input type="selection">`: a drop-down list. */
export interface ToastSelectionInputSpec {
  /** `type`. */
  readonly type: 'selection'
  /** `id`: the key the chosen selection is reported under. Unique within the toast. */
  readonly id: string
  /** `title`: label above the list. */
  readonly title?: string
  /** `defaultInput`: the `id` of the selection chosen at first. */
  readonly defaultInput?: string
  /** The choices, 1 to `TOAST_LIMITS.maxSelections`. */
  readonly selections: readonly ToastSelectionSpec[]
}

/** An `<input>` of either kind. */
export type ToastInputSpec = ToastTextInputSpec | ToastSelectionInputSpec

/** `<audio>`: the sound played with the toast. */
export interface ToastAudioSpec {
  /** `src`: a system sound, or an app sound (`ms-appx:///…`, `ms-appdata:///…`). */
  readonly src?:
    | `ms-winsoundevent:${ToastSoundEvent}`
    | `ms-appx:///${string}`
    | `ms-appdata:///${string}`
  /** `loop`: repeat while the toast is shown (with `duration: 'long'` or alarm/call scenarios). */
  readonly loop?: boolean
  /** `silent`: play no sound at all. */
  readonly silent?: boolean
}

/** `<header>`: groups toasts under a header in Action Center. */
export interface ToastHeaderSpec {
  /** `id`: toasts with the same id share the header. */
  readonly id: string
  /** `title`: the header text. */
  readonly title: string
  /** `arguments`: passed to the app when the header is clicked. */
  readonly arguments: string
  /** `activationType`. @default 'foreground' */
  readonly activationType?: 'foreground' | 'protocol'
}

/**
 * Everything an adaptive (`ToastGeneric`) toast can say. Fields map one to one to the toast XML
 * schema; only `text` is required.
 * @see https://learn.microsoft.com/uwp/schemas/tiles/toastschema/schema-root
 * @example
 * const spec: ToastSpec = { text: ['Configuration update', 'Settings v1.2.3 available'] }
 */
export interface ToastSpec {
  /** Top-level texts, 1 to 3; the first is the title. */
  readonly text: readonly (string | ToastTextSpec)[]
  /** `<text placement="attribution">`: small source line under the body. */
  readonly attribution?: string
  /** `launch`: passed to the app when the toast body is clicked. */
  readonly launch?: string
  /** `duration`: `long` keeps the toast about 25 seconds instead of 7. @default 'short' */
  readonly duration?: 'short' | 'long'
  /** `scenario`: reminder, alarm and incomingCall toasts stay until dismissed. */
  readonly scenario?: 'reminder' | 'alarm' | 'incomingCall' | 'urgent'
  /** `activationType` of the toast body. @default 'foreground' */
  readonly activationType?: ToastActivationType
  /** `displayTimestamp`: shown instead of the arrival time; written as ISO 8601. */
  readonly displayTimestamp?: Date | string
  /** `useButtonStyle`: enables `hintButtonStyle` colours. @default false */
  readonly useButtonStyle?: boolean
  /** `<image placement="appLogoOverride">`. */
  readonly appLogoOverride?: ToastAppLogoSpec
  /** `<image placement="hero">`. */
  readonly heroImage?: ToastHeroImageSpec
  /** Inline images, shown below the texts. */
  readonly images?: readonly AdaptiveImageSpec[]
  /** Groups of columns, shown below the texts. */
  readonly groups?: readonly AdaptiveGroupSpec[]
  /** A progress bar. */
  readonly progress?: ToastProgressSpec
  /** Text boxes and drop-down lists, at most 5. */
  readonly inputs?: readonly ToastInputSpec[]
  /** Buttons and context-menu items, at most 5 together. */
  readonly actions?: readonly ToastActionSpec[]
  /** The sound. */
  readonly audio?: ToastAudioSpec
  /** The Action Center header. */
  readonly header?: ToastHeaderSpec
}
