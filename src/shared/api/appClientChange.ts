import type { AuthFlow } from './appClients';

// What an edit of an app client changes (AppClientsApi.update). Only the members given change; the
// service sends every other member of the client's configuration back as it is, since UpdateUserPoolClient
// resets whatever a request leaves out (src/aws/cognito/clientCalls.ts).

/** TokenValidityUnits' values. Seconds is AWS's too, though the flows offer minutes, hours and days. */
export type ValidityUnit = 'seconds' | 'minutes' | 'hours' | 'days';

/** A token lifetime as Cognito keeps it: a number in its unit (45 minutes is not 0.75 hours). */
export interface TokenValidity {
  value: number;
  unit: ValidityUnit;
}

export interface RefreshTokenRotationSetting {
  enabled: boolean;
  /** RetryGracePeriodSeconds, 0–60: how long a rotated-out refresh token still works. */
  gracePeriodSeconds?: number;
}

/** OAuthFlowType: the authorization code grant, the implicit grant, or client credentials (machine to machine). */
export type OAuthFlow = 'code' | 'implicit' | 'client_credentials';

/** An app client's OAuth 2.0 settings (managed login and the token endpoint), sent together as one change. */
export interface OAuthSettings {
  /** AllowedOAuthFlowsUserPoolClient: whether the client may use the flows below at all. */
  enabled: boolean;
  flows: OAuthFlow[];
  /** Standard scopes (openid, email, …) and custom ones as `<resource server identifier>/<scope>`. */
  scopes: string[];
  callbackUrls: string[];
  logoutUrls: string[];
  /** SupportedIdentityProviders: COGNITO (the pool's own users) and the pool's federated providers. */
  identityProviders: string[];
}

export interface AppClientChange {
  name?: string;
  accessToken?: TokenValidity;
  idToken?: TokenValidity;
  refreshToken?: TokenValidity;
  /** An empty list is never sent: Cognito reads it as "the default" (every standard attribute). */
  readAttributes?: string[];
  writeAttributes?: string[];
  /** PreventUserExistenceErrors ENABLED (true) or LEGACY (false). */
  preventUserExistenceErrors?: boolean;
  tokenRevocation?: boolean;
  /** AuthSessionValidity: minutes a sign-in's session lasts between its challenges, 3–15. */
  authSessionMinutes?: number;
  refreshTokenRotation?: RefreshTokenRotationSetting;
  authFlows?: AuthFlow[];
  oauth?: OAuthSettings;
}
