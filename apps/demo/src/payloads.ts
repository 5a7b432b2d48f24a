import { type PushNotificationPayload, PushPriority } from '@homepot/push'
import type { WnsNotificationType } from '@homepot/wns-core'

/** What the demo sends for each notification type: a POS configuration roll-out. */
export const DEMO_PAYLOADS: Readonly<Record<WnsNotificationType, PushNotificationPayload>> = {
  toast: {
    title: 'Configuration update',
    body: 'Payment gateway settings v1.2.3 are available; restart the terminal to apply them.',
    data: { config_version: 'v1.2.3', update_url: 'https://example.com/pos/config/v1.2.3.json' },
    priority: PushPriority.HIGH,
    ttlSeconds: 3600,
    collapseKey: 'config-update',
  },
  tile: {
    title: 'Fleet status',
    body: 'Configuration v1.2.3 rolling out',
    data: { status: 'rolling-out' },
  },
  badge: {
    title: 'Pending updates',
    body: 'Updates waiting to be applied',
    data: { badge_value: 3 },
  },
  raw: {
    title: 'Silent update',
    body: 'Background configuration update',
    data: { action: 'update_config', version: 'v1.2.3', restart_required: true },
    priority: PushPriority.LOW,
  },
}
