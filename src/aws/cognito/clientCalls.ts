import {
  DeleteUserPoolClientCommand,
  DescribeUserPoolClientCommand,
  UpdateUserPoolClientCommand,
  type ExplicitAuthFlowsType,
  type UpdateUserPoolClientCommandInput,
  type UserPoolClientType,
} from '@aws-sdk/client-cognito-identity-provider';
import { CallsOn } from './call';
import type { AppClientDetails, AuthFlow } from '../../cognito/types';

// One app client: describe it (never passing on its secret), change its sign-in flows, delete it.
// UpdateUserPoolClient resets every setting the request leaves out, so it is sent the whole current
// configuration with only the flows changed (updatableSettings below).

/** What AWS allows when a client names no flows (CreateUserPoolClient's documented default). */
export const DEFAULT_FLOWS = ['ALLOW_USER_SRP_AUTH', 'ALLOW_CUSTOM_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH'];

export class ClientCalls extends CallsOn {
  async describeAppClient(userPoolId: string, clientId: string): Promise<AppClientDetails> {
    const client = await this.describe(userPoolId, clientId);
    const units = client.TokenValidityUnits ?? {};
    return {
      userPoolId,
      clientId,
      name: client.ClientName ?? '',
      authFlows: client.ExplicitAuthFlows?.length ? client.ExplicitAuthFlows : DEFAULT_FLOWS,
      hasSecret: Boolean(client.ClientSecret),
      rotatesRefreshTokens: client.RefreshTokenRotation?.Feature === 'ENABLED',
      settings: {
        accessTokenValidity: `${client.AccessTokenValidity ?? 60} ${units.AccessToken ?? 'minutes'}`,
        idTokenValidity: `${client.IdTokenValidity ?? 60} ${units.IdToken ?? 'minutes'}`,
        refreshTokenValidity: `${client.RefreshTokenValidity ?? 30} ${units.RefreshToken ?? 'days'}`,
        oauthFlows: client.AllowedOAuthFlows ?? [],
        oauthScopes: client.AllowedOAuthScopes ?? [],
        callbackUrls: client.CallbackURLs ?? [],
        logoutUrls: client.LogoutURLs ?? [],
        identityProviders: client.SupportedIdentityProviders ?? [],
        readAttributes: client.ReadAttributes ?? [],
        writeAttributes: client.WriteAttributes ?? [],
        preventUserExistenceErrors: client.PreventUserExistenceErrors,
        tokenRevocation: client.EnableTokenRevocation,
        created: client.CreationDate,
        lastModified: client.LastModifiedDate,
      },
    };
  }

  async updateAppClientAuthFlows(userPoolId: string, clientId: string, authFlows: AuthFlow[]): Promise<void> {
    const current = await this.describe(userPoolId, clientId);
    await this.call('UpdateUserPoolClient', () =>
      this.client.send(new UpdateUserPoolClientCommand({ ...updatableSettings(current), UserPoolId: userPoolId, ClientId: clientId, ExplicitAuthFlows: authFlows as ExplicitAuthFlowsType[] })),
    );
  }

  async deleteAppClient(userPoolId: string, clientId: string): Promise<void> {
    await this.call('DeleteUserPoolClient', () => this.client.send(new DeleteUserPoolClientCommand({ UserPoolId: userPoolId, ClientId: clientId })));
  }

  private async describe(userPoolId: string, clientId: string): Promise<UserPoolClientType> {
    return (await this.call('DescribeUserPoolClient', () => this.client.send(new DescribeUserPoolClientCommand({ UserPoolId: userPoolId, ClientId: clientId })))).UserPoolClient ?? {};
  }
}

/**
 * UpdateUserPoolClient sets every member a request leaves out back to its default (RefreshTokenRotation
 * off, TokenValidityUnits hours / hours / days, every attribute readable and writable, no analytics, no
 * OAuth, token revocation on, …), so the update carries each member it takes, as DescribeUserPoolClient
 * reports it now. The type lists every member of the request but the ids and the flows, so an SDK that
 * adds one fails the typecheck here instead of the update resetting it. What Describe returns and Update
 * does not take (ClientSecret, CreationDate, LastModifiedDate; GenerateSecret is the create's) is never
 * copied. A combination Describe reports is one AWS accepted, except the flows the caller changes: AWS
 * refuses ALLOW_REFRESH_TOKEN_AUTH beside RefreshTokenRotation ENABLED and legacy names beside ALLOW_
 * ones, which authFlowPick.ts avoids.
 */
type UpdatableSettings = Required<Omit<UpdateUserPoolClientCommandInput, 'UserPoolId' | 'ClientId' | 'ExplicitAuthFlows'>>;

function updatableSettings(client: UserPoolClientType): { [K in keyof UpdatableSettings]: UpdatableSettings[K] | undefined } {
  return {
    ClientName: client.ClientName,
    RefreshTokenValidity: client.RefreshTokenValidity,
    AccessTokenValidity: client.AccessTokenValidity,
    IdTokenValidity: client.IdTokenValidity,
    TokenValidityUnits: client.TokenValidityUnits,
    ReadAttributes: client.ReadAttributes,
    WriteAttributes: client.WriteAttributes,
    SupportedIdentityProviders: client.SupportedIdentityProviders,
    CallbackURLs: client.CallbackURLs,
    LogoutURLs: client.LogoutURLs,
    DefaultRedirectURI: client.DefaultRedirectURI,
    AllowedOAuthFlows: client.AllowedOAuthFlows,
    AllowedOAuthScopes: client.AllowedOAuthScopes,
    AllowedOAuthFlowsUserPoolClient: client.AllowedOAuthFlowsUserPoolClient,
    AnalyticsConfiguration: client.AnalyticsConfiguration,
    PreventUserExistenceErrors: client.PreventUserExistenceErrors,
    EnableTokenRevocation: client.EnableTokenRevocation,
    EnablePropagateAdditionalUserContextData: client.EnablePropagateAdditionalUserContextData,
    AuthSessionValidity: client.AuthSessionValidity,
    RefreshTokenRotation: client.RefreshTokenRotation,
  };
}
