import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { request } from 'undici'
import { afterEach, describe, expect, it } from 'vitest'
import { createWnsAgent } from './create-agent'

/** A plain loopback HTTP server that counts the connections it accepts. */
async function countingServer(): Promise<{
  server: Server
  url: string
  connections: () => number
}> {
  let connections = 0
  const server = createServer((_request, response) => {
    setTimeout(() => response.end('ok'), 5)
  })
  server.on('connection', () => {
    connections++
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return { server, url: `http://127.0.0.1:${port}/`, connections: () => connections }
}

describe('createWnsAgent', () => {
  let server: Server | undefined
  afterEach(async () => {
    await new Promise((resolve) => server?.close(resolve))
  })

  it('keeps sockets alive and opens at most `connections` per host', async () => {
    const counting = await countingServer()
    server = counting.server
    const agent = createWnsAgent(4)
    const send = async () => {
      const response = await request(counting.url, { dispatcher: agent })
      return response.body.text()
    }
    await Promise.all(Array.from({ length: 40 }, send))
    await Promise.all(Array.from({ length: 40 }, send))
    expect(counting.connections()).toBe(4)
    await agent.close()
  })
})
