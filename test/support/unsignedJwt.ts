// A token shaped like Cognito's (header.claims.signature, each part base64url) for tests of what the
// extension reads from a token: decoding never checks the signature, so it is a fixed placeholder.

/** `value` as JSON in base64url, as a JWT's header and claims are written. */
export const base64urlJson = (value: object): string => Buffer.from(JSON.stringify(value)).toString('base64url');

/** A JWT with these claims, an RS256 header naming key `kid`, and a placeholder signature. */
export function unsignedJwt(claims: object, kid = 'key-1'): string {
  return `${base64urlJson({ alg: 'RS256', kid })}.${base64urlJson(claims)}.c2lnbmF0dXJl`;
}
