import { generate } from 'selfsigned'

/** A self-signed certificate and its key, in PEM; the certificate doubles as the CA to trust. */
export interface BenchCertificate {
  readonly cert: string
  readonly key: string
}

/** Host names the responder answers for: the token endpoint, every WNS host, and localhost. */
export const RESPONDER_HOST_NAMES = ['login.live.com', '*.notify.windows.com', 'localhost'] as const

/**
 * Generates the responder's certificate (EC P-256, SHA-256) with SANs for
 * {@link RESPONDER_HOST_NAMES}, valid for one day.
 * @example const { cert, key } = await generateCertificate()
 */
export async function generateCertificate(): Promise<BenchCertificate> {
  const notBeforeDate = new Date(Date.now() - 60_000)
  const notAfterDate = new Date(notBeforeDate.getTime() + 24 * 3600_000)
  const pems = await generate([{ name: 'commonName', value: 'homepot-bench-responder' }], {
    keyType: 'ec',
    curve: 'P-256',
    algorithm: 'sha256',
    notBeforeDate,
    notAfterDate,
    extensions: [
      { name: 'basicConstraints', cA: true },
      { name: 'keyUsage', digitalSignature: true, keyCertSign: true },
      { name: 'extKeyUsage', serverAuth: true },
      {
        name: 'subjectAltName',
        altNames: RESPONDER_HOST_NAMES.map((value) => ({ type: 2 as const, value })),
      },
    ],
  })
  return { cert: pems.cert, key: pems.private }
}
