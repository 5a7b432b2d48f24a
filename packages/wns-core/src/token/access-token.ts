/** A WNS access token, as {@link parseTokenResponse} reads it from the token endpoint. */
export interface AccessToken {
  /** The token to send as `Authorization: Bearer …`. Never log it. */
  accessToken: string
  /** Always `bearer` (the endpoint may say `Bearer`; the comparison ignores case). */
  tokenType: 'bearer'
  /** When the token expires, in epoch milliseconds; `undefined` when the endpoint did not say. */
  expiresAt: number | undefined
  /** Lifetime the endpoint gave, in seconds; `undefined` when it gave none (old live.com answers). */
  expiresInSeconds: number | undefined
}
