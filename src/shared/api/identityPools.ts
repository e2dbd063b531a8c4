import type { Page } from './page';

// Identity pools (Amazon Cognito Identity, a second AWS service with its own SDK client in dist/identity.js):
// the pools that turn a user pool's ID token into temporary AWS credentials, their roles, and the IAM roles
// that may serve as theirs. Implemented by src/aws/identity/, joined to the Cognito API in
// src/connection/lazyCognito.ts. Credentials never leave memory: no member here logs or keeps them.

export interface IdentityPoolSummary {
  id: string;
  name: string;
}

/** One user pool app client an identity pool trusts (CognitoIdentityProvider in the API reference). */
export interface TrustedClient {
  /** `cognito-idp.<region>.amazonaws.com/<userPoolId>`: the key of the ID token in GetId's Logins. */
  providerName: string;
  clientId: string;
  serverSideTokenCheck: boolean;
}

export interface IdentityPool extends IdentityPoolSummary {
  /** AllowUnauthenticatedIdentities: guests get the unauthenticated role's credentials. */
  allowGuests: boolean;
  /** AllowClassicFlow: the basic (classic) flow, GetOpenIdToken then AssumeRoleWithWebIdentity. */
  classicFlow: boolean;
  trustedClients: TrustedClient[];
  /** SupportedLoginProviders: social providers (`graph.facebook.com` → app id), kept as they are on an update. */
  loginProviders: Record<string, string>;
  developerProviderName?: string;
  openIdConnectProviderArns: string[];
  samlProviderArns: string[];
  tags: Record<string, string>;
}

export interface RoleMapping {
  /** `Token` (roles from the token's cognito:preferred_role) or `Rules`. */
  type: string;
  ambiguousRoleResolution?: string;
  rules: number;
}

/** GetIdentityPoolRoles: the roles by kind, and the role mappings by provider. */
export interface IdentityPoolRoles {
  authenticated?: string;
  unauthenticated?: string;
  mappings: Record<string, RoleMapping>;
}

export interface CreateIdentityPoolRequest {
  name: string;
  allowGuests: boolean;
  client: TrustedClient;
}

/** Temporary AWS credentials for one identity: in memory only, never logged. */
export interface AwsCredentials {
  accessKeyId: string;
  secretAccessKey: string;
  sessionToken: string;
  expiration?: Date;
}

export interface IdentityCredentials {
  identityId: string;
  credentials: AwsCredentials;
}

export interface IdentityPoolsApi {
  /** ListIdentityPools, one page. */
  list(nextToken?: string): Promise<Page<IdentityPoolSummary>>;
  /** DescribeIdentityPool. */
  describe(identityPoolId: string): Promise<IdentityPool>;
  /** CreateIdentityPool trusting one app client. */
  create(request: CreateIdentityPoolRequest): Promise<IdentityPool>;
  /** UpdateIdentityPool with the whole current configuration and one more trusted client: AWS resets what
   *  an update leaves out. */
  addTrustedClient(identityPoolId: string, client: TrustedClient): Promise<void>;
  /** DeleteIdentityPool. */
  delete(identityPoolId: string): Promise<void>;
  /** GetIdentityPoolRoles. */
  roles(identityPoolId: string): Promise<IdentityPoolRoles>;
  /** SetIdentityPoolRoles with these roles and the role mappings the pool has (SetIdentityPoolRoles replaces them). */
  setRoles(identityPoolId: string, roles: { authenticated: string; unauthenticated?: string }): Promise<void>;
  /** GetId then GetCredentialsForIdentity: with the ID token in Logins under its provider name, or as a guest
   *  without. Unsigned calls (Cognito authorizes them by the token), so no AWS credentials are needed. */
  credentials(identityPoolId: string, login?: { providerName: string; idToken: string }): Promise<IdentityCredentials>;
}

/** An IAM role whose trust policy names cognito-identity.amazonaws.com. */
export interface IdentityRole {
  name: string;
  arn: string;
  /** What the trust policy's conditions say: authenticated, unauthenticated, both, or not stated. */
  trusts: 'authenticated' | 'unauthenticated' | 'both' | 'unstated';
  /** The identity pools its trust policy names in `cognito-identity.amazonaws.com:aud`; empty when none. */
  identityPools: string[];
}

export interface RolesApi {
  /** ListRoles, one page, only the roles that Cognito Identity may assume. */
  listForIdentityPools(marker?: string): Promise<Page<IdentityRole>>;
}
