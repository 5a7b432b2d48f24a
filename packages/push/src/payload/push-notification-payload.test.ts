import { WnsError } from '@homepot/wns-core'
import { describe, expect, it } from 'vitest'
import {
  createPushNotificationPayload,
  type PushNotificationPayload,
  pushNotificationPayloadSchema,
} from './push-notification-payload'
import { PushPriority } from './push-priority'

function invalid(input: unknown): WnsError {
  try {
    createPushNotificationPayload(input as PushNotificationPayload)
  } catch (error) {
    if (WnsError.isInstance(error)) return error
    throw error
  }
  throw new Error('expected createPushNotificationPayload to throw')
}

describe('createPushNotificationPayload', () => {
  it('returns a frozen copy of a full payload without undefined fields', () => {
    const payload = createPushNotificationPayload({
      title: 'Alert Title',
      body: 'Detailed message here',
      data: { action: 'update_config', url: 'https://example.com' },
      priority: PushPriority.HIGH,
      ttlSeconds: 3600,
      collapseKey: 'config-update',
      ...({ extra: undefined } as object),
    } as PushNotificationPayload)
    expect(payload).toEqual({
      title: 'Alert Title',
      body: 'Detailed message here',
      data: { action: 'update_config', url: 'https://example.com' },
      priority: 'high',
      ttlSeconds: 3600,
      collapseKey: 'config-update',
    })
    expect(Object.isFrozen(payload)).toBe(true)
    expect(
      Object.keys(createPushNotificationPayload({ title: 'a', body: 'b', data: undefined })),
    ).toEqual(['title', 'body'])
  })

  it('requires title and body and names the missing field', () => {
    expect(invalid({ body: 'b' })).toMatchObject({
      code: 'INVALID_PAYLOAD',
      field: 'payload.title',
      message: 'payload.title is required',
    })
    expect(invalid({ title: 'a' }).message).toBe('payload.body is required')
    expect(invalid({ title: '', body: 'b' }).message).toBe('payload.title must not be empty')
    expect(invalid({ title: 3, body: 'b' }).message).toBe('payload.title must be a string')
  })

  it('refuses a priority outside the four levels and lists them', () => {
    const error = invalid({ title: 'a', body: 'b', priority: 'urgent' })
    expect(error.field).toBe('payload.priority')
    expect(error.message).toBe(
      'payload.priority must be one of "critical", "high", "normal", "low"',
    )
  })

  it('refuses a negative or fractional ttlSeconds', () => {
    expect(invalid({ title: 'a', body: 'b', ttlSeconds: -1 }).message).toBe(
      'payload.ttlSeconds must be at least 0',
    )
    expect(invalid({ title: 'a', body: 'b', ttlSeconds: 1.5 }).message).toBe(
      'payload.ttlSeconds must be an integer',
    )
  })

  it('refuses data that JSON cannot carry', () => {
    const error = invalid({ title: 'a', body: 'b', data: { size: 10n } })
    expect(error).toMatchObject({ field: 'payload.data' })
    expect(error.message).toBe('payload.data must be JSON-serializable')
  })

  it('refuses unknown keys and points snake_case users to the camelCase name', () => {
    const error = invalid({ title: 'a', body: 'b', ttl_seconds: 60 })
    expect(error.field).toBe('payload.ttl_seconds')
    expect(error.message).toBe(
      'payload.ttl_seconds is not a known option (use ttlSeconds instead of ttl_seconds)',
    )
    expect(invalid({ title: 'a', body: 'b', topic: 'x' }).message).toBe(
      'payload.topic is not a known option',
    )
  })

  it('names the field under the root it is given', () => {
    try {
      createPushNotificationPayload(
        { title: 'a' } as PushNotificationPayload,
        'notifications[2][1]',
      )
      expect.unreachable()
    } catch (error) {
      expect(error).toMatchObject({ field: 'notifications[2][1].body' })
    }
  })
})

describe('pushNotificationPayloadSchema', () => {
  it('accepts the minimal payload and refuses a missing body', () => {
    expect(pushNotificationPayloadSchema.safeParse({ title: 'a', body: 'b' }).success).toBe(true)
    expect(pushNotificationPayloadSchema.safeParse({ title: 'a' }).success).toBe(false)
  })
})
