// src/cognito/ is the shared domain folder: types, errors, attribute rules, filters and paging that every bundle
// may import (each bundle gets its own copy). It never imports the AWS SDK; the code that calls Cognito through
// the SDK lives in src/aws/cognito/ and lands in dist/aws.js only (eslint.config.mjs and
// test/unit/bundleContents.test.ts hold that true).
//
// Plain domain types: what the rest of the extension knows about Cognito. No SDK types leak past
// CognitoService, so tree, flows and tests work with these alone.

export interface UserPool {
  id: string;
  name: string;
  /** Created, though Cognito's answer was lost on the way: found by a follow-up read. */
  recovered?: true;
  creationDate?: Date;
  /** Known after DescribeUserPool or CreateUserPool; ListUserPools does not return it. */
  arn?: string;
}

export interface AppClient {
  userPoolId: string;
  clientId: string;
  name: string;
  /** Created, though Cognito's answer was lost on the way: found by a follow-up read. */
  recovered?: true;
}

export interface User {
  /** Created, though Cognito's answer was lost on the way (a retry found it existing). */
  recovered?: true;
  username: string;
  /** CONFIRMED, FORCE_CHANGE_PASSWORD, UNCONFIRMED, RESET_REQUIRED, EXTERNAL_PROVIDER, … */
  status: string;
  enabled: boolean;
  email?: string;
  phoneNumber?: string;
}

export interface UserAttribute {
  name: string;
  value: string;
}

/** Everything AdminGetUser and AdminListGroupsForUser tell about one user. */
export interface UserDetails extends User {
  attributes: UserAttribute[];
  created?: Date;
  modified?: Date;
  /** The MFA methods the user has set up (SMS_MFA, SOFTWARE_TOKEN_MFA, EMAIL_OTP) and the preferred one. */
  mfaMethods: string[];
  preferredMfa?: string;
  groups: string[];
}

export interface Group {
  userPoolId: string;
  name: string;
  description?: string;
  precedence?: number;
  roleArn?: string;
}

export interface CreateGroupRequest {
  userPoolId: string;
  name: string;
  description?: string;
  precedence?: number;
  roleArn?: string;
}

/** One page of a listing; `nextToken` is present when AWS says there is more. */
export interface Page<T> {
  items: T[];
  nextToken?: string;
}

export interface PasswordPolicy {
  minimumLength: number;
  requireUppercase: boolean;
  requireLowercase: boolean;
  requireNumbers: boolean;
  requireSymbols: boolean;
}

/** How people sign in to a pool; it decides what a username must look like. */
export type SignInOption = 'username' | 'email' | 'phone' | 'emailOrPhone' | 'usernameOrEmail';

/** One attribute of a pool's schema (standard or custom), as Edit Attribute validates it. */
export interface AttributeSchema {
  /** As users carry it: "email", "custom:team". */
  name: string;
  type: 'String' | 'Number' | 'DateTime' | 'Boolean';
  mutable: boolean;
  required: boolean;
  custom: boolean;
  minLength?: number;
  maxLength?: number;
  minValue?: number;
  maxValue?: number;
}

export interface UserPoolDetails extends UserPool {
  signIn: SignInOption;
  /** The schema: standard and custom attributes. Empty when the endpoint does not tell. */
  attributes: AttributeSchema[];
  passwordPolicy: PasswordPolicy;
  autoVerifiedAttributes: string[];
  /** The pool has an SNS role for SMS (pools created here do not), so SMS invitations can be sent. */
  smsConfigured: boolean;
  /** What Show Pool Details shows; absent fields were not told by the endpoint. */
  settings?: PoolSettings;
}

export interface PoolSettings {
  usernameAttributes: string[];
  aliasAttributes: string[];
  /** OFF, ON or OPTIONAL. */
  mfa: string;
  deletionProtection: boolean;
  /** "Cognito's default e-mail" or "Amazon SES (…)". */
  emailSending: string;
  emailFrom?: string;
  smsRoleArn?: string;
  /** Lambda triggers by their Cognito name (PreSignUp, …). */
  triggers: { name: string; arn: string }[];
  estimatedUsers?: number;
  domain?: string;
  customDomain?: string;
  lastModified?: Date;
}

export interface CreateUserPoolRequest {
  name: string;
  signIn: SignInOption;
  passwordPolicy: PasswordPolicy;
  autoVerifyEmail: boolean;
}

export type AuthFlow =
  | 'ALLOW_USER_SRP_AUTH'
  | 'ALLOW_REFRESH_TOKEN_AUTH'
  | 'ALLOW_USER_PASSWORD_AUTH'
  | 'ALLOW_ADMIN_USER_PASSWORD_AUTH'
  | 'ALLOW_CUSTOM_AUTH'
  | 'ALLOW_USER_AUTH';

export interface CreateAppClientRequest {
  userPoolId: string;
  name: string;
  generateSecret: boolean;
  authFlows: AuthFlow[];
}

/** How Cognito delivers the invitation with the temporary password; SUPPRESS sends nothing. */
export type InvitationDelivery = 'EMAIL' | 'SMS' | 'SUPPRESS';

export interface CreateUserRequest {
  userPoolId: string;
  username: string;
  /** Empty or absent: Cognito generates one. Never logged. */
  temporaryPassword?: string;
  email?: string;
  emailVerified: boolean;
  phoneNumber?: string;
  phoneNumberVerified: boolean;
  invitation: InvitationDelivery;
  /** Any further attributes (import): name and value as Cognito stores them. */
  otherAttributes?: UserAttribute[];
}

/** A user as export writes it: every attribute, status, enabled and times (ListUsers tells all of it). */
export interface UserRecord {
  username: string;
  status: string;
  enabled: boolean;
  created?: Date;
  modified?: Date;
  attributes: UserAttribute[];
  /** MFA methods set up the old way (MFAOptions); ListUsers does not tell the newer settings. */
  mfaMethods: string[];
}

export interface ListUsersOptions {
  nextToken?: string;
  /** A ListUsers filter expression, already escaped (see cognito/userFilter.ts). */
  filter?: string;
}

/** An app client as DescribeUserPoolClient tells it; never its secret, only whether it has one. */
export interface AppClientDetails extends AppClient {
  /** ExplicitAuthFlows as Cognito returns them; AWS's defaults when the client names none. */
  authFlows: string[];
  hasSecret: boolean;
  /** RefreshTokenRotation is ENABLED: tokens refresh with GetTokensFromRefreshToken, never REFRESH_TOKEN_AUTH. */
  rotatesRefreshTokens?: boolean;
  /** What Show App Client Details shows (never the secret); absent when the caller needs only the flows. */
  settings?: AppClientSettings;
}

export interface AppClientSettings {
  /** "60 minutes", "30 days"; Cognito's defaults where the client sets none. */
  accessTokenValidity: string;
  idTokenValidity: string;
  refreshTokenValidity: string;
  oauthFlows: string[];
  oauthScopes: string[];
  callbackUrls: string[];
  logoutUrls: string[];
  identityProviders: string[];
  readAttributes: string[];
  writeAttributes: string[];
  preventUserExistenceErrors?: string;
  tokenRevocation?: boolean;
  created?: Date;
  lastModified?: Date;
}

/** The sign-in flows this extension can run, most secure first. */
export type SignInFlow = 'USER_SRP_AUTH' | 'ADMIN_USER_PASSWORD_AUTH' | 'USER_PASSWORD_AUTH';

/** Which app client a sign-in goes through. With a secret, the service reads it for each call that
 *  needs a SECRET_HASH and keeps it no longer. */
export interface AuthClient {
  userPoolId: string;
  clientId: string;
  hasSecret: boolean;
}

export interface SignInRequest extends AuthClient {
  flow: SignInFlow;
  username: string;
  /** Never logged, never kept. */
  password: string;
}

/** What Cognito answers to a sign-in step: tokens, or the next challenge. Tokens stay in memory only. */
export type AuthStep =
  | { kind: 'signedIn'; tokens: Tokens }
  | {
      kind: 'challenge';
      challenge: string;
      parameters: Record<string, string>;
      session?: string;
      /** The username Cognito knows the user by (USER_ID_FOR_SRP when it told us), for the answer. */
      username: string;
    };

export interface Tokens {
  idToken?: string;
  accessToken: string;
  /** Absent after a refresh: the original one stays valid. */
  refreshToken?: string;
  /** Seconds the access and ID tokens are valid. */
  expiresIn?: number;
}

export interface ChallengeAnswer extends AuthClient {
  /** Sessions started with AdminInitiateAuth are answered with AdminRespondToAuthChallenge. */
  admin: boolean;
  username: string;
  challenge: string;
  session?: string;
  /** The person's answers, e.g. NEW_PASSWORD or SOFTWARE_TOKEN_MFA_CODE; USERNAME and SECRET_HASH are added. */
  responses: Record<string, string>;
}

export interface RefreshRequest extends AuthClient {
  admin: boolean;
  /** The cognito:username claim: what SECRET_HASH is computed over for a refresh. */
  username: string;
  refreshToken: string;
}

export interface RevokeRequest extends AuthClient {
  refreshToken: string;
}

/** Everything the extension asks of Cognito. CognitoService implements it with the AWS SDK. */
export interface CognitoApi {
  listUserPools(nextToken?: string): Promise<Page<UserPool>>;
  listAppClients(userPoolId: string, nextToken?: string): Promise<Page<AppClient>>;
  listUsers(userPoolId: string, options?: ListUsersOptions): Promise<Page<User>>;
  /** ListUsers with everything export writes; one page per call, so memory stays flat. */
  listUserRecords(userPoolId: string, options?: ListUsersOptions): Promise<Page<UserRecord>>;
  describeUserPool(userPoolId: string): Promise<UserPoolDetails>;
  createUserPool(request: CreateUserPoolRequest): Promise<UserPool>;
  /** The result never carries the client secret, even when one was generated. */
  createAppClient(request: CreateAppClientRequest): Promise<AppClient>;
  createUser(request: CreateUserRequest): Promise<User>;
  /** AdminGetUser, as the tree shows a user. */
  getUser(userPoolId: string, username: string): Promise<User>;
  getUserDetails(userPoolId: string, username: string): Promise<UserDetails>;
  /** AdminSetUserPassword: permanent makes the user CONFIRMED; temporary, FORCE_CHANGE_PASSWORD. Never logged. */
  setUserPassword(userPoolId: string, username: string, password: string, permanent: boolean): Promise<void>;
  setUserEnabled(userPoolId: string, username: string, enabled: boolean): Promise<void>;
  /** AdminConfirmSignUp, for UNCONFIRMED users. */
  confirmUser(userPoolId: string, username: string): Promise<void>;
  deleteUser(userPoolId: string, username: string): Promise<void>;
  updateUserAttributes(userPoolId: string, username: string, attributes: UserAttribute[]): Promise<void>;
  deleteUserAttributes(userPoolId: string, username: string, names: string[]): Promise<void>;
  resetUserPassword(userPoolId: string, username: string): Promise<void>;
  /** AdminCreateUser with MessageAction RESEND: a new temporary password, by each medium given. */
  resendInvitation(userPoolId: string, username: string, mediums: Exclude<InvitationDelivery, 'SUPPRESS'>[]): Promise<void>;
  signOutEverywhere(userPoolId: string, username: string): Promise<void>;
  listGroups(userPoolId: string, nextToken?: string): Promise<Page<Group>>;
  listUsersInGroup(userPoolId: string, groupName: string, nextToken?: string): Promise<Page<User>>;
  createGroup(request: CreateGroupRequest): Promise<Group>;
  deleteGroup(userPoolId: string, groupName: string): Promise<void>;
  addUserToGroup(userPoolId: string, username: string, groupName: string): Promise<void>;
  removeUserFromGroup(userPoolId: string, username: string, groupName: string): Promise<void>;
  describeAppClient(userPoolId: string, clientId: string): Promise<AppClientDetails>;
  /** UpdateUserPoolClient with the client's whole current configuration and only the flows changed:
   *  Cognito resets every setting a request leaves out. */
  updateAppClientAuthFlows(userPoolId: string, clientId: string, authFlows: AuthFlow[]): Promise<void>;
  deleteAppClient(userPoolId: string, clientId: string): Promise<void>;
  deleteUserPool(userPoolId: string): Promise<void>;
  /** UpdateUserPool with the pool's whole current configuration and only deletion protection changed. */
  setDeletionProtection(userPoolId: string, active: boolean): Promise<void>;
  /** Runs the chosen flow up to tokens or the first challenge the person must answer (SRP's
   *  PASSWORD_VERIFIER is answered inside, from the password). */
  signIn(request: SignInRequest): Promise<AuthStep>;
  answerChallenge(answer: ChallengeAnswer): Promise<AuthStep>;
  refreshTokens(request: RefreshRequest): Promise<Tokens>;
  revokeToken(request: RevokeRequest): Promise<void>;
}

/** AWS's largest page for ListUserPools, ListUserPoolClients and ListUsers. */
export const MAX_PAGE_SIZE = 60;

export const COGNITO_DEFAULT_PASSWORD_POLICY: PasswordPolicy = {
  minimumLength: 8,
  requireUppercase: true,
  requireLowercase: true,
  requireNumbers: true,
  requireSymbols: true,
};
