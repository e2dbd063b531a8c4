// What the sign-in tests of the Cognito double share: a pool seeded with app clients and users in every
// state, a plain SDK client on it (no extension code), AWS-error assertions, and a JWT check against the
// JWKS the double serves, done with node:crypto alone.
import * as assert from 'node:assert/strict';
import { createPublicKey, verify, type JsonWebKey } from 'node:crypto';
import type { CognitoIdentityProviderClient } from '@aws-sdk/client-cognito-identity-provider';
import type { CognitoDouble, CognitoDoubleOptions, DoubleAppClient, PoolSeed } from '../double/cognitoDouble';
import { useDouble } from './sessionHooks';

export const PASSWORD = 'Correct-Horse1';
export const TEMPORARY_PASSWORD = 'Temp-Pass1';
const ALL_PASSWORD_FLOWS = ['ALLOW_USER_SRP_AUTH', 'ALLOW_USER_PASSWORD_AUTH', 'ALLOW_ADMIN_USER_PASSWORD_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH'];

export const SIGN_IN_POOL: PoolSeed = {
  name: 'sign-in',
  groups: [{ name: 'admins', description: 'Administrators', precedence: 1 }],
  extraAppClients: [
    { name: 'open', explicitAuthFlows: ALL_PASSWORD_FLOWS },
    { name: 'with-secret', explicitAuthFlows: ALL_PASSWORD_FLOWS, generateSecret: true },
    { name: 'defaults' },
    { name: 'legacy-errors', explicitAuthFlows: ALL_PASSWORD_FLOWS, preventUserExistenceErrors: 'LEGACY' },
    { name: 'no-revocation', explicitAuthFlows: ['ALLOW_USER_PASSWORD_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH'], enableTokenRevocation: false },
  ],
  extraUsers: [
    { username: 'alice', password: PASSWORD, attributes: { email: 'alice@example.com', email_verified: 'true' }, groups: ['admins', 'readers'] },
    { username: 'bob', password: PASSWORD, attributes: { email: 'bob@example.com' } },
    { username: 'newbie', password: TEMPORARY_PASSWORD, status: 'FORCE_CHANGE_PASSWORD', attributes: { email: 'newbie@example.com' } },
    { username: 'newbie-srp', password: TEMPORARY_PASSWORD, status: 'FORCE_CHANGE_PASSWORD' },
    { username: 'disabled', password: PASSWORD, enabled: false },
    { username: 'unconfirmed', password: PASSWORD, status: 'UNCONFIRMED' },
    { username: 'reset', password: PASSWORD, status: 'RESET_REQUIRED' },
  ],
};

export interface SignInDouble {
  double: CognitoDouble;
  client: CognitoIdentityProviderClient;
  poolId: string;
  appClient(name: string): DoubleAppClient;
}

/** Starts a double with SIGN_IN_POOL (or `pools`) for a describe block (useDouble); stops it after. */
export function useSignInDouble(options: CognitoDoubleOptions = { pools: [SIGN_IN_POOL] }): () => SignInDouble {
  const session = useDouble(options);
  return () => {
    const { double, client } = session;
    const pool = double.pools[0];
    return {
      double,
      client,
      poolId: pool.id,
      appClient: (name) => {
        const found = Array.from({ length: pool.appClientCount }, (_, i) => pool.appClient(i)).find((c) => c.name === name);
        if (!found) throw new Error(`no app client ${name}`);
        return found;
      },
    };
  };
}

/** The call fails with the AWS error `name` (and `message`, when given: exact text or a pattern). */
export async function rejectsWith(call: Promise<unknown>, name: string, message?: string | RegExp): Promise<void> {
  await assert.rejects(call, (error: unknown) => {
    assert.ok(error instanceof Error, `not an Error: ${String(error)}`);
    assert.equal(error.name, name, `${error.name}: ${error.message}`);
    if (typeof message === 'string') assert.equal(error.message, message);
    else if (message) assert.match(error.message, message);
    return true;
  });
}

/** The JWKS the double serves for a pool, fetched over HTTP like any relying party would. */
export async function fetchJwks(endpoint: string, poolId: string): Promise<{ keys: (JsonWebKey & { kid: string; alg: string; use: string })[] }> {
  const response = await fetch(`${endpoint}/${poolId}/.well-known/jwks.json`);
  assert.equal(response.status, 200);
  return (await response.json()) as { keys: (JsonWebKey & { kid: string; alg: string; use: string })[] };
}

/** Checks an RS256 JWT's signature against the JWKS with node:crypto; returns its header and claims. */
export function verifiedJwt(token: string, jwks: { keys: (JsonWebKey & { kid: string })[] }): { header: Record<string, unknown>; claims: Record<string, unknown> } {
  const [header64, claims64, signature64] = token.split('.');
  const header = JSON.parse(Buffer.from(header64, 'base64url').toString('utf8')) as Record<string, unknown>;
  assert.equal(header.alg, 'RS256');
  const jwk = jwks.keys.find((k) => k.kid === header.kid);
  assert.ok(jwk, `no key ${String(header.kid)} in the JWKS`);
  const key = createPublicKey({ key: jwk, format: 'jwk' });
  assert.ok(verify('sha256', Buffer.from(`${header64}.${claims64}`), key, Buffer.from(signature64, 'base64url')), 'bad signature');
  return { header, claims: JSON.parse(Buffer.from(claims64, 'base64url').toString('utf8')) as Record<string, unknown> };
}
