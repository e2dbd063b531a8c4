import { createHash, randomBytes } from 'node:crypto';

// The secrets of one authorization-code sign-in (RFC 7636, Proof Key for Code Exchange, and RFC 6749's
// `state`): a verifier that never leaves this process until the code is exchanged, its S256 challenge that
// goes in the authorize URL, and a state that ties the callback to this sign-in. Each is 32 random bytes in
// base64url (43 characters, inside RFC 7636's 43–128 and of its unreserved alphabet). None is logged.

export interface AuthorizationSecrets {
  verifier: string;
  challenge: string;
  state: string;
}

/** BASE64URL(SHA256(ASCII(verifier))), RFC 7636 §4.2's S256. */
export function challengeOf(verifier: string): string {
  return createHash('sha256').update(verifier, 'ascii').digest('base64url');
}

export function newAuthorizationSecrets(): AuthorizationSecrets {
  const verifier = randomBytes(32).toString('base64url');
  return { verifier, challenge: challengeOf(verifier), state: randomBytes(32).toString('base64url') };
}
