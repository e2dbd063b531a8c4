// The tokens a successful sign-in returns, shaped like Cognito's: RS256 JWTs for the ID and access tokens
// (header `kid` + `alg`; claims as the developer guide lists them), signed with RSA keys the double makes
// on first use (one for ID tokens, one for access tokens, as a pool's JWKS has two), and an opaque refresh
// token. A refresh token remembers its "origin": RevokeToken revokes it and every access token it led to
// (the `origin_jti` claim ties them together), which GetUser and REFRESH_TOKEN_AUTH then refuse.
// AdminUserGlobalSignOut revokes every origin of a user; AdminDisableUser the access tokens issued so far.
// With refresh token rotation (GetTokensFromRefreshToken on a client with RefreshTokenRotation ENABLED) a
// refresh hands out a new refresh token of the same origin and the old one stops working once the client's
// RetryGracePeriodSeconds have passed (API reference, RefreshTokenRotationType). The new token expires
// when the first one of its sign-in would have: not in the reference, but what users of the feature report
// (public thread authts/oidc-client-ts#2039, "the new refresh tokens have the old expiration date").
import { generateKeyPairSync, randomBytes, randomUUID, sign, verify, type KeyObject } from 'node:crypto';
import type { DoubleAppClient } from './appClients';
import type { DoubleUser, SeededPool } from './data';
import { ServiceError } from './server';

interface SigningKey {
  kid: string;
  privateKey: KeyObject;
  publicKey: KeyObject;
}

export interface Origin {
  poolId: string;
  clientId: string;
  username: string;
  /** The user's `sub`: a token outlives neither its user nor a new user of the same name. */
  sub: string;
  /** Shared by the refresh token and every token issued from it. */
  originJti: string;
  authTime: number;
  refreshExpires: number;
  revoked: boolean;
  /** The access tokens' `scope`: the OAuth scopes a managed-login sign-in was granted (oauth.ts), else
   *  aws.cognito.signin.user.admin as for API sign-ins. */
  scope?: string;
}

export interface AuthenticationResult {
  AccessToken: string;
  IdToken: string;
  RefreshToken?: string;
  ExpiresIn: number;
  TokenType: 'Bearer';
}

const ACCESS_SCOPE = 'aws.cognito.signin.user.admin';
// A Cognito refresh token is a JWE (RSA-OAEP + A256GCM) that only Cognito can read; this header keeps the shape.
const REFRESH_HEADER = Buffer.from(JSON.stringify({ cty: 'JWT', enc: 'A256GCM', alg: 'RSA-OAEP' })).toString('base64url');

const base64url = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

export class TokenIssuer {
  private keys?: { id: SigningKey; access: SigningKey };
  private readonly origins = new Map<string, Origin>(); // by refresh token
  private readonly originsByJti = new Map<string, Origin>();
  /** By `<poolId>/<sub>`: the user's origins and the jti of every access token issued to them. */
  private readonly byUser = new Map<string, { origins: Origin[]; accessJtis: string[] }>();
  private readonly revokedAccess = new Set<string>();
  /** Rotated-out refresh tokens: the second (epoch) after which each is refused. */
  private readonly rotatedOut = new Map<string, number>();

  constructor(private readonly now: () => number) {}

  /** The public half of both keys, as `GET /<poolId>/.well-known/jwks.json` serves it. */
  jwks(): { keys: Record<string, string>[] } {
    const { id, access } = this.signingKeys();
    return {
      keys: [id, access].map((key) => {
        const jwk = key.publicKey.export({ format: 'jwk' });
        return { alg: 'RS256', e: String(jwk.e), kid: key.kid, kty: 'RSA', n: String(jwk.n), use: 'sig' };
      }),
    };
  }

  /** Tokens for a fresh sign-in: ID, access and a new refresh token. */
  signIn(pool: SeededPool, client: DoubleAppClient, user: DoubleUser, scope?: string): AuthenticationResult {
    const now = this.seconds();
    const origin: Origin = {
      poolId: pool.id,
      clientId: client.clientId,
      username: user.username,
      sub: user.attributes.sub,
      originJti: randomUUID(),
      authTime: now,
      refreshExpires: now + client.refreshTokenDays * 86_400,
      revoked: false,
      scope,
    };
    const refreshToken = this.newRefreshToken(origin);
    this.originsByJti.set(origin.originJti, origin);
    this.sessionsOf(pool.id, origin.sub).origins.push(origin);
    return { ...this.issue(pool, client, user, origin), RefreshToken: refreshToken };
  }

  /** New ID and access tokens from a refresh token (REFRESH_TOKEN_AUTH); no new refresh token. */
  refresh(pool: SeededPool, client: DoubleAppClient, user: DoubleUser, origin: Origin): AuthenticationResult {
    return this.issue(pool, client, user, origin);
  }

  /**
   * GetTokensFromRefreshToken on a client with rotation: new ID and access tokens and a new refresh token of
   * the same sign-in; `used` is refused once the grace period after its first rotation has passed.
   */
  rotate(pool: SeededPool, client: DoubleAppClient, user: DoubleUser, origin: Origin, used: string, graceSeconds: number): AuthenticationResult {
    if (!this.rotatedOut.has(used)) this.rotatedOut.set(used, this.seconds() + graceSeconds);
    return { ...this.issue(pool, client, user, origin), RefreshToken: this.newRefreshToken(origin) };
  }

  /** Whether this refresh token was rotated out and its grace period is over. */
  rotatedAway(token: string): boolean {
    const until = this.rotatedOut.get(token);
    return until !== undefined && this.seconds() >= until;
  }

  /** The sign-in a refresh token belongs to, if the double issued it. */
  originOfRefreshToken(token: string): Origin | undefined {
    return this.origins.get(token);
  }

  /** AdminUserGlobalSignOut: every refresh token of the user, and the access tokens they led to, are revoked. */
  signOutEverywhere(poolId: string, sub: string): void {
    const sessions = this.sessionsOf(poolId, sub);
    for (const origin of sessions.origins) origin.revoked = true;
    for (const jti of sessions.accessJtis) this.revokedAccess.add(jti);
  }

  /** AdminDisableUser: the access tokens issued so far are revoked. */
  revokeAccessTokens(poolId: string, sub: string): void {
    for (const jti of this.sessionsOf(poolId, sub).accessJtis) this.revokedAccess.add(jti);
  }

  /**
   * An access token for a client-credentials grant (oauth.ts): no user, so `sub` is the client id and there is
   * no `username`, no ID token and no refresh token (developer guide, "The token issuer endpoint": a client
   * credentials grant "returns an access token"; "Understanding the access token": in an M2M token `sub` is
   * the app client's id). It expires after the client's access-token validity.
   */
  machineToken(pool: SeededPool, client: DoubleAppClient, scopes: readonly string[]): { access_token: string; expires_in: number; token_type: 'Bearer' } {
    const { access } = this.signingKeys();
    const now = this.seconds();
    const region = pool.id.slice(0, pool.id.indexOf('_'));
    const token = this.jwt(access, {
      sub: client.clientId,
      token_use: 'access',
      scope: scopes.join(' '),
      auth_time: now,
      iss: `https://cognito-idp.${region}.amazonaws.com/${pool.id}`,
      exp: now + client.accessTokenMinutes * 60,
      iat: now,
      version: 2,
      jti: randomUUID(),
      client_id: client.clientId,
    });
    return { access_token: token, expires_in: client.accessTokenMinutes * 60, token_type: 'Bearer' };
  }

  /** The claims of an access token the double issued, or NotAuthorizedException as Cognito's user APIs answer. */
  checkAccessToken(token: string): Record<string, unknown> {
    const invalid = new ServiceError('NotAuthorizedException', 'Invalid Access Token');
    const [header, payload, signature] = token.split('.');
    if (!header || !payload || !signature || !this.keys) throw invalid;
    const claims = parseJson(payload);
    const signedOk = verify('sha256', Buffer.from(`${header}.${payload}`), this.keys.access.publicKey, Buffer.from(signature, 'base64url'));
    if (!signedOk || claims?.token_use !== 'access') throw invalid;
    if (this.originsByJti.get(String(claims.origin_jti))?.revoked || this.revokedAccess.has(String(claims.jti))) throw new ServiceError('NotAuthorizedException', 'Access Token has been revoked');
    if (Number(claims.exp) <= this.seconds()) throw new ServiceError('NotAuthorizedException', 'Access Token has expired');
    return claims;
  }

  /**
   * The claims of a JWT signed with one of the keys the JWKS serves (ID or access), or undefined when the
   * signature does not check out: what a relying party (Cognito Identity, identityCredentials.ts) verifies
   * before it reads `iss`, `aud`, `token_use` and `exp`.
   */
  signedClaims(token: string): Record<string, unknown> | undefined {
    const [header, payload, signature, extra] = token.split('.');
    if (!header || !payload || !signature || extra !== undefined || !this.keys) return undefined;
    const signed = Buffer.from(`${header}.${payload}`);
    const bySomeKey = [this.keys.id, this.keys.access].some((key) => verify('sha256', signed, key.publicKey, Buffer.from(signature, 'base64url')));
    return bySomeKey ? parseJson(payload) : undefined;
  }

  private issue(pool: SeededPool, client: DoubleAppClient, user: DoubleUser, origin: Origin): AuthenticationResult {
    const { id, access } = this.signingKeys();
    const now = this.seconds();
    const region = pool.id.slice(0, pool.id.indexOf('_'));
    const common = {
      sub: user.attributes.sub,
      ...(user.groups.length > 0 ? { 'cognito:groups': [...user.groups] } : {}),
      iss: `https://cognito-idp.${region}.amazonaws.com/${pool.id}`,
      origin_jti: origin.originJti,
      event_id: randomUUID(),
      auth_time: origin.authTime,
      iat: now,
    };
    const idToken = this.jwt(id, {
      ...common,
      ...userClaims(user),
      'cognito:username': user.username,
      aud: client.clientId,
      token_use: 'id',
      exp: now + client.idTokenMinutes * 60,
      jti: randomUUID(),
    });
    const accessJti = randomUUID();
    this.sessionsOf(pool.id, user.attributes.sub).accessJtis.push(accessJti);
    const accessToken = this.jwt(access, {
      ...common,
      client_id: client.clientId,
      token_use: 'access',
      scope: origin.scope ?? ACCESS_SCOPE,
      exp: now + client.accessTokenMinutes * 60,
      jti: accessJti,
      username: user.username,
    });
    return { AccessToken: accessToken, IdToken: idToken, ExpiresIn: client.accessTokenMinutes * 60, TokenType: 'Bearer' };
  }

  private newRefreshToken(origin: Origin): string {
    const token = [REFRESH_HEADER, ...[256, 12, 1200, 16].map((n) => randomBytes(n).toString('base64url'))].join('.');
    this.origins.set(token, origin);
    return token;
  }

  private sessionsOf(poolId: string, sub: string): { origins: Origin[]; accessJtis: string[] } {
    const key = `${poolId}/${sub}`;
    let sessions = this.byUser.get(key);
    if (!sessions) this.byUser.set(key, (sessions = { origins: [], accessJtis: [] }));
    return sessions;
  }

  private jwt(key: SigningKey, claims: Record<string, unknown>): string {
    const signingInput = `${base64url({ kid: key.kid, alg: 'RS256' })}.${base64url(claims)}`;
    return `${signingInput}.${sign('sha256', Buffer.from(signingInput), key.privateKey).toString('base64url')}`;
  }

  private seconds(): number {
    return Math.floor(this.now() / 1000);
  }

  /** Made on first use, so doubles that never sign anyone in (paging tests, the benchmark) pay nothing. */
  private signingKeys(): { id: SigningKey; access: SigningKey } {
    this.keys ??= { id: newSigningKey(), access: newSigningKey() };
    return this.keys;
  }
}

function newSigningKey(): SigningKey {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  // A kid like Cognito's: base64 of 32 bytes.
  return { kid: randomBytes(32).toString('base64'), privateKey, publicKey };
}

/** The user's attributes as ID-token claims: `*_verified` become booleans, as in Cognito's ID tokens. */
function userClaims(user: DoubleUser): Record<string, unknown> {
  const claims: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(user.attributes)) {
    claims[name] = name.endsWith('_verified') ? value === 'true' : value;
  }
  return claims;
}

function parseJson(base64: string): Record<string, unknown> | undefined {
  try {
    const value: unknown = JSON.parse(Buffer.from(base64, 'base64url').toString('utf8'));
    return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}
