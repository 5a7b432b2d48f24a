import { createNotification, raw, WnsError } from '@homepot/wns-core'
import { describe, expect, it } from 'vitest'
import { BADGE, type HarnessFactory, TOAST, useHarness } from '../support/harness'

/** `send()` and `delete()`: validation before I/O, results, and every status end to end. */
export function sendSuite(factory: HarnessFactory): void {
  describe('send', () => {
    const fake = useHarness(factory)

    it.each([
      'https://evil.example/?token=abc',
      'https://notify.windows.com.evil.example/?token=abc',
      'http://db5.notify.windows.com/?token=abc',
      'https://user@db5.notify.windows.com/?token=abc',
    ])('refuses %s before any I/O', async (uri) => {
      await expect(fake.client().send(uri, BADGE)).rejects.toMatchObject({
        code: 'INVALID_CHANNEL_URI',
        field: 'channelUri',
      })
      expect(fake.mock.stats()).toMatchObject({ tokenRequests: 0, notificationRequests: 0 })
    })

    it('refuses invalid send options before any I/O, naming the field', async () => {
      const channel = fake.mock.createChannel()
      await expect(fake.client().send(channel, BADGE, { ttlSeconds: -1 })).rejects.toMatchObject({
        code: 'INVALID_OPTIONS',
        field: expect.stringContaining('ttlSeconds'),
      })
      await expect(
        fake.client().send(channel, BADGE, { retry: { maxAttempts: 0 } }),
      ).rejects.toMatchObject({ code: 'INVALID_OPTIONS', field: 'options.retry.maxAttempts' })
      expect(fake.mock.stats()).toMatchObject({ tokenRequests: 0, notificationRequests: 0 })
    })

    it('resolves the msg id, X-WNS-Status, device status, attempts and latency', async () => {
      const channel = fake.mock.createChannel()
      const result = await fake
        .client()
        .send(channel, TOAST, { requestForStatus: true, tag: 'cfg' })
      const [received] = fake.mock.received(channel)
      expect(result).toMatchObject({
        ok: true,
        channelUri: channel,
        status: 200,
        notificationStatus: 'received',
        dropped: false,
        msgId: received?.msgId,
        deviceConnectionStatus: 'connected',
        attempts: 1,
      })
      expect(result.latencyMs).toBeGreaterThanOrEqual(0)
      expect(received?.headers).toMatchObject({ 'x-wns-type': 'wns/toast', 'x-wns-tag': 'cfg' })
      expect(received?.body).toBe(TOAST.body)
    })

    it('sends raw bytes exactly as given', async () => {
      const channel = fake.mock.createChannel()
      const bytes = new Uint8Array([0, 1, 2, 250, 255])
      await fake.client().send(channel, raw(bytes))
      const [received] = fake.mock.received(channel)
      expect(received?.type).toBe('raw')
      expect(new Uint8Array(received?.body as Uint8Array)).toEqual(bytes)
    })

    it('reports a notification WNS accepted but dropped', async () => {
      const channel = fake.mock.createChannel({ state: 'offline' })
      const result = await fake.client().send(channel, raw('ping'))
      expect(result).toMatchObject({ ok: true, dropped: true, notificationStatus: 'dropped' })
    })

    it('removes toasts with DELETE and X-WNS-Match', async () => {
      const channel = fake.mock.createChannel()
      const result = await fake.client().delete(channel, { tag: 'cfg', group: 'ops' })
      expect(result).toMatchObject({ ok: true, status: 200 })
      expect(fake.mock.received(channel)).toMatchObject([
        { method: 'DELETE', headers: { 'x-wns-match': 'type:wns/toast;group=ops;tag=cfg' } },
      ])
    })

    describe('classification of every WNS refusal, end to end', () => {
      const cases = [
        {
          status: 400,
          code: 'BAD_REQUEST',
          channelAction: 'keep',
          arrange: () => ({ notification: createNotification('toast', '<toast><visual>') }),
        },
        {
          status: 403,
          code: 'FORBIDDEN',
          channelAction: 'keep',
          arrange: () => ({ channel: fake.mock.createChannel({ app: fake.mock.registerApp() }) }),
        },
        {
          status: 404,
          code: 'CHANNEL_EXPIRED',
          channelAction: 'reregister',
          arrange: (channel: string) => fake.mock.setChannelState(channel, 'invalid'),
        },
        {
          status: 406,
          code: 'THROTTLED',
          channelAction: 'keep',
          arrange: (channel: string) => fake.mock.setChannelState(channel, 'throttled'),
        },
        {
          status: 410,
          code: 'CHANNEL_GONE',
          channelAction: 'remove',
          arrange: (channel: string) => fake.mock.setChannelState(channel, 'expired'),
        },
        {
          status: 413,
          code: 'PAYLOAD_TOO_LARGE',
          channelAction: 'keep',
          arrange: () => ({
            notification: createNotification('raw', new Uint8Array(5_001), {
              maxPayloadBytes: 10_000,
            }),
          }),
        },
        {
          status: 429,
          code: 'QUOTA_EXCEEDED',
          channelAction: 'keep',
          arrange: () => fake.mock.injectFaults({ status: 429, next: 1 }),
        },
        {
          status: 500,
          code: 'INTERNAL_SERVER_ERROR',
          channelAction: 'keep',
          arrange: () => fake.mock.injectFaults({ status: 500 }),
        },
        {
          status: 503,
          code: 'SERVICE_UNAVAILABLE',
          channelAction: 'keep',
          arrange: () => fake.mock.injectFaults({ status: 503 }),
        },
      ] as const

      it.each(cases)('$status → $code', async ({ status, code, channelAction, arrange }) => {
        const created = fake.mock.createChannel()
        const arranged = (arrange as (channel: string) => unknown)(created) as
          | { channel?: string; notification?: ReturnType<typeof createNotification> }
          | undefined
        const channel = arranged?.channel ?? created
        const notification = arranged?.notification ?? BADGE
        const client = fake.client({ retry: { maxAttempts: 2, baseDelayMs: 1, deadlineMs: 5_000 } })
        const error = await client.send(channel, notification).catch((e: unknown) => e)
        expect(WnsError.isInstance(error)).toBe(true)
        expect(error).toMatchObject({ code, status, channelAction })
        expect((error as WnsError).request?.headers.Authorization).toBe('Bearer [REDACTED]')
        const requests = fake.mock.stats().notificationRequests
        // 500/503 are retried (2 attempts here); the rest never are, or wait past the deadline.
        expect(requests).toBe(status === 500 || status === 503 ? 2 : 1)
      })
    })

    it('keeps WNS diagnostics on the error', async () => {
      const channel = fake.mock.createChannel({ state: 'expired' })
      const error = (await fake
        .client()
        .send(channel, BADGE)
        .catch((e: unknown) => e)) as WnsError
      expect(error.diagnostics.debugTrace).toEqual(expect.any(String))
      expect(error.diagnostics.errorDescription).toEqual(expect.any(String))
    })
  })
}
