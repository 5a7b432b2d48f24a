import { CERTIFICATE_DNS_NAMES, LIVE_LOGIN_HOST } from '../protocol/served-hosts'

/** A PEM certificate and its private key. @internal */
export interface GeneratedCertificate {
  readonly cert: string
  readonly key: string
}

/**
 * Generates the loopback server's self-signed certificate, valid for the token endpoints' hosts,
 * `notify.windows.com`, `*.notify.windows.com`, `localhost` and `127.0.0.1`/`::1`. Clients trust
 * exactly this certificate (it is its own CA), so nothing else is trusted along the way.
 * @internal
 */
export async function generateCertificate(): Promise<GeneratedCertificate> {
  // Loaded on demand: selfsigned pulls in a large X.509 stack that in-process users never need.
  const { generate } = await import('selfsigned')
  const notBeforeDate = new Date(Date.now() - 60_000)
  const notAfterDate = new Date(notBeforeDate.getTime() + 7 * 24 * 60 * 60 * 1000)
  const pems = await generate([{ name: 'commonName', value: LIVE_LOGIN_HOST }], {
    keyType: 'ec',
    curve: 'P-256',
    algorithm: 'sha256',
    notBeforeDate,
    notAfterDate,
    extensions: [
      { name: 'basicConstraints', cA: true, critical: true },
      { name: 'keyUsage', digitalSignature: true, keyCertSign: true, critical: true },
      { name: 'extKeyUsage', serverAuth: true },
      {
        name: 'subjectAltName',
        altNames: [
          ...CERTIFICATE_DNS_NAMES.map((value) => ({ type: 2 as const, value })),
          { type: 7 as const, ip: '127.0.0.1' },
          { type: 7 as const, ip: '::1' },
        ],
      },
    ],
  })
  return { cert: pems.cert, key: pems.private }
}
