// Cognito Identity's enhanced (simplified) flow: GetId then GetCredentialsForIdentity, for a user pool's ID
// token or for a guest (API reference: API_GetId.html, API_GetCredentialsForIdentity.html, API_Credentials.html).
// - GetId: IdentityPoolId required; AccountId optional (1–15 digits); Logins "name-value pairs that map
//   provider names to provider tokens" (at most 10; a user pool's provider name is
//   `cognito-idp.<region>.amazonaws.com/<userPoolId>`). The same login gets the same IdentityId each time; no
//   Logins makes a new guest identity.
// - GetCredentialsForIdentity: IdentityId required, Logins as for GetId; answers IdentityId and Credentials
//   { AccessKeyId, SecretKey, SessionToken, Expiration } for the pool's `authenticated` role (a login) or
//   `unauthenticated` role (a guest), as SetIdentityPoolRoles set them. The credentials are fake: an
//   AccessKeyId shaped like STS's temporary keys (`ASIA` + 16), valid for an hour; each set is recorded in
//   `issued` with the role it is for, so a test can read which role a key stands for.
// A login token is checked as a relying party checks a user pool's ID token (developer guide, "Verifying a
// JSON Web Token": signature by the pool's JWKS, `iss`, `aud` for an app client, `token_use` id, `exp`), and
// refused with NotAuthorizedException in the wording AWS is seen answering in public threads (not in the
// reference):
// - a provider the pool does not trust, or a token of an app client it does not trust: "Token is not from a
//   supported provider of this identity pool." (amazon-archives/amazon-cognito-identity-js#153; #7 for a
//   client id missing from the identity pool);
// - a bad signature: "Invalid login token. Couldn't verify signed token." (aws/aws-sdk-js#3408);
// - `iss` not the provider: "Invalid login token. Issuer doesn't match providerName" (amazon-cognito-identity-js#40);
// - an access token (no `aud`): "Invalid login token. Missing a required claim: aud" (amazon-cognito-identity-js#12);
// - expired: "Invalid login token. Token expired: <now> >= <exp>" (amazon-cognito-identity-js#684);
// - no Logins where guests are off: "Unauthenticated access is not supported for this identity pool."
//   (aws/aws-sdk-js-v3#3113); an authenticated identity asked for without its login: "Logins don't match.
//   Please include at least one valid login for this identity or identity pool." (amazon-cognito-identity-js#68).
// No role for the kind of identity is InvalidIdentityPoolConfigurationException "Invalid identity pool
// configuration. Check assigned IAM roles for this pool." (aws/aws-sdk-js#1615). An unknown IdentityId is
// ResourceNotFoundException (the double's wording).
// Not modelled: other identity providers (SupportedLoginProviders, OpenID Connect, SAML: their tokens are
// refused as unsupported), role mappings and CustomRoleArn (the pool's role is always used), ServerSideTokenCheck,
// the basic flow (GetOpenIdToken), developer-authenticated identities, role trust policies.
import { randomBytes, randomUUID } from 'node:crypto';
import { identityIdMember, type IdentityPool, type IdentityPools } from './identityPools';
import { validationError } from './requests';
import { ServiceError, type Input, type Operation } from './server';
import type { TokenIssuer } from './tokens';

export interface IssuedCredentials {
  identityPoolId: string;
  identityId: string;
  kind: 'authenticated' | 'unauthenticated';
  roleArn: string;
  accessKeyId: string;
  expiration: Date;
  /** For a login: the provider name and the user's `sub`. */
  login?: { provider: string; sub: string };
}

export const UNSUPPORTED_PROVIDER = 'Token is not from a supported provider of this identity pool.';
export const UNAUTHENTICATED_OFF = 'Unauthenticated access is not supported for this identity pool.';
export const LOGINS_DO_NOT_MATCH = "Logins don't match. Please include at least one valid login for this identity or identity pool.";
export const NO_ROLE = 'Invalid identity pool configuration. Check assigned IAM roles for this pool.';
const CREDENTIAL_SECONDS = 3600;
const BASE32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

export class IdentityCredentials {
  /** Every credential set handed out, oldest first. */
  readonly issued: IssuedCredentials[] = [];

  constructor(
    private readonly store: IdentityPools,
    private readonly tokens: TokenIssuer,
    private readonly now: () => number,
  ) {}

  readonly operations: Record<string, Operation> = {
    GetId: (input) => {
      const pool = this.store.poolOf(input);
      if (input.AccountId !== undefined && input.AccountId !== null && !/^\d{1,15}$/.test(String(input.AccountId))) {
        throw validationError('accountId', input.AccountId, 'Member must satisfy regular expression pattern: \\d+');
      }
      const logins = loginsOf(input.Logins);
      if (logins.length === 0) {
        if (!pool.config.AllowUnauthenticatedIdentities) throw new ServiceError('NotAuthorizedException', UNAUTHENTICATED_OFF);
        return { IdentityId: this.newIdentity(pool, undefined) };
      }
      const login = this.checkLogins(pool, logins);
      return { IdentityId: identityOfLogin(pool, login) ?? this.newIdentity(pool, login) };
    },
    GetCredentialsForIdentity: (input) => {
      const identityId = identityIdMember(input, 'IdentityId', 'identityId');
      const pool = this.store.pools.find((p) => p.identities.has(identityId));
      if (!pool) throw new ServiceError('ResourceNotFoundException', `Identity '${identityId}' not found.`);
      const identity = pool.identities.get(identityId) as { login?: string };
      const logins = loginsOf(input.Logins);
      if (logins.length > 0) {
        const login = this.checkLogins(pool, logins);
        const owner = identityOfLogin(pool, login);
        // A guest identity takes a login nobody has yet; any other mismatch is refused.
        if (owner !== identityId && (owner !== undefined || identity.login !== undefined)) throw new ServiceError('NotAuthorizedException', LOGINS_DO_NOT_MATCH);
        identity.login = login;
      } else if (identity.login !== undefined) {
        throw new ServiceError('NotAuthorizedException', LOGINS_DO_NOT_MATCH);
      } else if (!pool.config.AllowUnauthenticatedIdentities) {
        throw new ServiceError('NotAuthorizedException', UNAUTHENTICATED_OFF);
      }
      const kind = identity.login === undefined ? 'unauthenticated' : 'authenticated';
      const roleArn = pool.roles[kind];
      if (!roleArn) throw new ServiceError('InvalidIdentityPoolConfigurationException', NO_ROLE);
      return { IdentityId: identityId, Credentials: this.issue(pool, identityId, kind, roleArn, identity.login) };
    },
  };

  private newIdentity(pool: IdentityPool, login: string | undefined): string {
    const id = `${this.store.region}:${randomUUID()}`;
    pool.identities.set(id, { login });
    return id;
  }

  /** The first login's key (`<provider>/<sub>`) once every login checks out; a refusal otherwise. */
  private checkLogins(pool: IdentityPool, logins: [string, string][]): string {
    const keys = logins.map(([provider, token]) => `${provider}/${this.checkToken(pool, provider, token)}`);
    return keys[0];
  }

  /** The `sub` of a user pool ID token this pool trusts. */
  private checkToken(pool: IdentityPool, provider: string, token: string): string {
    const refuse = (message: string) => new ServiceError('NotAuthorizedException', message);
    const trusted = (pool.config.CognitoIdentityProviders ?? []).filter((p) => p.ProviderName === provider);
    if (trusted.length === 0) throw refuse(UNSUPPORTED_PROVIDER);
    const claims = this.tokens.signedClaims(token);
    if (!claims) throw refuse("Invalid login token. Couldn't verify signed token.");
    if (claims.iss !== `https://${provider}`) throw refuse("Invalid login token. Issuer doesn't match providerName");
    if (claims.aud === undefined || claims.token_use !== 'id') throw refuse('Invalid login token. Missing a required claim: aud');
    const now = Math.floor(this.now() / 1000);
    if (now >= Number(claims.exp)) throw refuse(`Invalid login token. Token expired: ${now} >= ${String(claims.exp)}`);
    if (!trusted.some((p) => p.ClientId === claims.aud)) throw refuse(UNSUPPORTED_PROVIDER);
    return String(claims.sub);
  }

  private issue(pool: IdentityPool, identityId: string, kind: IssuedCredentials['kind'], roleArn: string, login: string | undefined) {
    const accessKeyId = `ASIA${Array.from(randomBytes(16), (byte) => BASE32[byte % 32]).join('')}`;
    const expiration = new Date(this.now() + CREDENTIAL_SECONDS * 1000);
    const slash = login?.lastIndexOf('/') ?? -1;
    this.issued.push({
      identityPoolId: pool.id,
      identityId,
      kind,
      roleArn,
      accessKeyId,
      expiration,
      ...(login ? { login: { provider: login.slice(0, slash), sub: login.slice(slash + 1) } } : {}),
    });
    return {
      AccessKeyId: accessKeyId,
      SecretKey: randomBytes(30).toString('base64'),
      // Clearly not STS's: a fake token that says what it is.
      SessionToken: `cognito-double-session/${randomBytes(96).toString('base64')}`,
      Expiration: expiration.getTime() / 1000,
    };
  }
}

function identityOfLogin(pool: IdentityPool, login: string): string | undefined {
  for (const [id, identity] of pool.identities) if (identity.login === login) return id;
  return undefined;
}

/** Logins: at most 10 entries; provider names 1–128 characters, tokens 1–50000. */
function loginsOf(value: unknown): [string, string][] {
  if (value === undefined || value === null) return [];
  if (typeof value !== 'object' || Array.isArray(value)) throw new ServiceError('SerializationException', 'Unexpected value for Logins');
  const entries = Object.entries(value as Input);
  if (entries.length > 10) throw validationError('logins', '…', 'Member must have length less than or equal to 10');
  return entries.map(([provider, token]) => {
    if (provider.length < 1 || provider.length > 128) throw validationError('logins', provider, 'Member must have length between 1 and 128');
    if (typeof token !== 'string' || token.length < 1 || token.length > 50_000) throw validationError(`logins.${provider}.member`, '***', 'Member must have length between 1 and 50000');
    return [provider, token];
  });
}
