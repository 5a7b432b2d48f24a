/**
 * Names of the headers a WNS send request carries, as the header reference spells them. HTTP
 * header names are case-insensitive; parsers compare them in lower case.
 * @see https://learn.microsoft.com/windows/apps/design/shell/tiles-and-notifications/push-request-response-headers
 */
export const WNS_REQUEST_HEADERS = {
  type: 'X-WNS-Type',
  cachePolicy: 'X-WNS-Cache-Policy',
  requestForStatus: 'X-WNS-RequestForStatus',
  tag: 'X-WNS-Tag',
  group: 'X-WNS-Group',
  ttlSeconds: 'X-WNS-TTL',
  suppressPopup: 'X-WNS-SuppressPopup',
  priority: 'X-WNS-PRIORITY',
  correlationVector: 'MS-CV',
  match: 'X-WNS-Match',
} as const
