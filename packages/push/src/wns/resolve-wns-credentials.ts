import { type WnsCredentials, WnsError } from '@homepot/wns-core'

/** The environment variable each credential key falls back to. @internal */
export const CREDENTIAL_ENV_VARS = {
  packageSid: 'WNS_PACKAGE_SID',
  clientSecret: 'WNS_CLIENT_SECRET',
  tenantId: 'WNS_TENANT_ID',
  clientId: 'WNS_CLIENT_ID',
} as const

type CredentialKey = keyof typeof CREDENTIAL_ENV_VARS

/**
 * Fills credential keys the config left out from the environment, for one flow: Entra ID when
 * the config names a tenant or client id (or, with nothing in the config, when only the Entra
 * variables are set), Partner Center otherwise. Returns the keys that came from the environment.
 * @internal
 */
export function applyCredentialFallbacks(
  values: Record<string, unknown>,
  spelling: Map<string, string>,
  env: Readonly<Record<string, string | undefined>>,
): Set<CredentialKey> {
  const read = (name: string) => (env[name]?.trim() ? env[name] : undefined)
  const entraGiven = spelling.has('tenantId') || spelling.has('clientId')
  const liveGiven = spelling.has('packageSid')
  const useEntra =
    entraGiven ||
    (!liveGiven &&
      !read(CREDENTIAL_ENV_VARS.packageSid) &&
      (read(CREDENTIAL_ENV_VARS.tenantId) ?? read(CREDENTIAL_ENV_VARS.clientId)) !== undefined)
  const keys: CredentialKey[] = useEntra
    ? ['tenantId', 'clientId', 'clientSecret']
    : ['packageSid', 'clientSecret']
  const fromEnv = new Set<CredentialKey>()
  for (const key of keys) {
    const variable = read(CREDENTIAL_ENV_VARS[key])
    if (values[key] === undefined && variable !== undefined) {
      values[key] = variable
      fromEnv.add(key)
    }
  }
  return fromEnv
}

/**
 * Picks the credential flow from the resolved values and checks it is complete and unmixed.
 * @throws {WnsError} `INVALID_OPTIONS` naming the missing or conflicting key.
 * @internal
 */
export function resolveCredentials(
  given: Record<CredentialKey, string | undefined>,
  name: (key: string) => string,
): WnsCredentials {
  const { packageSid, clientSecret, tenantId, clientId } = given
  if (packageSid !== undefined && (tenantId !== undefined || clientId !== undefined)) {
    const other = name(tenantId === undefined ? 'clientId' : 'tenantId')
    throw invalid(
      name('packageSid'),
      `${name('packageSid')} conflicts with ${other}; give the credentials of one flow only`,
    )
  }
  const missing = (key: CredentialKey) =>
    invalid(name(key), `${name(key)} is required (or set ${CREDENTIAL_ENV_VARS[key]})`)
  if (tenantId !== undefined || clientId !== undefined) {
    if (tenantId === undefined) throw missing('tenantId')
    if (clientId === undefined) throw missing('clientId')
    if (clientSecret === undefined) throw missing('clientSecret')
    return { tenantId, clientId, clientSecret }
  }
  if (packageSid === undefined) throw missing('packageSid')
  if (clientSecret === undefined) throw missing('clientSecret')
  return { packageSid, clientSecret }
}

function invalid(field: string, message: string): WnsError {
  return new WnsError('INVALID_OPTIONS', { message, field })
}
