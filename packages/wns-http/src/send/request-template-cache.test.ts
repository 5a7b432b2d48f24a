import { createNotification } from '@homepot/wns-core'
import { describe, expect, it } from 'vitest'
import { prepareRequest } from './prepared-request'
import { RequestTemplate } from './request-template'
import { RequestTemplateCache } from './request-template-cache'

const uri = 'https://db5.notify.windows.com/?token=1'
const badge = createNotification('badge', '<badge value="1"/>')
const made = () =>
  new RequestTemplate(prepareRequest(uri, { method: 'POST', url: uri, headers: {}, body: '' }))

describe('RequestTemplateCache', () => {
  it('finds the last template for the same notification and equal options', () => {
    const cache = new RequestTemplateCache()
    const template = made()
    expect(cache.get(badge, {})).toBeUndefined()
    cache.set(badge, { ttlSeconds: 60, tag: 'a' }, template)
    expect(cache.get(badge, { ttlSeconds: 60, tag: 'a' })).toBe(template)
    expect(cache.get({ ...badge }, { tag: 'a', ttlSeconds: 60 })).toBe(template)
  })

  it('misses when an option, the body or the type differs, even in an object reused and changed', () => {
    const cache = new RequestTemplateCache()
    const options: { ttlSeconds?: number; tag?: string } = { ttlSeconds: 60 }
    cache.set(badge, options, made())
    options.ttlSeconds = 0
    expect(cache.get(badge, options)).toBeUndefined()
    expect(cache.get(badge, { ttlSeconds: 60, tag: 'a' })).toBeUndefined()
    expect(cache.get(badge, {})).toBeUndefined()
    expect(cache.get({ ...badge, body: '<badge value="2"/>' }, { ttlSeconds: 60 })).toBeUndefined()
    expect(cache.get({ ...badge, type: 'tile' }, { ttlSeconds: 60 })).toBeUndefined()
  })

  it('never caches options that are not plain objects', () => {
    const cache = new RequestTemplateCache()
    class Options {
      ttlSeconds = 60
    }
    cache.set(badge, new Options(), made())
    expect(cache.get(badge, new Options())).toBeUndefined()
    expect(cache.get(badge, { ttlSeconds: 60 })).toBeUndefined()
  })
})
