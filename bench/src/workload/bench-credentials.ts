/**
 * Made-up credentials for the benchmarks. The responder accepts any of them; none of them is a
 * real secret.
 */
export const BENCH_PACKAGE_SID =
  'ms-app://s-1-15-2-1234567890-123456789-1234567890-123456789-1234567890-123456789-1234567890'

/** Client secret handed to the clients that fetch their own token ((a) and (d)). */
export const BENCH_CLIENT_SECRET = 'bench-client-secret-not-a-real-one'

/**
 * The access token the responder hands out, and the "pre-acquired" token given to raw undici
 * (b) and the npm `wns` package (c), so neither needs a token request.
 */
export const BENCH_ACCESS_TOKEN = `EgAcAQMAAAAALYAAY/c+Hc${'x'.repeat(120)}bench`
