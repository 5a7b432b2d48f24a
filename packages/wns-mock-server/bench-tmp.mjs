import { createWnsMock } from './dist/index.js'
import { request } from 'undici'
const mock = createWnsMock()
const app = mock.defaultApp
const t0 = await request(app.tokenUrl, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams({ grant_type: 'client_credentials', client_id: app.packageSid, client_secret: app.clientSecret, scope: app.scope }).toString(), dispatcher: mock.dispatcher })
const token = (await t0.body.json()).access_token
const uris = Array.from({ length: 50 }, () => mock.createChannel())
const headers = { authorization: `Bearer ${token}`, 'x-wns-type': 'wns/toast', 'content-type': 'text/xml' }
const body = '<toast><visual><binding template="ToastGeneric"><text>Hello</text><text>World</text></binding></visual></toast>'
async function one(i) { const r = await request(uris[i % 50], { method: 'POST', headers, body, dispatcher: mock.dispatcher }); await r.body.dump(); return r.statusCode }
for (let i = 0; i < 2000; i++) await one(i)
let t = performance.now()
for (let i = 0; i < 20000; i++) await one(i)
console.log('20k sequential ms', (performance.now() - t).toFixed(0))
t = performance.now()
await Promise.all(Array.from({ length: 20000 }, (_, i) => one(i)))
console.log('20k parallel ms', (performance.now() - t).toFixed(0))
console.log(mock.stats().byStatus)
