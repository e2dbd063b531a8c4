// Which test users' authenticator secrets the person chose to keep in VS Code's secret storage: the secrets
// stay there, and only these ids (no secret) are kept beside them in the extension's global state, so the
// tree can offer Copy TOTP Code on those users' rows without reading the secret storage. Shared by the core
// (which marks the rows) and the features (which keep the secrets).

/** Where the global state keeps the list of ids. */
export const REMEMBERED_AUTHENTICATORS_STATE = 'cognito.rememberedAuthenticators';

/** A user of a pool of a connection. */
export interface AuthenticatorKey {
  connectionId: string;
  userPoolId: string;
  username: string;
}

/** One string per user, unambiguous whatever the names hold (JSON of the three parts). */
export function authenticatorId({ connectionId, userPoolId, username }: AuthenticatorKey): string {
  return JSON.stringify([connectionId, userPoolId, username]);
}

/** The secret storage's key of a user's remembered authenticator secret. */
export function secretStorageKey(key: AuthenticatorKey): string {
  return `cognito.totp:${authenticatorId(key)}`;
}
