import {
  CreateIdentityPoolCommand,
  DeleteIdentityPoolCommand,
  DescribeIdentityPoolCommand,
  GetCredentialsForIdentityCommand,
  GetIdCommand,
  GetIdentityPoolRolesCommand,
  ListIdentityPoolsCommand,
  SetIdentityPoolRolesCommand,
  UpdateIdentityPoolCommand,
  type CognitoIdentityClient,
  type IdentityPool as SdkIdentityPool,
} from '@aws-sdk/client-cognito-identity';
import type { AwsCredentials, CreateIdentityPoolRequest, IdentityCredentials, IdentityPool, IdentityPoolRoles, IdentityPoolsApi, IdentityPoolSummary, Page, TrustedClient } from '../../shared/types';
import { CognitoError } from '../../shared/errors';
import { callCognito, type ServiceContext } from '../serviceCall';
import { identityError } from './identityErrors';

// Identity pools through Cognito Identity's own SDK client (dist/identity.js). ListIdentityPools takes at most 60
// a page (MaxResults, 1–60, API reference). UpdateIdentityPool and SetIdentityPoolRoles replace the whole
// configuration, so what they do not change is read first and sent back as it is. GetId and
// GetCredentialsForIdentity need no AWS credentials (Cognito authorizes them by the token in Logins); the
// credentials they return go back to the caller and nowhere else: nothing here logs a parameter or an answer.

const PAGE_SIZE = 60;

export class IdentityPoolCalls implements IdentityPoolsApi {
  constructor(
    private readonly client: CognitoIdentityClient,
    private readonly context: ServiceContext,
  ) {}

  async list(nextToken?: string): Promise<Page<IdentityPoolSummary>> {
    const out = await this.call('ListIdentityPools', () => this.client.send(new ListIdentityPoolsCommand({ MaxResults: PAGE_SIZE, NextToken: nextToken })));
    return { items: (out.IdentityPools ?? []).map((p) => ({ id: p.IdentityPoolId ?? '', name: p.IdentityPoolName ?? '' })), nextToken: out.NextToken || undefined };
  }

  async describe(identityPoolId: string): Promise<IdentityPool> {
    return toIdentityPool(await this.describeRaw(identityPoolId));
  }

  async create(request: CreateIdentityPoolRequest): Promise<IdentityPool> {
    const out = await this.call('CreateIdentityPool', () =>
      this.client.send(
        new CreateIdentityPoolCommand({
          IdentityPoolName: request.name,
          AllowUnauthenticatedIdentities: request.allowGuests,
          CognitoIdentityProviders: [toProvider(request.client)],
        }),
      ),
    );
    return toIdentityPool(out);
  }

  async addTrustedClient(identityPoolId: string, client: TrustedClient): Promise<void> {
    const current = await this.describeRaw(identityPoolId);
    const providers = current.CognitoIdentityProviders ?? [];
    if (providers.some((p) => p.ProviderName === client.providerName && p.ClientId === client.clientId)) return;
    // Every member DescribeIdentityPool returned goes back, $metadata aside: UpdateIdentityPool resets the rest.
    const { $metadata: _, ...whole } = current as SdkIdentityPool & { $metadata?: unknown };
    await this.call('UpdateIdentityPool', () => this.client.send(new UpdateIdentityPoolCommand({ ...whole, IdentityPoolId: identityPoolId, IdentityPoolName: current.IdentityPoolName, AllowUnauthenticatedIdentities: current.AllowUnauthenticatedIdentities ?? false, CognitoIdentityProviders: [...providers, toProvider(client)] })));
  }

  async delete(identityPoolId: string): Promise<void> {
    await this.call('DeleteIdentityPool', () => this.client.send(new DeleteIdentityPoolCommand({ IdentityPoolId: identityPoolId })));
  }

  async roles(identityPoolId: string): Promise<IdentityPoolRoles> {
    const out = await this.call('GetIdentityPoolRoles', () => this.client.send(new GetIdentityPoolRolesCommand({ IdentityPoolId: identityPoolId })));
    const mappings = Object.fromEntries(
      Object.entries(out.RoleMappings ?? {}).map(([provider, m]) => [provider, { type: m.Type ?? 'unknown', ambiguousRoleResolution: m.AmbiguousRoleResolution, rules: m.RulesConfiguration?.Rules?.length ?? 0 }]),
    );
    return { authenticated: out.Roles?.authenticated, unauthenticated: out.Roles?.unauthenticated, mappings };
  }

  async setRoles(identityPoolId: string, roles: { authenticated: string; unauthenticated?: string }): Promise<void> {
    // SetIdentityPoolRoles replaces the role mappings too: the pool's own go back with the new roles.
    const current = await this.call('GetIdentityPoolRoles', () => this.client.send(new GetIdentityPoolRolesCommand({ IdentityPoolId: identityPoolId })));
    const Roles: Record<string, string> = { authenticated: roles.authenticated, ...(roles.unauthenticated && { unauthenticated: roles.unauthenticated }) };
    await this.call('SetIdentityPoolRoles', () => this.client.send(new SetIdentityPoolRolesCommand({ IdentityPoolId: identityPoolId, Roles, RoleMappings: current.RoleMappings })));
  }

  async credentials(identityPoolId: string, login?: { providerName: string; idToken: string }): Promise<IdentityCredentials> {
    const Logins = login ? { [login.providerName]: login.idToken } : undefined;
    const { IdentityId } = await this.call('GetId', () => this.client.send(new GetIdCommand({ IdentityPoolId: identityPoolId, Logins })));
    if (!IdentityId) throw new CognitoError('Cognito Identity answered GetId without an identity id; try again.', 'unknown');
    const out = await this.call('GetCredentialsForIdentity', () => this.client.send(new GetCredentialsForIdentityCommand({ IdentityId, Logins })));
    const c = out.Credentials;
    if (!c?.AccessKeyId || !c.SecretKey || !c.SessionToken) throw new CognitoError('Cognito Identity answered without credentials; try again.', 'unknown');
    const credentials: AwsCredentials = { accessKeyId: c.AccessKeyId, secretAccessKey: c.SecretKey, sessionToken: c.SessionToken, expiration: c.Expiration };
    return { identityId: out.IdentityId ?? IdentityId, credentials };
  }

  private describeRaw(identityPoolId: string): Promise<SdkIdentityPool> {
    return this.call('DescribeIdentityPool', () => this.client.send(new DescribeIdentityPoolCommand({ IdentityPoolId: identityPoolId })));
  }

  private call<Output extends { $metadata?: { requestId?: string } }>(operation: string, send: () => Promise<Output>): Promise<Output> {
    return callCognito(this.context, operation, send, (error) => identityError(error, operation, 'cognito-identity', this.context));
  }
}

function toProvider(client: TrustedClient) {
  return { ProviderName: client.providerName, ClientId: client.clientId, ServerSideTokenCheck: client.serverSideTokenCheck };
}

function toIdentityPool(p: SdkIdentityPool): IdentityPool {
  return {
    id: p.IdentityPoolId ?? '',
    name: p.IdentityPoolName ?? '',
    allowGuests: p.AllowUnauthenticatedIdentities === true,
    classicFlow: p.AllowClassicFlow === true,
    trustedClients: (p.CognitoIdentityProviders ?? []).map((c) => ({ providerName: c.ProviderName ?? '', clientId: c.ClientId ?? '', serverSideTokenCheck: c.ServerSideTokenCheck === true })),
    loginProviders: p.SupportedLoginProviders ?? {},
    developerProviderName: p.DeveloperProviderName,
    openIdConnectProviderArns: p.OpenIdConnectProviderARNs ?? [],
    samlProviderArns: p.SamlProviderARNs ?? [],
    tags: p.IdentityPoolTags ?? {},
  };
}
