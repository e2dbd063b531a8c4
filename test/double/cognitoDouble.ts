// A Cognito user pools test double: an HTTP server that the real AWS SDK client talks to (set `endpoint`),
// for what cognito-local cannot show: paging, throttling and quotas, dropped connections, signing in as
// Cognito does (SRP above all), and a user's whole admin-driven life. Written from AWS's documentation
// (API reference, service model, developer guide) and the SRP-6a protocol, never from the extension.
//
// Faithful to AWS (service model and documented behaviour) in:
// - protocol: JSON 1.1 (`POST /`, `X-Amz-Target: AWSCognitoIdentityProviderService.<Operation>`,
//   `application/x-amz-json-1.1`), errors as HTTP 400 `{"__type","message"}` plus `x-amzn-ErrorType`,
//   and `x-amzn-RequestId` on every answer, so the SDK surfaces `error.name` and `$metadata.requestId`;
// - limits: ListUserPools `MaxResults` required, 1–60; ListUserPoolClients `MaxResults` 1–60, default 60;
//   ListUsers, ListGroups, ListUsersInGroup and AdminListGroupsForUser `Limit` 0–60, default 60 (0 is
//   taken as the default); members checked as the service model constrains them (Username and GroupName
//   1–128 of `[\p{L}\p{M}\p{S}\p{N}\p{P}]+`, passwords `[\S]+` up to 256, attribute names and values,
//   enums, Precedence ≥ 0, RoleArn), refused with InvalidParameterException "1 validation error
//   detected: …" (sensitive members without their value); an unknown pool is ResourceNotFoundException;
// - paging: opaque tokens (NextToken, PaginationToken for ListUsers), refused when unknown or from another
//   listing; optionally pages shorter than the limit that still carry a token, and a token that leads to
//   an empty last page, both of which AWS does;
// - ListUsers `Filter`: `attr = "v"` / `attr ^= "v"` with `\"` and `\\` escapes, on the attributes AWS
//   allows (username, email, phone_number, name, given_name, family_name, preferred_username,
//   cognito:user_status, status, sub); anything else is InvalidParameterException;
// - faults: TooManyRequestsException (the SDK retries it as throttling) and a destroyed socket (the SDK
//   sees ECONNRESET "socket hang up" and retries it as transient);
// - quotas (quotas.ts, off by default): the developer guide's request rates per category (UserCreation
//   50, UserAuthentication 120, UserRead 120, UserUpdate 25, UserResourceRead 50, UserResourceUpdate 25,
//   UserAccountRecovery 30, UserList 30, UserPoolRead 15, UserPoolResourceRead 20, UserPoolResourceUpdate
//   15, UserPoolClientRead 15, UserToken 120, …), a token bucket per category holding one second's
//   quota, challenge answers at three times UserAuthentication, 5 RPS per pool and operation in the
//   pool-resource and pool-client categories; over it TooManyRequestsException, counted per category;
//   and `throttleFraction`, a seeded random share of calls throttled;
// - reading: DescribeUserPool (password policy, SchemaAttributes: the standard attributes in AWS's order
//   with their constraints, the pool's required ones and its custom ones; UsernameAttributes),
//   DescribeUserPoolClient (flows, secret, token validities, PreventUserExistenceErrors,
//   EnableTokenRevocation), AdminGetUser;
// - users (users.ts): AdminCreateUser (username rules of the pool's sign-in: a UUID username for a pool
//   with UsernameAttributes, whose value must be an e-mail address / phone number; UsernameExistsException;
//   TemporaryPassword against the policy, InvalidPasswordException, or one generated; MessageAction
//   SUPPRESS, or RESEND: a new temporary password for a FORCE_CHANGE_PASSWORD user,
//   UnsupportedUserStateException for another, UserNotFoundException for none; without SUPPRESS each of
//   DesiredDeliveryMediums, default SMS, needs its `email` / `phone_number`), AdminSetUserPassword
//   (Permanent → CONFIRMED, else FORCE_CHANGE_PASSWORD), AdminEnableUser, AdminDisableUser (revokes the
//   access tokens), AdminConfirmSignUp (UNCONFIRMED only, else NotAuthorizedException "User cannot be
//   confirmed. Current status is …"), AdminDeleteUser, AdminUpdateUserAttributes (a changed e-mail /
//   phone number becomes unverified unless the request sets `*_verified`; a blank value deletes),
//   AdminDeleteUserAttributes, checked against the schema (unknown, immutable after creation, `sub`,
//   required, lengths, e-mail and phone formats), AdminResetUserPassword (RESET_REQUIRED; needs a
//   verified e-mail or phone), AdminUserGlobalSignOut (refresh and access tokens revoked); a Username
//   may be the username, the `sub` or, with UsernameAttributes, the e-mail / phone number;
// - groups (groups.ts): CreateGroup (GroupExistsException), GetGroup, DeleteGroup, ListGroups,
//   AdminAddUserToGroup, AdminRemoveUserFromGroup, ListUsersInGroup, AdminListGroupsForUser; a missing
//   group is ResourceNotFoundException; membership shows in `cognito:groups` of tokens issued afterwards;
// - signing in (auth.ts): InitiateAuth USER_SRP_AUTH (PASSWORD_VERIFIER with SALT, SRP_B, SECRET_BLOCK,
//   USER_ID_FOR_SRP; srp.ts is the server half of Cognito's SRP-6a), USER_PASSWORD_AUTH and
//   REFRESH_TOKEN_AUTH; AdminInitiateAuth ADMIN_USER_PASSWORD_AUTH (ADMIN_NO_SRP_AUTH), USER_SRP_AUTH and
//   REFRESH_TOKEN_AUTH; (Admin)RespondToAuthChallenge PASSWORD_VERIFIER and NEW_PASSWORD_REQUIRED (checked
//   against the pool's password policy; success makes the user CONFIRMED); RevokeToken; GetUser. Each
//   refuses what AWS refuses, with AWS's names and messages: a flow the client does not enable, a missing
//   or wrong SECRET_HASH, a wrong password or unknown user (NotAuthorizedException "Incorrect username or
//   password.", or UserNotFoundException when the client's PreventUserExistenceErrors is LEGACY; a new
//   seeded client is ENABLED, as the console makes it), a disabled, UNCONFIRMED or RESET_REQUIRED user, a
//   bad, used or expired (3 min) Session, a TIMESTAMP not in Cognito's form;
// - tokens (tokens.ts): RS256 JWTs with Cognito's claims, signed with keys made on first use and served
//   as the JWKS at `GET /<poolId>/.well-known/jwks.json` (the path cognito-local uses; `iss` is still
//   AWS's `https://cognito-idp.<region>.amazonaws.com/<poolId>`); an opaque refresh token; revocation.
// Where AWS's wording of a refusal is not documented (schema violations, RESEND, reset), the double uses
// what AWS is seen answering, and says so where it does.
// Not modelled: request signatures (not checked), pool and app-client creation or update, SignUp and the
// other public user operations, per-user quotas (10 reads / 10 writes a second) and resource-count limits
// (e.g. 10,000 groups), sign-in lockouts, MFA, devices, CUSTOM_AUTH and USER_AUTH, Lambda triggers,
// AliasAttributes (sign-in by a verified alias), ForceAliasCreation, invitation messages (nothing is sent;
// only the destination is checked), temporary-password expiry, writing attributes in
// NEW_PASSWORD_REQUIRED, the OAuth endpoints, ordering guarantees (pools, users and groups come back in
// seed and creation order; AWS promises no order).
//
//   const double = await startCognitoDouble({ pools: [{ name: 'big', users: 100_000, appClients: 3 }] });
//   new CognitoIdentityProviderClient({ endpoint: double.endpoint, region: 'us-east-1', credentials: … });
//   double.throttleNext(1); … double.calls …; await double.stop();
//
//   // Sign-in: a client with a secret and the password flows, a user with a temporary password.
//   { name: 'app', extraAppClients: [{ name: 'web', generateSecret: true,
//       explicitAuthFlows: ['ALLOW_USER_SRP_AUTH', 'ALLOW_USER_PASSWORD_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH'] }],
//     extraUsers: [{ username: 'alice', password: 'Temp1234!', status: 'FORCE_CHANGE_PASSWORD',
//       attributes: { email: 'alice@example.com', 'custom:team': 'red' }, groups: ['admins'] }],
//     // The schema: custom attributes, required standard ones, sign-in by e-mail instead of a username.
//     customAttributes: [{ name: 'team', maxLength: 20 }, { name: 'tenant', mutable: false }],
//     requiredAttributes: ['email'], usernameAttributes: ['email'],
//     groups: [{ name: 'admins', description: 'Administrators', precedence: 1 }] }
//   double.pools[0].appClient(0) → { clientId, clientSecret, … }
//
//   // Quotas: AWS's default rates (or e.g. { UserUpdate: 2 }), a fixed clock, 10 % of calls throttled.
//   let clock = Date.now();
//   startCognitoDouble({ pools, quotas: 'cognito-defaults', now: () => clock, throttleFraction: 0.1, randomSeed: 7 });
//   double.quotaUsage() → { UserUpdate: { calls: 40, throttled: 15 }, … }; clock += 1000 refills the buckets.
import { authOperations } from './auth';
import { seedPools, type PoolSeed, type SeededPool } from './data';
import { FilterError, matchesFilter, parseFilter } from './filter';
import { groupOperations } from './groups';
import { lookupOperations } from './lookups';
import { Pager } from './pages';
import { describePasswordPolicy } from './passwordPolicy';
import { Quotas, type CategoryUsage, type QuotaCategory, type QuotaSetting } from './quotas';
import { MAX_PAGE, pageSize, poolOf, seconds, tokenOf, userType } from './requests';
import { describeSchema } from './schema';
import { ServiceError, startJsonServer, type Faults, type Operation, type RecordedCall } from './server';
import { TokenIssuer } from './tokens';
import { userOperations } from './users';

export type { AppClientSeed, CustomAttributeSeed, DoubleAppClient, DoubleUser, GroupRecord, GroupSeed, PoolSeed, UserSeed, SeededPool } from './data';
export type { RecordedCall, Faults } from './server';
export type { CategoryUsage, QuotaCategory, QuotaSetting } from './quotas';
export { COGNITO_DEFAULT_QUOTAS, OPERATION_CATEGORY } from './quotas';

export interface CognitoDoubleOptions {
  pools?: PoolSeed[];
  /** Region in generated pool ids and ARNs. Default us-east-1. */
  region?: string;
  /** Most items any page holds, whatever the request asks. Default 60. */
  pageSizeCap?: number;
  /** Each page looks at no more than this many entries (before the ListUsers filter), so pages come back
   * shorter than the limit, with a token while the listing goes on. Default: off. */
  shortPages?: number;
  /** A listing that ends with a full page still gets a token, leading to an empty page. Default false. */
  emptyLastPage?: boolean;
  /** Fixed delay before every answer, in ms. Default 0. */
  latencyMs?: number;
  /** The double's clock, in ms since the epoch (sessions, token times, TIMESTAMP, dates of changes,
   * quota buckets). Default Date.now. */
  now?: () => number;
  /** Request-rate quotas: 'cognito-defaults' (every category at the developer guide's default rate, plus
   * 5 RPS per pool and operation where the guide says so), or chosen categories at chosen rates in
   * requests per second (the others unlimited). Default: none. */
  quotas?: QuotaSetting;
  /** Share of calls (0–1) answered TooManyRequestsException at random, on top of the quotas. Default 0. */
  throttleFraction?: number;
  /** Seed of throttleFraction's random choices. Default 1. */
  randomSeed?: number;
}

export interface CognitoDouble {
  /** `http://127.0.0.1:<port>`, for the SDK client's `endpoint`. */
  endpoint: string;
  /** Every request, in order: operation, parsed input and outcome. Clear it with `calls.length = 0`. */
  calls: RecordedCall[];
  /** The seeded pools, in listing order (ids, and `user(i)` / `findUser` / `appClient(i)` to compute expectations). */
  pools: readonly SeededPool[];
  setFaults(faults: Partial<Faults>): void;
  /** The next n calls answer TooManyRequestsException. */
  throttleNext(n: number): void;
  /** The next n calls have their connection destroyed without an answer. */
  dropNext(n: number): void;
  /** Per quota category: calls and throttled calls (quotas and throttleFraction) since start or `resetQuotas`. */
  quotaUsage(): Partial<Record<QuotaCategory, CategoryUsage>>;
  /** Refills every quota bucket and zeroes the counters. */
  resetQuotas(): void;
  stop(): Promise<void>;
}

const TARGET_PREFIX = 'AWSCognitoIdentityProviderService';
const ACCOUNT = '123456789012';

export async function startCognitoDouble(options: CognitoDoubleOptions = {}): Promise<CognitoDouble> {
  const region = options.region ?? 'us-east-1';
  const now = options.now ?? Date.now;
  const pools = seedPools(options.pools ?? [], region, now);
  const pager = new Pager({ cap: options.pageSizeCap ?? MAX_PAGE, scanWindow: options.shortPages, emptyLastPage: options.emptyLastPage });
  const tokens = new TokenIssuer(now);
  const operations = {
    ...cognitoOperations(pools, pager),
    ...lookupOperations(pools),
    ...groupOperations(pools, pager),
    ...userOperations(pools, tokens),
    ...authOperations(pools, tokens, now),
  };
  const faults: Faults = { throttle: 0, drop: 0, latencyMs: options.latencyMs ?? 0, throttleFraction: options.throttleFraction ?? 0 };
  const quotas = new Quotas({ quotas: options.quotas, throttleFraction: () => faults.throttleFraction, randomSeed: options.randomSeed, now });
  // Each pool's JWKS, where cognito-local serves it.
  const jwks = (path: string) => {
    const match = /^\/([^/]+)\/\.well-known\/jwks\.json$/.exec(path);
    return match && pools.some((p) => p.id === match[1]) ? tokens.jwks() : undefined;
  };
  const server = await startJsonServer(TARGET_PREFIX, operations, faults, jwks, (operation, input) => quotas.admit(operation, input));
  return {
    endpoint: server.endpoint,
    calls: server.calls,
    pools,
    setFaults: (changes) => Object.assign(faults, changes),
    throttleNext: (n) => void (faults.throttle = n),
    dropNext: (n) => void (faults.drop = n),
    quotaUsage: () => quotas.report(),
    resetQuotas: () => quotas.reset(),
    stop: server.stop,
  };
}

function cognitoOperations(pools: readonly SeededPool[], pager: Pager): Record<string, Operation> {
  return {
    ListUserPools(input) {
      const maxResults = pageSize(input, 'MaxResults', 1, true);
      const page = pager.page('ListUserPools', tokenOf(input, 'NextToken'), maxResults, pools.length, (i) => pools[i]);
      return {
        UserPools: page.items.map((p) => ({ Id: p.id, Name: p.name, LambdaConfig: {}, CreationDate: seconds(p.created), LastModifiedDate: seconds(p.created) })),
        NextToken: page.nextToken,
      };
    },

    ListUserPoolClients(input) {
      const pool = poolOf(pools, input);
      const maxResults = pageSize(input, 'MaxResults', 1, false);
      const page = pager.page(`ListUserPoolClients/${pool.id}`, tokenOf(input, 'NextToken'), maxResults, pool.appClientCount, (i) => pool.appClient(i));
      return {
        UserPoolClients: page.items.map((c) => ({ ClientId: c.clientId, UserPoolId: pool.id, ClientName: c.name })),
        NextToken: page.nextToken,
      };
    },

    ListUsers(input) {
      const pool = poolOf(pools, input);
      const limit = pageSize(input, 'Limit', 0, false);
      const filterText = input.Filter === undefined ? undefined : String(input.Filter);
      let filter;
      try {
        filter = parseFilter(filterText);
      } catch (error) {
        if (error instanceof FilterError) throw new ServiceError('InvalidParameterException', error.message);
        throw error;
      }
      const wanted = Array.isArray(input.AttributesToGet) ? new Set(input.AttributesToGet.map(String)) : undefined;
      const listing = `ListUsers/${pool.id}/${filterText ?? ''}`;
      const page = pager.page(listing, tokenOf(input, 'PaginationToken'), limit, pool.users.size, (i) => {
        const user = pool.listedUser(i);
        return user && (!filter || matchesFilter(filter, user)) ? user : undefined;
      });
      return { Users: page.items.map((u) => userType(u, wanted)), PaginationToken: page.nextToken };
    },

    DescribeUserPool(input) {
      const pool = poolOf(pools, input);
      const region = pool.id.slice(0, pool.id.indexOf('_'));
      return {
        UserPool: {
          Id: pool.id,
          Name: pool.name,
          Arn: `arn:aws:cognito-idp:${region}:${ACCOUNT}:userpool/${pool.id}`,
          CreationDate: seconds(pool.created),
          LastModifiedDate: seconds(pool.created),
          EstimatedNumberOfUsers: pool.userCount,
          MfaConfiguration: 'OFF',
          UsernameConfiguration: { CaseSensitive: false },
          ...(pool.usernameAttributes.length > 0 ? { UsernameAttributes: [...pool.usernameAttributes] } : {}),
          SchemaAttributes: describeSchema(pool.schema),
          Policies: { PasswordPolicy: describePasswordPolicy(pool.passwordPolicy) },
        },
      };
    },
  };
}
