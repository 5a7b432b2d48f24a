import { validateNotificationXml, parseWnsRequestHeaders, redactHeaders } from '../wns-core/dist/index.js'
const body = '<toast><visual><binding template="ToastGeneric"><text>Hello</text><text>World</text></binding></visual></toast>'
const h = { authorization: 'Bearer abc', 'x-wns-type': 'wns/toast', 'content-type': 'text/xml', 'content-length': '100', host: 'db5.notify.windows.com' }
function time(label, fn) { for (let i = 0; i < 5000; i++) fn(); const t = performance.now(); for (let i = 0; i < 20000; i++) fn(); console.log(label, ((performance.now() - t) / 20).toFixed(1), 'µs/op') }
time('validateNotificationXml', () => validateNotificationXml('toast', body))
time('parseWnsRequestHeaders', () => parseWnsRequestHeaders(h))
time('redactHeaders', () => redactHeaders(h))
time('new URL', () => new URL('https://db5.notify.windows.com/?token=AwYAAADsdfsdfsdfsdfsdfsdfsdfsdfsdfsdfsdf%2bsdfsdfsdfsdfsdf'))
