// Entry of the responder process (dist/responder.js): listens on 127.0.0.1 on a free port and
// reports to the harness over IPC. Exits when the harness disconnects.
import type { AddressInfo } from 'node:net'
import { createResponder, type ResponderCounters } from './create-responder'
import { generateCertificate } from './generate-certificate'
import type { ResponderMessage, ResponderStatsRequest } from './responder-messages'

const send = (message: ResponderMessage): void => {
  process.send?.(message)
}

const certificate = await generateCertificate()
const counters: ResponderCounters = { notifications: 0, tokens: 0, bodyBytes: 0 }
const server = createResponder(certificate, counters)
server.listen(0, '127.0.0.1', () => {
  const { port } = server.address() as AddressInfo
  send({ type: 'ready', port, ca: certificate.cert })
})

process.on('message', (message: ResponderStatsRequest) => {
  if (message.type !== 'stats') return
  const cpu = process.cpuUsage()
  send({ type: 'stats', id: message.id, cpuUs: cpu.user + cpu.system, ...counters })
})
process.on('disconnect', () => {
  server.closeAllConnections()
  server.close()
  process.exit(0)
})
