// A Cognito user pools test double: an HTTP server that the real AWS SDK client talks to (set `endpoint`),
// for what cognito-local cannot show: paging, throttling and quotas, dropped connections and lost answers,
// signing in as Cognito does (SRP above all), a user's whole admin-driven life, and pools and app clients
// as AWS creates, replaces and deletes them. Written from AWS's documentation (API reference, service
// model, developer guide) and the SRP-6a protocol, never from the extension.
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
// - faults: TooManyRequestsException (the SDK retries it as throttling), a destroyed socket before the
//   operation runs (the SDK sees ECONNRESET "socket hang up" and retries it as transient), an injected
//   InternalErrorException (HTTP 500 by default; nothing done), and an answer lost after the server acted
//   (the operation runs and changes the state, then the socket is destroyed: the caller sees a network
//   error for something that happened), each recorded in `calls` (`throttled`, `dropped`, `failed`, `lost`);
//   expired credentials until renewed (every call answered ExpiredTokenException, HTTP 403, as AWS's
//   common errors list it, before anything runs); the endpoint going away (after a chosen answer, or at
//   once) and coming back on the same port, with connections refused in between;
// - quotas (quotas.ts, off by default): the developer guide's request rates per category (UserCreation
//   50, UserAuthentication 120, UserRead 120, UserUpdate 25, UserResourceRead 50, UserResourceUpdate 25,
//   UserAccountRecovery 30, UserList 30, UserPoolRead 15, UserPoolResourceRead 20, UserPoolResourceUpdate
//   15, UserPoolClientRead 15, UserToken 120, …), a token bucket per category holding one second's
//   quota, challenge answers at three times UserAuthentication, 5 RPS per pool and operation in the
//   pool-resource and pool-client categories; over it TooManyRequestsException, counted per category;
//   and `throttleFraction`, a seeded random share of calls throttled;
// - beside the user pools, on the same endpoint: Cognito Identity's identity pools (identityPools.ts: create,
//   describe, list, update, delete, roles; identityCredentials.ts: GetId and GetCredentialsForIdentity for a
//   user pool's ID token or a guest, fake credentials recorded with their role) and IAM's ListRoles
//   (iamRoles.ts, the query protocol's XML), each with its own header of what it models;
// - pools (pools.ts, poolRequests.ts, poolSettings.ts): CreateUserPool (PoolName 1–128 of
//   `[\w\s+=,.@-]+`; Policies.PasswordPolicy, a left-out boolean false, MinimumLength 6–99, default 8;
//   UsernameAttributes or AliasAttributes, not both; UsernameConfiguration; Schema: required standard
//   attributes and custom ones, never required; AutoVerifiedAttributes, MfaConfiguration,
//   DeletionProtection, UserPoolTier, EmailConfiguration and SmsConfiguration checked as the model and the
//   reference constrain them (poolMessagingRules.ts: DEVELOPER needs a SourceArn, ARNs, addresses, lengths),
//   and the rest kept as given), a new id `<region>_<9 letters and
//   digits>`, an ARN, CreationDate / LastModifiedDate; UpdateUserPool, which sets every setting the request
//   leaves out back to its default (UserPoolTier and PoolName stay; sign-in attributes, case sensitivity
//   and schema cannot change); DeleteUserPool, refused while DeletionProtection is ACTIVE ("The user pool
//   cannot be deleted because deletion protection is activated. …") or while the pool has a domain ("User
//   pool cannot be deleted. It has a domain configured that should be deleted first."); DescribeUserPool
//   (the settings, SchemaAttributes in AWS's order, Domain) and ListUserPools; AddCustomAttributes
//   (customAttributes.ts: names, types, limits, at most 50, a name never used twice);
// - domains (domains.ts), minimally: CreateUserPoolDomain, DescribeUserPoolDomain (an unknown prefix is
//   an empty DomainDescription), DeleteUserPoolDomain, with AWS's refusals; prefixes unique in the double;
//   ManagedLoginVersion 1 (the default) or 2, as DescribeUserPoolDomain reports it;
// - managed-login branding (branding.ts): CreateManagedLoginBranding, DescribeManagedLoginBrandingByClient,
//   DeleteManagedLoginBranding, one style per app client, with the refusals the API reference documents;
// - app clients (clients.ts, appClientRequests.ts, appClients.ts): CreateUserPoolClient (ClientName 1–128
//   of `[\w\s+=,.@-]+`, GenerateSecret or ClientSecret, ExplicitAuthFlows, token validities in their
//   TokenValidityUnits, default 1 hour / 1 hour / 30 days and units hours / hours / days, "Invalid range
//   for token validity.", Read/WriteAttributes against the schema, CallbackURLs, LogoutURLs,
//   AllowedOAuthFlows/Scopes with AWS's OAuth refusals, PreventUserExistenceErrors default LEGACY,
//   AuthSessionValidity, RefreshTokenRotation, refused beside ALLOW_REFRESH_TOKEN_AUTH; ExplicitAuthFlows
//   of the service model, ALLOW_USER_AUTH and the legacy names too, never legacy and ALLOW_ mixed),
//   UpdateUserPoolClient (the same reset of what is left out: e.g. a request with only ExplicitAuthFlows
//   clears CallbackURLs, the OAuth settings and refresh token rotation), DeleteUserPoolClient,
//   DescribeUserPoolClient (a created client reports only what it was given; a seeded one is spelled out
//   as the console makes it), ListUserPoolClients; sign-in uses what is in force (flows, secret,
//   validities, AuthSessionValidity);
// - reading: AdminGetUser (lookups.ts);
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
// - groups (groups.ts, groupUpdate.ts): CreateGroup (GroupExistsException), GetGroup, UpdateGroup (keeps
//   what it leaves out; an empty RoleArn refused), DeleteGroup, ListGroups,
//   AdminAddUserToGroup, AdminRemoveUserFromGroup, ListUsersInGroup, AdminListGroupsForUser; a missing
//   group is ResourceNotFoundException; membership shows in `cognito:groups` of tokens issued afterwards;
// - signing in (auth.ts): InitiateAuth USER_SRP_AUTH (PASSWORD_VERIFIER with SALT, SRP_B, SECRET_BLOCK,
//   USER_ID_FOR_SRP; srp.ts is the server half of Cognito's SRP-6a), USER_PASSWORD_AUTH and
//   REFRESH_TOKEN_AUTH; AdminInitiateAuth ADMIN_USER_PASSWORD_AUTH (ADMIN_NO_SRP_AUTH), USER_SRP_AUTH and
//   REFRESH_TOKEN_AUTH; (Admin)RespondToAuthChallenge PASSWORD_VERIFIER and NEW_PASSWORD_REQUIRED (checked
//   against the pool's password policy; success makes the user CONFIRMED); GetTokensFromRefreshToken
//   (ClientSecret for a client with a secret; on a client with refresh token rotation a new refresh token,
//   the old one refused with RefreshTokenReuseException after RetryGracePeriodSeconds, and
//   REFRESH_TOKEN_AUTH refused); RevokeToken; GetUser (with UserMFASettingList and PreferredMfaSetting, as
//   AdminGetUser). Each
//   refuses what AWS refuses, with AWS's names and messages: a flow the client does not enable, a missing
//   or wrong SECRET_HASH, a wrong password or unknown user (NotAuthorizedException "Incorrect username or
//   password.", or UserNotFoundException when the client's PreventUserExistenceErrors is LEGACY; a new
//   seeded client is ENABLED, as the console makes it), a disabled, UNCONFIRMED or RESET_REQUIRED user, a
//   bad, used or expired Session (the client's AuthSessionValidity, 3 min by default), a TIMESTAMP not in
//   Cognito's form;
// - MFA (mfaConfig.ts, userMfa.ts, secondFactor.ts): SetUserPoolMfaConfig / GetUserPoolMfaConfig (MfaConfiguration,
//   the same setting DescribeUserPool reports; SoftwareTokenMfaConfiguration, SmsMfaConfiguration, which needs an
//   SmsConfiguration, EmailMfaConfiguration, which needs the Essentials or Plus plan and EmailSendingAccount
//   DEVELOPER, WebAuthnConfiguration kept; ON without a factor and OFF with one refused); a user's MFA types,
//   SetUserMFAPreference (access token) and AdminSetUserMFAPreference, turning on only what the user can receive
//   ("User does not have delivery config set to turn on SOFTWARE_TOKEN_MFA"), one preferred at most;
//   none turned off while the pool requires MFA; AssociateSoftwareToken (a 32-character base32 SecretCode;
//   with an MFA_SETUP Session, a new Session) and VerifySoftwareToken, both SoftwareTokenMFANotFoundException
//   in a pool without TOTP MFA (RFC 6238, SHA-1, 6 digits, 30 s, the step before or after accepted;
//   EnableSoftwareTokenMFAException "Code mismatch and fail enable Software Token MFA"; Status SUCCESS, and a
//   Session when given one); after a password, SRP or a new password: tokens when MFA is OFF, or OPTIONAL and
//   the user has no factor (a verified authenticator counts even once the pool turned TOTP off); MFA_SETUP
//   (MFAS_CAN_SETUP) when ON and the user has none (answered after VerifySoftwareToken with its Session: TOTP
//   is then on and preferred); the preferred or only factor's
//   SOFTWARE_TOKEN_MFA, SMS_MFA or EMAIL_OTP challenge (CODE_DELIVERY_DELIVERY_MEDIUM and a masked
//   CODE_DELIVERY_DESTINATION, `+*******0123`, `a***@e***`); SELECT_MFA_TYPE (MFAS_CAN_CHOOSE, answered with
//   ANSWER) when several are on and none preferred; a wrong code CodeMismatchException "Invalid code received for
//   user" (the challenge stays open), an expired Session NotAuthorizedException;
// - choice-based sign-in (userAuth.ts): AuthFlow USER_AUTH on InitiateAuth and AdminInitiateAuth for a client with
//   ALLOW_USER_AUTH; the pool's SignInPolicy.AllowedFirstAuthFactors (PASSWORD alone without one) that the user
//   can use (PASSWORD and PASSWORD_SRP with a password, EMAIL_OTP with a verified email, SMS_OTP with a verified
//   phone_number) are the answer's AvailableChallenges with SELECT_CHALLENGE, answered with ANSWER (and PASSWORD
//   or SRP_A); PREFERRED_CHALLENGE goes straight there when on offer, else SELECT_CHALLENGE; EMAIL_OTP / SMS_OTP
//   send an 8-digit code answered with EMAIL_OTP_CODE / SMS_OTP_CODE, never followed by MFA; a password is;
//   WEB_AUTHN for a seeded user with a passkey (see below); SignInPolicy checked at CreateUserPool / UpdateUserPool
//   (PASSWORD kept, known factors, 1–4 of them);
// - the outbox (outbox.ts): every code the double "sends" (EMAIL_OTP and SMS_OTP sign-in codes, SMS_MFA and e-mail
//   MFA codes), `double.sentCodes(poolId, username?)` and `double.lastCode(poolId, username)`:
//   { poolId, username, medium: 'SMS' | 'EMAIL', destination (unmasked), code, purpose: 'SMS_MFA' | 'EMAIL_MFA' |
//   'EMAIL_OTP_SIGN_IN' | 'SMS_OTP_SIGN_IN', sentAt }; a code is good once, for as long as its challenge's Session
//   (the client's AuthSessionValidity, 3 minutes by default); test/support/totp.ts's `totpCode(secret, atMs)`
//   makes the code an authenticator app would show (written from RFC 6238, not the extension's library);
// - OAuth 2.0 endpoints (oauth.ts, hostedPages.ts) at the endpoint's own origin: `POST /oauth2/token` (client
//   credentials, authorization code with PKCE, refresh token), `/oauth2/authorize`, a plain `/login` form,
//   `/oauth2/userInfo`, `/logout`, and each pool's `/.well-known/openid-configuration`;
// - tokens (tokens.ts): RS256 JWTs with Cognito's claims, signed with keys made on first use and served
//   as the JWKS at `GET /<poolId>/.well-known/jwks.json` (the path cognito-local uses; `iss` is still
//   AWS's `https://cognito-idp.<region>.amazonaws.com/<poolId>`); an opaque refresh token; revocation.
// Where AWS's wording of a refusal is not documented (schema violations, RESEND, reset, deleting a pool,
// domains, token validity, OAuth, client attributes), the double uses what AWS is seen answering, and says
// so where it does; where no answer of AWS's is known either (legacy and ALLOW_ flows mixed, GenerateSecret
// with a ClientSecret, unknown read attributes), the wording is the double's own and a comment says so.
// Not modelled: request signatures (not checked; each call records the access key id its Authorization header
// names, as SigV4 writes it), SignUp and the other public user operations, per-user
// quotas (10 reads / 10 writes a second) and resource-count limits (e.g. 1,000 pools, 10,000 groups:
// no LimitExceededException), sign-in lockouts, parts of MFA (CreateUserPool / UpdateUserPool take any
// MfaConfiguration without checking the factors, which only SetUserPoolMfaConfig does; SMS or e-mail MFA set up
// inside MFA_SETUP; sending SMS MFA on its own to a user with a phone number when MFA is ON; a limit on wrong
// codes; a TOTP code refused when used twice; MFA skipped on a user's first sign-in after self sign-up),
// passkeys (only a seeded user has one, UserSeed.passkey: WEB_AUTHN is then on offer and its challenge
// handed out with CREDENTIAL_REQUEST_OPTIONS, but an answer is refused), devices (remembered
// devices, DEVICE_SRP_AUTH), CUSTOM_AUTH,
// Lambda triggers (LambdaConfig is kept and checked, lambdaConfigRules.ts, never called; a minimal Lambda
// REST API lists functions and keeps their invoke permissions, lambdaFunctions.ts), AliasAttributes (sign-in by a verified alias),
// case-sensitive usernames (UsernameConfiguration is reported as given, but every pool finds names in any
// case), ForceAliasCreation, sending invitation messages (nothing is sent: the destination is checked,
// and each delivery is recorded in the pool's `users.invitations`, userStore.ts),
// temporary-password expiry, password history, writing attributes in NEW_PASSWORD_REQUIRED, the OAuth
// endpoints, identity providers (so only COGNITO exists; resource servers and their custom scopes do, in
// resourceServers.ts), custom domains, HTTPS-only callback URLs, feature-plan (tier)
// limits, ordering guarantees (pools, clients, users and groups come back in seed and creation order, and
// lists as given; AWS promises no order).
//
//   const double = await startCognitoDouble({ pools: [{ name: 'big', users: 100_000, appClients: 3 }] });
//   new CognitoIdentityProviderClient({ endpoint: double.endpoint, region: 'us-east-1', credentials: … });
//   double.throttleNext(1); … double.calls …; await double.stop();
//
//   // Faults: the next CreateUserPool runs but its answer is lost; the next call answers HTTP 500.
//   double.loseAnswerNext(1, 'CreateUserPool'); double.failNext(1);
//   // Credentials expire (every call refused) until renewed; the endpoint goes away after page 1 of ListUsers.
//   double.expireCredentials(); double.renewCredentials(); double.goAwayAfterNext('ListUsers'); await double.comeBack();
//   // A pool that refuses DeleteUserPool twice over; the pools there are now.
//   { name: 'kept', deletionProtection: true, domain: 'kept-login' }   double.livePools(), double.findPool(id)
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
//   // MFA and choice-based sign-in seeded: the pool's configuration, a user with a verified authenticator.
//   { name: 'mfa', mfa: { configuration: 'OPTIONAL', softwareToken: true }, allowedFirstAuthFactors: ['PASSWORD', 'EMAIL_OTP'],
//     extraUsers: [{ username: 'kim', password: 'Pass-word1', passkey: true,
//       mfa: { enabled: ['SOFTWARE_TOKEN_MFA'], preferred: 'SOFTWARE_TOKEN_MFA', totpSecret: 'JBSWY3DPEHPK3PXP' } }] }
//   // MFA: read the code a person would have received, or make the authenticator's.
//   double.lastCode(poolId, 'alice') → { medium: 'SMS', destination: '+15555550123', code: '482913', purpose: 'SMS_MFA', … }
//   totpCode(secretCode, clock) (test/support/totp.ts) for SOFTWARE_TOKEN_MFA_CODE and VerifySoftwareToken.
//
//   // Quotas: AWS's default rates (or e.g. { UserUpdate: 2 }), a fixed clock, 10 % of calls throttled.
//   let clock = Date.now();
//   startCognitoDouble({ pools, quotas: 'cognito-defaults', now: () => clock, throttleFraction: 0.1, randomSeed: 7 });
//   double.quotaUsage() → { UserUpdate: { calls: 40, throttled: 15 }, … }; clock += 1000 refills the buckets.
import { authOperations } from './auth';
import { LambdaFunctions, type LambdaFunctionSeed } from './lambdaFunctions';
import { clientOperations } from './clients';
import { customAttributeOperations } from './customAttributes';
import { ACCOUNT, seedPools, type PoolSeed, type SeededPool } from './data';
import { brandingOperations } from './branding';
import { domainOperations } from './domains';
import { groupOperations } from './groups';
import { resourceServerOperations } from './resourceServers';
import { identityProviderOperations } from './identityProviders';
import { IdentityCredentials, type IssuedCredentials } from './identityCredentials';
import { IdentityPools, type IdentityPool } from './identityPools';
import { IamRoles, type RoleSeed } from './iamRoles';
import { groupUpdateOperations } from './groupUpdate';
import { lookupOperations } from './lookups';
import { mfaConfigOperations } from './mfaConfig';
import { Outbox, type SentCode } from './outbox';
import { Pager } from './pages';
import { PoolRegistry } from './poolRegistry';
import { poolOperations } from './pools';
import { Quotas, type CategoryUsage, type QuotaCategory, type QuotaSetting } from './quotas';
import { MAX_PAGE } from './requests';
import { startJsonServer, type Faults, type RecordedCall } from './server';
import { TokenIssuer } from './tokens';
import { oauthRoutes } from './oauth';
import { userListingOperations } from './userListing';
import { userOperations } from './users';

export type { AppClientSeed, CustomAttributeSeed, DoubleAppClient, DoubleUser, GroupRecord, GroupSeed, PoolSeed, UserSeed, SeededPool } from './data';
export type { RecordedCall, Faults } from './server';
export type { SentCode, CodePurpose } from './outbox';
export type { IdentityPool } from './identityPools';
export type { IssuedCredentials } from './identityCredentials';
export type { DoubleRole, RoleSeed } from './iamRoles';
export type { CategoryUsage, QuotaCategory, QuotaSetting } from './quotas';
export { COGNITO_DEFAULT_QUOTAS, OPERATION_CATEGORY } from './quotas';
export { DELETION_PROTECTED, HAS_DOMAIN } from './pools';

export interface CognitoDoubleOptions {
  pools?: PoolSeed[];
  /** The account's Lambda functions in the double's region (lambdaFunctions.ts): ListFunctions, AddPermission, GetPolicy. */
  lambdaFunctions?: LambdaFunctionSeed[];
  /** The account's IAM roles (iamRoles.ts), for ListRoles: `{ name, trustPolicy, path? }`. Default none. */
  roles?: RoleSeed[];
  /** Most identity pools the account may have (LimitExceededException beyond). Default 1,000, AWS's quota. */
  identityPoolQuota?: number;
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
  /** The loopback address to listen on. Default 127.0.0.1. */
  host?: string;
}

export interface CognitoDouble {
  /** `http://127.0.0.1:<port>`, for the SDK client's `endpoint`. */
  endpoint: string;
  /** Every request, in order: operation, parsed input and outcome. Clear it with `calls.length = 0`. */
  calls: RecordedCall[];
  /** The seeded pools, in seed order, as they were seeded (ids, and `user(i)` / `findUser` / `appClient(i)`
   * to compute expectations); one deleted later stays here. */
  pools: readonly SeededPool[];
  /** The pools there are now, seeded and created, in listing order. */
  livePools(): readonly SeededPool[];
  /** The Lambda functions served beside Cognito, and their policy statements. */
  lambda: LambdaFunctions;
  /** Cognito Identity on the same endpoint: the identity pools there are now, and every credential set
   *  GetCredentialsForIdentity handed out, with the identity and role it is for (`kind`, `roleArn`, `accessKeyId`). */
  identity: { readonly pools: readonly IdentityPool[]; readonly credentialsIssued: readonly IssuedCredentials[] };
  /** IAM's roles on the same endpoint: `roles`, and `add({ name, trustPolicy })` for ListRoles to list. */
  iam: IamRoles;
  /** The pool with this id, if it exists now. */
  findPool(id: string): SeededPool | undefined;
  setFaults(faults: Partial<Faults>): void;
  /** The next n calls (of `operation` only, when given) answer TooManyRequestsException. */
  throttleNext(n: number, operation?: string): void;
  /** The next n calls (of `operation` only, when given) have their connection destroyed without an
   * answer, before the operation runs. */
  dropNext(n: number, operation?: string): void;
  /** The next n calls (of `operation` only, when given) run and change the state, then have their
   * connection destroyed instead of the answer (outcome `lost`). */
  loseAnswerNext(n: number, operation?: string): void;
  /** The next n calls answer InternalErrorException with HTTP `status` (default 500) without running (outcome `failed`). */
  failNext(n: number, status?: number, operation?: string): void;
  /** From now until `renewCredentials`, every call is refused as with expired session credentials
   * (ExpiredTokenException, HTTP 403), before it runs. */
  expireCredentials(): void;
  renewCredentials(): void;
  /** Once the next call of `operation` has run and its answer was sent (say page 1 of a listing) or lost
   * (`loseAnswerNext`), the endpoint goes away: connections are refused until `comeBack`. */
  goAwayAfterNext(operation: string): void;
  /** The endpoint goes away now. */
  goAway(): Promise<void>;
  /** The endpoint listens again, on the same port. */
  comeBack(): Promise<void>;
  /** Per quota category: calls and throttled calls (quotas and throttleFraction) since start or `resetQuotas`. */
  quotaUsage(): Partial<Record<QuotaCategory, CategoryUsage>>;
  /** Refills every quota bucket and zeroes the counters. */
  resetQuotas(): void;
  /** Every code the double "sent" to a user of a pool (username as stored, any case; every user's when left
   * out), oldest first: { medium, destination, code, purpose, sentAt, … } (outbox.ts). */
  sentCodes(poolId: string, username?: string): SentCode[];
  /** The last code sent to that user, or undefined. */
  lastCode(poolId: string, username: string): SentCode | undefined;
  stop(): Promise<void>;
}

const TARGET_PREFIX = 'AWSCognitoIdentityProviderService';
const IDENTITY_TARGET_PREFIX = 'AWSCognitoIdentityService';

export async function startCognitoDouble(options: CognitoDoubleOptions = {}): Promise<CognitoDouble> {
  const region = options.region ?? 'us-east-1';
  const now = options.now ?? Date.now;
  const seeded = seedPools(options.pools ?? [], region, now);
  const registry = new PoolRegistry(seeded, region, now);
  // Every operation looks pools up in `pools`, which the registry keeps current.
  const pools = registry.live;
  const pager = new Pager({ cap: options.pageSizeCap ?? MAX_PAGE, scanWindow: options.shortPages, emptyLastPage: options.emptyLastPage });
  const tokens = new TokenIssuer(now);
  const outbox = new Outbox(now);
  const operations = {
    ...poolOperations(registry, pager),
    ...customAttributeOperations(pools, now),
    ...domainOperations(registry),
    ...brandingOperations(pools, now),
    ...clientOperations(pools, pager),
    ...userListingOperations(pools, pager),
    ...lookupOperations(pools),
    ...groupOperations(pools, pager),
    ...resourceServerOperations(pools, pager),
    ...identityProviderOperations(pools, pager),
    ...groupUpdateOperations(pools),
    ...userOperations(pools, tokens),
    ...authOperations(pools, tokens, now, outbox),
    ...mfaConfigOperations(pools),
  };
  const faults: Faults = {
    throttle: 0,
    drop: 0,
    loseAnswer: 0,
    fail: 0,
    failStatus: 500,
    credentialsExpired: false,
    latencyMs: options.latencyMs ?? 0,
    throttleFraction: options.throttleFraction ?? 0,
  };
  const quotas = new Quotas({ quotas: options.quotas, throttleFraction: () => faults.throttleFraction, randomSeed: options.randomSeed, now });
  // Each pool's JWKS, where cognito-local serves it.
  const jwks = (path: string) => {
    const match = /^\/([^/]+)\/\.well-known\/jwks\.json$/.exec(path);
    return match && registry.find(match[1]) ? tokens.jwks() : undefined;
  };
  // Lambda's functions and their policies, on the same endpoint (lambdaFunctions.ts), for Edit Lambda Triggers.
  const lambda = new LambdaFunctions(region, ACCOUNT, options.lambdaFunctions);
  // Identity pools and IAM's roles, on the same endpoint too, as emulators serving several services on one port do.
  const identityPools = new IdentityPools(region, pager, options.identityPoolQuota);
  const credentials = new IdentityCredentials(identityPools, tokens, now);
  const iam = new IamRoles(ACCOUNT, options.roles, now);
  const services = { [TARGET_PREFIX]: operations, [IDENTITY_TARGET_PREFIX]: { ...identityPools.operations, ...credentials.operations } };
  const rest = (method: string, url: URL, body: string) => lambda.route(method, url, body) ?? iam.route(method, url, body);
  const server = await startJsonServer(services, faults, jwks, (operation, input) => quotas.admit(operation, input), rest, oauthRoutes(pools, tokens, now), options.host);
  return {
    endpoint: server.endpoint,
    calls: server.calls,
    pools: Object.freeze([...seeded]),
    livePools: () => [...registry.live],
    lambda,
    identity: { pools: identityPools.pools, credentialsIssued: credentials.issued },
    iam,
    findPool: (id) => registry.find(id),
    setFaults: (changes) => Object.assign(faults, changes),
    throttleNext: (n, operation) => void Object.assign(faults, { throttle: n, throttleOperation: operation }),
    dropNext: (n, operation) => void Object.assign(faults, { drop: n, dropOperation: operation }),
    loseAnswerNext: (n, operation) => void Object.assign(faults, { loseAnswer: n, loseAnswerOperation: operation }),
    failNext: (n, status = 500, operation) => void Object.assign(faults, { fail: n, failStatus: status, failOperation: operation }),
    expireCredentials: () => void (faults.credentialsExpired = true),
    renewCredentials: () => void (faults.credentialsExpired = false),
    goAwayAfterNext: (operation) => void (faults.goAwayAfter = operation),
    goAway: server.goAway,
    comeBack: server.comeBack,
    quotaUsage: () => quotas.report(),
    resetQuotas: () => quotas.reset(),
    sentCodes: (poolId, username) => outbox.codes(poolId, username),
    lastCode: (poolId, username) => outbox.codes(poolId, username).at(-1),
    stop: server.stop,
  };
}
