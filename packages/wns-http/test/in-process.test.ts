// The integration suite, through the fake's in-process undici dispatcher (no sockets).
import { describe } from 'vitest'
import { authSuite } from './suites/auth-suite'
import { bulkSuite } from './suites/bulk-suite'
import { retrySuite } from './suites/retry-suite'
import { sendSuite } from './suites/send-suite'
import { inProcess } from './support/harness'

describe('WnsClient against the fake, in process', () => {
  authSuite(inProcess)
  sendSuite(inProcess)
  retrySuite(inProcess)
  bulkSuite(inProcess)
})
