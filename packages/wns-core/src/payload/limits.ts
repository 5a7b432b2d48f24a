/**
 * Limits of the adaptive toast schema that the builders enforce.
 *
 * Counts come from Microsoft's toast XML schema (`actions` holds `input{0,5}` and `action{0,5}`;
 * `input` holds `selection{0,5}`) and the ToastGeneric guidance (up to three top-level texts, the
 * first being the title).
 * @see https://learn.microsoft.com/uwp/schemas/tiles/toastschema/element-actions
 * @see https://learn.microsoft.com/windows/apps/design/shell/tiles-and-notifications/adaptive-interactive-toasts
 */
export const TOAST_LIMITS = {
  /** Top-level `text` elements in the ToastGeneric binding (the attribution text is extra). */
  maxTexts: 3,
  /** `action` elements, buttons and context-menu items together. */
  maxActions: 5,
  /** `input` elements. */
  maxInputs: 5,
  /** `selection` children of one selection `input`. */
  maxSelections: 5,
  /**
   * Longest `launch` and `arguments` value, in characters. Microsoft documents no exact limit
   * for these app-defined strings; 2048 is our conservative bound (it keeps room for the rest of
   * the 5000-byte payload). Change it here if Microsoft documents another value.
   */
  maxArgumentsLength: 2048,
} as const

/**
 * Limits of the adaptive tile and group schema that the builders enforce.
 * @see https://learn.microsoft.com/windows/apps/design/shell/tiles-and-notifications/tile-schema
 */
export const ADAPTIVE_LIMITS = {
  /** Smallest `hint-weight` of a subgroup (the Windows Community Toolkit rejects lower values). */
  minHintWeight: 1,
  /** Largest `hint-weight` of a subgroup (weights are relative column widths, up to 100). */
  maxHintWeight: 100,
  /** Largest `hint-overlay` (percent of black overlay) of a tile background or peek image. */
  maxHintOverlay: 100,
  /** One binding per tile size: small, medium, wide and large. */
  maxTileBindings: 4,
} as const
