// A short explanation of each standard claim and header member of Cognito's tokens, shown under the claim's
// name in the Tokens view (and in the "Meaning" column of its text). Written from Cognito's developer guide
// ("Understanding the identity (ID) token" and "…the access token"); a claim not listed here has no hint.

const CLAIM_HINTS: Record<string, string> = {
  sub: 'The user’s unique, unchanging id in this pool (a UUID); use it, not the username, to name the user.',
  iss: 'The issuer: the user pool’s URL; its JWKS is at this URL + /.well-known/jwks.json.',
  aud: 'The audience of an ID token: the app client id it was issued to.',
  client_id: 'The app client id the access token was issued to.',
  token_use: 'What the token is for: "id" (who the user is) or "access" (what the user may call).',
  exp: 'When the token expires (seconds since 1970); Refresh Tokens gets new ones.',
  iat: 'When the token was issued (seconds since 1970).',
  auth_time: 'When the user authenticated (seconds since 1970); it stays the same when tokens are refreshed.',
  jti: 'The token’s unique id.',
  origin_jti: 'The id of the authentication that issued this token and its refresh token; revoking the refresh token revokes tokens with this origin.',
  event_id: 'The id of the authentication event that issued the token.',
  scope: 'The OAuth scopes the access token grants, separated by spaces.',
  'cognito:groups': 'The groups the user belongs to, highest precedence first.',
  'cognito:username': 'The user’s username in the pool (the ID token’s name for it).',
  username: 'The user’s username in the pool (the access token’s name for it).',
  'cognito:roles': 'The IAM roles of the user’s groups.',
  'cognito:preferred_role': 'The IAM role of the user’s group with the highest precedence.',
  email_verified: 'Whether the e-mail address has been verified.',
  phone_number_verified: 'Whether the phone number has been verified.',
  identities: 'The external identity providers (Google, SAML, …) the user signed in with, when federated.',
  device_key: 'The key of the remembered device the user signed in on.',
  version: 'The access token’s format version.',
  at_hash: 'A hash of the access token issued with this ID token.',
  nonce: 'The nonce the app sent when it started the sign-in, to match the answer to the request.',
  amr: 'How the user authenticated (the authentication methods).',
};

const HEADER_HINTS: Record<string, string> = {
  kid: 'The id of the pool’s signing key; the JWKS lists the public key under this id.',
  alg: 'The signing algorithm (Cognito signs with RS256).',
};

/** The hint of a claim, or undefined for a claim Cognito does not define. */
export function claimHint(name: string): string | undefined {
  if (Object.hasOwn(CLAIM_HINTS, name)) return CLAIM_HINTS[name];
  if (name.startsWith('custom:')) return 'A custom attribute of the pool.';
  return undefined;
}

/** The hint of a header member. */
export function headerHint(name: string): string | undefined {
  return Object.hasOwn(HEADER_HINTS, name) ? HEADER_HINTS[name] : undefined;
}
