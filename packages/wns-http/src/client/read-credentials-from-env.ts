import { type WnsCredentials, WnsError } from '@homepot/wns-core'

/** The environment variables {@link readCredentialsFromEnv} reads. */
export const WNS_ENV_VARS = Object.freeze({
  packageSid: 'WNS_PACKAGE_SID',
  clientSecret: 'WNS_CLIENT_SECRET',
  tenantId: 'WNS_TENANT_ID',
  clientId: 'WNS_CLIENT_ID',
})

/**
 * Reads credentials from the environment: `WNS_TENANT_ID` + `WNS_CLIENT_ID` +
 * `WNS_CLIENT_SECRET` for an Entra app, or `WNS_PACKAGE_SID` + `WNS_CLIENT_SECRET` for a Partner
 * Center app. Empty values count as unset. The client calls it when it is given neither
 * `credentials` nor a `tokenProvider`.
 *
 * @returns the credentials, or `undefined` when none of the variables is set.
 * @throws {WnsError} `INVALID_OPTIONS` naming the missing variable when a set is incomplete, or
 *   when both an Entra and a Partner Center set are present.
 * @example
 * const credentials = readCredentialsFromEnv() // from process.env
 */
export function readCredentialsFromEnv(
  env: Readonly<Record<string, string | undefined>> = process.env,
): WnsCredentials | undefined {
  const read = (name: string): string | undefined => {
    const value = env[name]?.trim()
    return value ? value : undefined
  }
  const packageSid = read(WNS_ENV_VARS.packageSid)
  const tenantId = read(WNS_ENV_VARS.tenantId)
  const clientId = read(WNS_ENV_VARS.clientId)
  const clientSecret = read(WNS_ENV_VARS.clientSecret)
  if (!packageSid && !tenantId && !clientId) return undefined
  if (packageSid && (tenantId || clientId)) {
    throw envError(
      WNS_ENV_VARS.packageSid,
      `conflicts with ${WNS_ENV_VARS.tenantId}/${WNS_ENV_VARS.clientId}; set the variables of one flow only`,
    )
  }
  if (!clientSecret) throw envError(WNS_ENV_VARS.clientSecret, 'is not set')
  if (packageSid) return { packageSid, clientSecret }
  if (!tenantId) throw envError(WNS_ENV_VARS.tenantId, 'is not set')
  if (!clientId) throw envError(WNS_ENV_VARS.clientId, 'is not set')
  return { tenantId, clientId, clientSecret }
}

function envError(variable: string, problem: string): WnsError {
  return new WnsError('INVALID_OPTIONS', {
    message: `environment variable ${variable} ${problem}`,
    field: `env.${variable}`,
  })
}
