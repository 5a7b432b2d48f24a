import { describe, expect, it } from 'vitest'
import { FaultPlan } from './fault-plan'

const keyOf = (uri: string) => `key:${uri}`

describe('FaultPlan', () => {
  it.each([
    [{}, 'injectFaults.fault.status'],
    [{ status: 503, kind: 'reset' }, 'injectFaults.fault.kind'],
    [{ status: 503, next: 1, rate: 0.5 }, 'injectFaults.fault.rate'],
    [{ status: 500, wnsStatus: 'appthrottled' }, 'injectFaults.fault.wnsStatus'],
    [{ kind: 'reset', retryAfterSeconds: 5 }, 'injectFaults.fault.retryAfterSeconds'],
    [{ status: 418 }, 'injectFaults.fault.status'],
    [{ status: 503, rate: 0 }, 'injectFaults.fault.rate'],
    [{ status: 503, next: 0 }, 'injectFaults.fault.next'],
    [{ status: 503, colour: 'red' }, 'injectFaults.fault'],
    [
      { status: 503, channel: 'http://db5.notify.windows.com/?token=x' },
      'injectFaults.fault.channel',
    ],
  ])('refuses %j with a message naming %s', (fault, field) => {
    const plan = new FaultPlan(Math.random)
    expect(() => plan.add(fault as never, keyOf)).toThrow(
      expect.objectContaining({ code: 'INVALID_OPTIONS', field }),
    )
  })

  it('hits a `next` fault exactly N times', () => {
    const plan = new FaultPlan(Math.random)
    const handle = plan.add({ status: 503, next: 2 }, keyOf)
    const statuses = [1, 2, 3].map(() => plan.decide('notify', 'k').answer?.status)
    expect(statuses).toEqual([503, 503, undefined])
    expect(handle).toMatchObject({ hits: 2, remaining: 0 })
  })

  it('hits a `rate` fault when the random draw is below the rate', () => {
    const draws = [0.1, 0.9, 0.29]
    const plan = new FaultPlan(() => draws.shift() ?? 1)
    plan.add({ status: 500, rate: 0.3 }, keyOf)
    const statuses = [1, 2, 3].map(() => plan.decide('notify', 'k').answer?.status)
    expect(statuses).toEqual([500, undefined, 500])
  })

  it('adds latency-only faults and lets the first answering fault decide', () => {
    const plan = new FaultPlan(() => 0.5)
    plan.add({ latencyMs: 10, jitterMs: 10 }, keyOf)
    plan.add({ status: 503, latencyMs: 5 }, keyOf)
    plan.add({ status: 500 }, keyOf)
    expect(plan.decide('notify', 'k')).toEqual({
      delayMs: 20,
      answer: { status: 503, wnsStatus: 'appthrottled' },
    })
  })

  it('applies a fault only to its endpoint and channel', () => {
    const plan = new FaultPlan(Math.random)
    plan.add({ status: 503, endpoint: 'token' }, keyOf)
    plan.add({ status: 406, channel: 'https://db5.notify.windows.com/?token=a' }, keyOf)
    expect(
      plan.decide('notify', 'key:https://db5.notify.windows.com/?token=b').answer,
    ).toBeUndefined()
    expect(plan.decide('notify', 'key:https://db5.notify.windows.com/?token=a').answer).toEqual({
      status: 406,
      retryAfterSeconds: 60,
      wnsStatus: 'channelthrottled',
    })
    expect(plan.decide('token', undefined).answer?.status).toBe(503)
  })

  it('removes one fault by id, or all', () => {
    const plan = new FaultPlan(Math.random)
    const first = plan.add({ status: 503 }, keyOf)
    plan.add({ status: 500 }, keyOf)
    first.clear()
    expect(plan.decide('notify', 'k').answer?.status).toBe(500)
    plan.remove()
    expect(plan.decide('notify', 'k').answer).toBeUndefined()
  })
})
