import { runBehaviourSuite } from './suite/behaviour-suite'
import { inProcessTransport } from './transports/in-process-transport'

runBehaviourSuite('undici.request + in-process dispatcher', inProcessTransport)
