import { request, Dispatcher } from 'undici'
class Trivial extends Dispatcher {
  dispatch(opts, handler) {
    queueMicrotask(() => { handler.onConnect?.(() => {}); handler.onHeaders(200, [Buffer.from('x-wns-status'), Buffer.from('received')], () => {}, 'OK'); handler.onComplete([]) })
    return true
  }
}
const d = new Trivial()
async function one() { const r = await request('https://db5.notify.windows.com/?token=abc', { method: 'POST', headers: { a: 'b' }, body: '<toast/>', dispatcher: d }); await r.body.dump() }
for (let i = 0; i < 2000; i++) await one()
let t = performance.now()
for (let i = 0; i < 20000; i++) await one()
console.log('trivial 20k sequential ms', (performance.now() - t).toFixed(0))
