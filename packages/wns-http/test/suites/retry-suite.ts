import { describe, expect, it, vi } from 'vitest'
import { BADGE, type HarnessFactory, useHarness } from '../support/harness'

const logger = () => ({ debug: vi.fn(), info: vi.fn(), warn: vi.fn(), error: vi.fn() })

/** Retries, Retry-After, deadlines, timeouts and aborts. */
export function retrySuite(factory: HarnessFactory): void {
  describe('retries, deadlines and aborts', () => {
    const fake = useHarness(factory)

    it('retries injected 503s and 500s until WNS accepts, sending it once', async () => {
      const channel = fake.mock.createChannel()
      fake.mock.injectFaults({ status: 503, next: 2 })
      fake.mock.injectFaults({ status: 500, next: 1 })
      const result = await fake.client().send(channel, BADGE)
      expect(result.attempts).toBe(4)
      expect(fake.mock.stats().byStatus).toMatchObject({ 200: 1, 500: 1, 503: 2 })
      expect(fake.mock.received(channel)).toHaveLength(1)
    })

    it.each([503, 406] as const)('waits as long as Retry-After says after a %i', async (status) => {
      const channel = fake.mock.createChannel()
      fake.mock.injectFaults({ status, next: 1, retryAfterSeconds: 1 })
      const log = logger()
      const result = await fake.client({ logger: log }).send(channel, BADGE)
      expect(result.attempts).toBe(2)
      expect(log.warn).toHaveBeenCalledWith(
        expect.objectContaining({ delayMs: 1_000, attempt: 1 }),
        'retrying WNS request',
      )
    })

    it('fails at once when Retry-After reaches past the deadline', async () => {
      const channel = fake.mock.createChannel()
      fake.mock.injectFaults({ status: 503, retryAfterSeconds: 120 })
      await expect(fake.client().send(channel, BADGE)).rejects.toMatchObject({
        code: 'SERVICE_UNAVAILABLE',
        retryAfterMs: 120_000,
      })
      expect(fake.mock.stats().notificationRequests).toBe(1)
    })

    it('stops at the total deadline', async () => {
      const channel = fake.mock.createChannel()
      fake.mock.injectFaults({ status: 503 })
      const client = fake.client({
        retry: { maxAttempts: 100, baseDelayMs: 20, maxDelayMs: 20, deadlineMs: 200 },
      })
      await expect(client.send(channel, BADGE)).rejects.toMatchObject({
        code: 'SERVICE_UNAVAILABLE',
      })
      const requests = fake.mock.stats().notificationRequests
      expect(requests).toBeGreaterThan(1)
      expect(requests).toBeLessThan(100)
    })

    it('stops after maxAttempts', async () => {
      const channel = fake.mock.createChannel()
      fake.mock.injectFaults({ status: 500 })
      await expect(
        fake.client({ retry: { maxAttempts: 3, baseDelayMs: 1 } }).send(channel, BADGE),
      ).rejects.toMatchObject({ code: 'INTERNAL_SERVER_ERROR', retryable: true })
      expect(fake.mock.stats().notificationRequests).toBe(3)
    })

    it('retries a connection reset', async () => {
      const channel = fake.mock.createChannel()
      fake.mock.injectFaults({ kind: 'reset', next: 1 })
      const result = await fake.client().send(channel, BADGE)
      expect(result.attempts).toBe(2)
      expect(fake.mock.received(channel)).toHaveLength(1)
    })

    it('fails a reset with a retryable NETWORK_ERROR when retries are off', async () => {
      const channel = fake.mock.createChannel()
      fake.mock.injectFaults({ kind: 'reset' })
      await expect(
        fake.client({ retry: { maxAttempts: 1 } }).send(channel, BADGE),
      ).rejects.toMatchObject({ code: 'NETWORK_ERROR', retryable: true })
    })

    it('settles an accepted notification whose answer is cut after the headers, sending it once', async () => {
      // Regression: a 200 whose body was cut used to count as a network error and be retried,
      // so WNS (here the fake) received the notification twice.
      const channel = fake.mock.createChannel()
      fake.mock.injectFaults({ kind: 'truncate', next: 1 })
      const result = await fake.client().send(channel, BADGE)
      expect(result).toMatchObject({ ok: true, status: 200, attempts: 1 })
      expect(fake.mock.received(channel)).toHaveLength(1)
    })

    it('times out an answer slower than timeoutMs', async () => {
      const channel = fake.mock.createChannel()
      fake.mock.injectFaults({ latencyMs: 500 })
      const client = fake.client({ timeoutMs: 50, retry: { maxAttempts: 1 } })
      await expect(client.send(channel, BADGE)).rejects.toMatchObject({
        code: 'TIMEOUT',
        retryable: true,
      })
    })

    it('retries after a timeout', async () => {
      const channel = fake.mock.createChannel()
      const client = fake.client({ timeoutMs: 1_000 })
      await client.send(channel, BADGE) // a token first, so the fault hits the notification
      fake.mock.injectFaults({ latencyMs: 600, next: 1 })
      const result = await client.send(channel, BADGE, { timeoutMs: 100 })
      expect(result.attempts).toBe(2)
    })

    it('retries a token endpoint that answers 503', async () => {
      const channel = fake.mock.createChannel()
      fake.mock.injectFaults({ endpoint: 'token', status: 503, next: 1 })
      await expect(fake.client().send(channel, BADGE)).resolves.toMatchObject({ ok: true })
      expect(fake.mock.stats()).toMatchObject({ tokenRequests: 2, notificationRequests: 1 })
    })

    it('times out a slow token endpoint', async () => {
      const channel = fake.mock.createChannel()
      fake.mock.injectFaults({ endpoint: 'token', latencyMs: 500 })
      const client = fake.client({ timeoutMs: 50, retry: { maxAttempts: 1 } })
      await expect(client.send(channel, BADGE)).rejects.toMatchObject({ code: 'TIMEOUT' })
      expect(fake.mock.stats().notificationRequests).toBe(0)
    })

    it('rejects with ABORTED as soon as the signal aborts a wait between retries', async () => {
      const channel = fake.mock.createChannel()
      fake.mock.injectFaults({ status: 503, retryAfterSeconds: 25 })
      const controller = new AbortController()
      const sending = fake.client().send(channel, BADGE, { signal: controller.signal })
      setTimeout(() => controller.abort(), 100)
      await expect(sending).rejects.toMatchObject({ code: 'ABORTED' })
      expect(fake.mock.stats().notificationRequests).toBe(1)
    })

    it('rejects with ABORTED when the signal aborts a request in flight', async () => {
      const channel = fake.mock.createChannel()
      fake.mock.injectFaults({ latencyMs: 1_000 })
      await expect(
        fake.client().send(channel, BADGE, { signal: AbortSignal.timeout(50) }),
      ).rejects.toMatchObject({ code: 'ABORTED' })
    })

    it('does no I/O for a signal that is already aborted', async () => {
      const channel = fake.mock.createChannel()
      await expect(
        fake.client().send(channel, BADGE, { signal: AbortSignal.abort() }),
      ).rejects.toMatchObject({ code: 'ABORTED' })
      expect(fake.mock.stats()).toMatchObject({ tokenRequests: 0, notificationRequests: 0 })
    })
  })
}
