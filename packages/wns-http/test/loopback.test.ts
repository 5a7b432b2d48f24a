// The same integration suite, through the fake's loopback HTTPS server: real TLS and sockets.
import { describe } from 'vitest'
import { authSuite } from './suites/auth-suite'
import { bulkSuite } from './suites/bulk-suite'
import { retrySuite } from './suites/retry-suite'
import { sendSuite } from './suites/send-suite'
import { loopback } from './support/harness'

describe('WnsClient against the fake, over loopback HTTPS', () => {
  authSuite(loopback)
  sendSuite(loopback)
  retrySuite(loopback)
  bulkSuite(loopback)
})
