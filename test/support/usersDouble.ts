// What the user, group and quota tests of the Cognito double share: a pool with a schema (required
// e-mail, custom attributes, groups), users in every state and an app client for the admin password
// flow; a pool whose users sign in with their e-mail address; a plain SDK client (no extension code);
// signing in and reading a token's claims.
import * as assert from 'node:assert/strict';
import { AdminInitiateAuthCommand, type CognitoIdentityProviderClient } from '@aws-sdk/client-cognito-identity-provider';
import type { CognitoDouble, CognitoDoubleOptions, PoolSeed, SeededPool } from '../double/cognitoDouble';
import { useDouble } from './sessionHooks';

export const PASSWORD = 'Correct-Horse1';
export const TEMPORARY_PASSWORD = 'Temp-Pass1!';

export const PEOPLE_POOL: PoolSeed = {
  name: 'people',
  users: 30,
  requiredAttributes: ['email'],
  customAttributes: [
    { name: 'team', maxLength: 10 },
    { name: 'tenant', mutable: false },
    { name: 'level', type: 'Number', minValue: 1, maxValue: 5 },
  ],
  groups: [{ name: 'admins', description: 'Administrators', precedence: 1 }],
  extraAppClients: [{ name: 'admin-flow', explicitAuthFlows: ['ALLOW_ADMIN_USER_PASSWORD_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH'] }],
  extraUsers: [
    { username: 'alice', password: PASSWORD, attributes: { email: 'alice@example.com', email_verified: 'true', name: 'Alice', 'custom:tenant': 't1' } },
    { username: 'bob', password: PASSWORD, attributes: { email: 'bob@example.com', name: 'Bob' } },
    { username: 'newbie', password: TEMPORARY_PASSWORD, status: 'FORCE_CHANGE_PASSWORD', attributes: { email: 'newbie@example.com' } },
    { username: 'pending', password: PASSWORD, status: 'UNCONFIRMED', attributes: { email: 'pending@example.com' } },
    { username: 'phoned', password: PASSWORD, attributes: { email: 'phoned@example.com', phone_number: '+14325551212', phone_number_verified: 'true' } },
  ],
};

export const BY_EMAIL_POOL: PoolSeed = { name: 'by-email', usernameAttributes: ['email'] };

export interface UsersDouble {
  double: CognitoDouble;
  client: CognitoIdentityProviderClient;
  pool: SeededPool;
  poolId: string;
  clientId: string;
}

/** Starts a double with PEOPLE_POOL and BY_EMAIL_POOL (or `options`) for a describe block (useDouble); stops it after. */
export function useUsersDouble(options: CognitoDoubleOptions = { pools: [PEOPLE_POOL, BY_EMAIL_POOL] }, clientConfig: { maxAttempts?: number } = {}): () => UsersDouble {
  const session = useDouble(options, clientConfig);
  return () => {
    const { double, client } = session;
    const pool = double.pools[0];
    const adminFlow = Array.from({ length: pool.appClientCount }, (_, i) => pool.appClient(i)).find((c) => c.name === 'admin-flow');
    return { double, client, pool, poolId: pool.id, clientId: adminFlow?.clientId ?? '' };
  };
}

/** ADMIN_USER_PASSWORD_AUTH with the pool's admin-flow client. */
export function adminSignIn(context: UsersDouble, username: string, password: string) {
  return context.client.send(
    new AdminInitiateAuthCommand({
      UserPoolId: context.poolId,
      ClientId: context.clientId,
      AuthFlow: 'ADMIN_USER_PASSWORD_AUTH',
      AuthParameters: { USERNAME: username, PASSWORD: password },
    }),
  );
}

/** Tokens of a sign-in that must have succeeded. */
export async function signedIn(context: UsersDouble, username: string, password: string) {
  const result = (await adminSignIn(context, username, password)).AuthenticationResult;
  assert.ok(result?.IdToken && result.AccessToken && result.RefreshToken, `no tokens for ${username}`);
  return { idToken: result.IdToken, accessToken: result.AccessToken, refreshToken: result.RefreshToken };
}

/** A JWT's claims, unverified (doubleAuth.test.ts checks the signatures). */
export function claimsOf(jwt: string): Record<string, unknown> {
  return JSON.parse(Buffer.from(jwt.split('.')[1], 'base64url').toString('utf8')) as Record<string, unknown>;
}

/** `{ name: value }` of an AttributeType list. */
export function attributesOf(list: Array<{ Name?: string; Value?: string }> | undefined): Record<string, string | undefined> {
  return Object.fromEntries((list ?? []).map((a) => [a.Name ?? '', a.Value]));
}
