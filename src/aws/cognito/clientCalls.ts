import {
  CreateUserPoolClientCommand,
  DeleteUserPoolClientCommand,
  DescribeUserPoolClientCommand,
  ListUserPoolClientsCommand,
  UpdateUserPoolClientCommand,
  type UpdateUserPoolClientCommandInput,
  type UserPoolClientType,
} from '@aws-sdk/client-cognito-identity-provider';
import { CallsOn } from './call';
import { changedMembers, lifetimeOf } from './clientChange';
import { CognitoError } from '../../shared/errors';
import { listAll } from '../../shared/paging';
import { LOOK_BACK_PAGES, once } from './sendOnce';
import { MAX_PAGE_SIZE, type AppClient, type AppClientChange, type AppClientDetails, type AppClientsApi, type AuthFlow, type CreateAppClientRequest, type Page } from '../../shared/types';

// A pool's app clients: list them, create one, describe one (never passing on its secret), change its
// settings, delete it.
// UpdateUserPoolClient resets every setting the request leaves out, so it is sent the whole current
// configuration with only the change applied (updatableSettings below, clientChange.ts).

/** What AWS allows when a client names no flows (CreateUserPoolClient's documented default). */
export const DEFAULT_FLOWS = ['ALLOW_USER_SRP_AUTH', 'ALLOW_CUSTOM_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH'];

export class ClientCalls extends CallsOn implements AppClientsApi {
  async list(userPoolId: string, nextToken?: string): Promise<Page<AppClient>> {
    const out = await this.call('ListUserPoolClients', () => this.client.send(new ListUserPoolClientsCommand({ UserPoolId: userPoolId, MaxResults: MAX_PAGE_SIZE, NextToken: nextToken })),
    );
    // Deliberately only id and name: some emulators return ClientSecret here too, and it must go no further.
    return {
      items: (out.UserPoolClients ?? []).map((c) => ({ userPoolId, clientId: c.ClientId ?? '', name: c.ClientName ?? '' })),
      nextToken: out.NextToken || undefined,
    };
  }

  async create(request: CreateAppClientRequest): Promise<AppClient> {
    const before = await this.idsNamed(request.userPoolId, request.name).catch(() => undefined);
    for (let attempt = 1; ; attempt++) {
      try {
        const out = await this.call('CreateUserPoolClient', () => this.client.send(once(new CreateUserPoolClientCommand({
            UserPoolId: request.userPoolId,
            ClientName: request.name,
            GenerateSecret: request.generateSecret,
            ExplicitAuthFlows: request.authFlows,
          }))),
        );
        const client = out.UserPoolClient ?? {};
        return { userPoolId: request.userPoolId, clientId: client.ClientId ?? '', name: client.ClientName ?? request.name };
      } catch (error) {
        if (!(error instanceof CognitoError && error.awsName === 'AnswerLost') || !before) throw error;
        // A client of this name that was not there before the call is the one it made; none: send again.
        const made = (await this.idsNamed(request.userPoolId, request.name).catch(() => Promise.reject(error))).filter((id) => !before.includes(id));
        if (made.length === 1) return { userPoolId: request.userPoolId, clientId: made[0], name: request.name, recovered: true };
        if (made.length > 1 || attempt === 2) throw error;
      }
    }
  }

  async describe(userPoolId: string, clientId: string): Promise<AppClientDetails> {
    const client = await this.read(userPoolId, clientId);
    const units = client.TokenValidityUnits ?? {};
    return {
      userPoolId,
      clientId,
      name: client.ClientName ?? '',
      authFlows: client.ExplicitAuthFlows?.length ? client.ExplicitAuthFlows : DEFAULT_FLOWS,
      hasSecret: Boolean(client.ClientSecret),
      rotatesRefreshTokens: client.RefreshTokenRotation?.Feature === 'ENABLED',
      settings: {
        accessToken: lifetimeOf(client.AccessTokenValidity, units.AccessToken, 'access'),
        idToken: lifetimeOf(client.IdTokenValidity, units.IdToken, 'id'),
        refreshToken: lifetimeOf(client.RefreshTokenValidity, units.RefreshToken, 'refresh'),
        oauthEnabled: client.AllowedOAuthFlowsUserPoolClient ?? false,
        oauthFlows: client.AllowedOAuthFlows ?? [],
        oauthScopes: client.AllowedOAuthScopes ?? [],
        callbackUrls: client.CallbackURLs ?? [],
        logoutUrls: client.LogoutURLs ?? [],
        defaultRedirectUri: client.DefaultRedirectURI,
        identityProviders: client.SupportedIdentityProviders ?? [],
        readAttributes: client.ReadAttributes ?? [],
        writeAttributes: client.WriteAttributes ?? [],
        preventUserExistenceErrors: client.PreventUserExistenceErrors,
        tokenRevocation: client.EnableTokenRevocation,
        authSessionMinutes: client.AuthSessionValidity ?? 3,
        rotationGracePeriodSeconds: client.RefreshTokenRotation?.Feature === 'ENABLED' ? (client.RefreshTokenRotation.RetryGracePeriodSeconds ?? 0) : undefined,
        created: client.CreationDate,
        lastModified: client.LastModifiedDate,
      },
    };
  }

  async updateAuthFlows(userPoolId: string, clientId: string, authFlows: AuthFlow[]): Promise<void> {
    await this.update(userPoolId, clientId, { authFlows });
  }

  async update(userPoolId: string, clientId: string, change: AppClientChange): Promise<void> {
    const current = await this.read(userPoolId, clientId);
    await this.call('UpdateUserPoolClient', () =>
      this.client.send(new UpdateUserPoolClientCommand({ ...updatableSettings(current), ExplicitAuthFlows: current.ExplicitAuthFlows, ...changedMembers(current, change), UserPoolId: userPoolId, ClientId: clientId })),
    );
  }

  async delete(userPoolId: string, clientId: string): Promise<void> {
    await this.call('DeleteUserPoolClient', () => this.client.send(new DeleteUserPoolClientCommand({ UserPoolId: userPoolId, ClientId: clientId })));
  }

  /** The client as DescribeUserPoolClient returns it, secret included: for this file's own use only. */
  private async read(userPoolId: string, clientId: string): Promise<UserPoolClientType> {
    return (await this.call('DescribeUserPoolClient', () => this.client.send(new DescribeUserPoolClientCommand({ UserPoolId: userPoolId, ClientId: clientId })))).UserPoolClient ?? {};
  }

  private async idsNamed(userPoolId: string, name: string): Promise<string[]> {
    return (await listAll((token) => this.list(userPoolId, token), LOOK_BACK_PAGES)).filter((c) => c.name === name).map((c) => c.clientId);
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
