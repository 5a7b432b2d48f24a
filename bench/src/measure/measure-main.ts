// Entry of a measuring child (dist/measure.js). Its one argument is a MeasureRequest in JSON;
// it prints one MeasureResult as a JSON line on stdout and exits. A fresh process per
// measurement gives every run its own peak RSS and a cold JIT.
import type { MeasureRequest } from './measure-request'
import type { MeasureResult } from './measure-result'

// Dynamic imports: a child loads only what its measurement needs, so the peak RSS of raw undici
// (b) or npm wns (c) holds none of @homepot's modules.
const measure = async (request: MeasureRequest): Promise<MeasureResult> => {
  switch (request.kind) {
    case 'send':
      return (await import('./measure-send')).measureSend(request)
    case 'stream':
      return (await import('./measure-stream')).measureStream(request)
    case 'payload':
      return (await import('./measure-payload')).measurePayload(request)
  }
}

const request = JSON.parse(process.argv[2] ?? 'null') as MeasureRequest
const result = await measure(request)
// Exit at once: keep-alive sockets would otherwise hold the process open.
process.stdout.write(`${JSON.stringify(result)}\n`, () => process.exit(0))
