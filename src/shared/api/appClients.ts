import type { AppClientChange, TokenValidity } from './appClientChange';
import type { Page } from './page';

// A pool's app clients: what the extension knows about one (never its secret), and what it asks of
// Cognito about them (AppClientsApi, implemented by src/aws/cognito/clientCalls.ts).

export interface AppClient {
  userPoolId: string;
  clientId: string;
  name: string;
  /** Created, though Cognito's answer was lost on the way: found by a follow-up read. */
  recovered?: true;
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
  /** Each in its own unit, as Cognito keeps it; Cognito's defaults where the client sets none. */
  accessToken: TokenValidity;
  idToken: TokenValidity;
  refreshToken: TokenValidity;
  /** AllowedOAuthFlowsUserPoolClient: the OAuth flows below may be used at all. */
  oauthEnabled?: boolean;
  oauthFlows: string[];
  oauthScopes: string[];
  callbackUrls: string[];
  logoutUrls: string[];
  /** DefaultRedirectURI: one of the callback URLs, or none. */
  defaultRedirectUri?: string;
  identityProviders: string[];
  /** Empty when the client names none: Cognito's default (every standard attribute, and the two `*_verified`). */
  readAttributes: string[];
  /** Empty when the client names none: Cognito's default (every standard attribute). */
  writeAttributes: string[];
  preventUserExistenceErrors?: string;
  tokenRevocation?: boolean;
  /** AuthSessionValidity: minutes a sign-in's session lasts between challenges (3 when not set). */
  authSessionMinutes: number;
  /** RetryGracePeriodSeconds while the client rotates refresh tokens (0 when not set). */
  rotationGracePeriodSeconds?: number;
  created?: Date;
  lastModified?: Date;
}

/** A pool's app clients. */
export interface AppClientsApi {
  /** ListUserPoolClients, one page: ids and names only, never a secret. */
  list(userPoolId: string, nextToken?: string): Promise<Page<AppClient>>;
  /** DescribeUserPoolClient. */
  describe(userPoolId: string, clientId: string): Promise<AppClientDetails>;
  /** CreateUserPoolClient. The result never carries the client secret, even when one was generated. */
  create(request: CreateAppClientRequest): Promise<AppClient>;
  /** UpdateUserPoolClient with the client's whole current configuration and only the flows changed:
   *  Cognito resets every setting a request leaves out. */
  updateAuthFlows(userPoolId: string, clientId: string, authFlows: AuthFlow[]): Promise<void>;
  /** UpdateUserPoolClient with the client's whole current configuration and only `change` applied. */
  update(userPoolId: string, clientId: string, change: AppClientChange): Promise<void>;
  /** DeleteUserPoolClient. */
  delete(userPoolId: string, clientId: string): Promise<void>;
}
