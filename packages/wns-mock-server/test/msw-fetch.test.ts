import { runBehaviourSuite } from './suite/behaviour-suite'
import { mswFetchTransport } from './transports/msw-fetch-transport'

runBehaviourSuite('msw setupServer + global fetch', mswFetchTransport)
