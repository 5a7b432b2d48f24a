import { type ToastSpec, toast, type WnsNotification } from '@homepot/wns-core'

/**
 * The realistic toast every variant sends and the payload benchmark builds: three texts, a hero
 * image and two actions (a shipping update), 635 bytes of XML.
 */
export const BENCH_TOAST_SPEC: ToastSpec = {
  launch: 'action=openOrder&orderId=20417&source=push',
  text: [
    'Your order has shipped',
    'Order #20417 (3 items) left our Leeds warehouse at 14:05 & is on its way.',
    'Expected delivery: Thursday between 09:00 and 13:00.',
  ],
  heroImage: {
    src: 'https://cdn.example.com/img/orders/20417/parcel-hero.png',
    alt: 'Your parcel on its way',
  },
  actions: [
    {
      content: 'Track parcel',
      arguments: 'action=track&orderId=20417',
      activationType: 'foreground',
    },
    { content: 'Dismiss', arguments: 'dismiss', activationType: 'system' },
  ],
}

/**
 * Builds the benchmark toast with the core builder.
 * @example buildBenchToast().body // '<toast launch="action=openOrder&amp;…'
 */
export function buildBenchToast(): WnsNotification {
  return toast(BENCH_TOAST_SPEC)
}
