import type { PushNotificationPayload } from '@homepot/push'

/**
 * The benchmark toast as HOMEPOT's platform-neutral payload, for variant (d): the same title and
 * body, and the launch arguments as data.
 */
export const BENCH_PUSH_PAYLOAD: PushNotificationPayload = {
  title: 'Your order has shipped',
  body: 'Order #20417 (3 items) left our Leeds warehouse at 14:05 & is on its way.',
  data: { action: 'openOrder', orderId: '20417', source: 'push' },
}
