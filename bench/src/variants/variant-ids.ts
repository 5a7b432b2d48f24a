/** The four senders compared, in the order they run within a repetition. */
export const VARIANT_IDS = ['wns-client', 'raw-undici', 'npm-wns', 'homepot-push'] as const

/** One of {@link VARIANT_IDS}. */
export type VariantId = (typeof VARIANT_IDS)[number]

/** How the report names each variant (the letters). */
export const VARIANT_LABELS: Readonly<Record<VariantId, string>> = {
  'wns-client': '(a) WnsClient.sendMany',
  'raw-undici': '(b) raw undici request',
  'npm-wns': '(c) npm wns 0.5.4',
  'homepot-push': '(d) @homepot/push sendBulkNotifications',
}

/** Whether `value` is one of {@link VARIANT_IDS}. */
export function isVariantId(value: string): value is VariantId {
  return (VARIANT_IDS as readonly string[]).includes(value)
}
