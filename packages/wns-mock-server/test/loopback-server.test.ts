import { runBehaviourSuite } from './suite/behaviour-suite'
import { loopbackServerTransport } from './transports/loopback-server-transport'

runBehaviourSuite('undici.request + loopback HTTPS server', loopbackServerTransport)
