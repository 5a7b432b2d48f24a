import { createWnsMock } from '@homepot/wns-mock-server'
import { Agent, Client, MockAgent, Pool } from 'undici'
import { describe, expect, it } from 'vitest'
import { isNativeDispatcher } from './is-native-dispatcher'

describe('isNativeDispatcher', () => {
  it("recognizes undici's own Agent, Pool and Client", async () => {
    const dispatchers = [
      new Agent(),
      new Pool('https://db5.notify.windows.com'),
      new Client('https://db5.notify.windows.com'),
    ]
    for (const dispatcher of dispatchers) expect(isNativeDispatcher(dispatcher)).toBe(true)
    await Promise.all(dispatchers.map((dispatcher) => dispatcher.close()))
  })

  it('leaves interceptor chains, mocks and subclasses to the timer and both handler styles', async () => {
    const agent = new Agent()
    class TracingAgent extends Agent {}
    const tracing = new TracingAgent()
    const mockAgent = new MockAgent()
    const mock = createWnsMock()
    expect(isNativeDispatcher(agent.compose((dispatch) => dispatch))).toBe(false)
    expect(isNativeDispatcher(tracing)).toBe(false)
    expect(isNativeDispatcher(mockAgent)).toBe(false)
    expect(isNativeDispatcher(mock.dispatcher)).toBe(false)
    await Promise.all([agent.close(), tracing.close(), mockAgent.close(), mock.dispatcher.close()])
  })
})
