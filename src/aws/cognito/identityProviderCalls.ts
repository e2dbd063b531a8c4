import { ListIdentityProvidersCommand } from '@aws-sdk/client-cognito-identity-provider';
import { CallsOn } from './call';
import { MAX_PAGE_SIZE, type IdentityProvider, type IdentityProvidersApi, type Page } from '../../shared/types';

// A pool's federated identity providers, listed for Edit OAuth Settings' choice of providers.

export class IdentityProviderCalls extends CallsOn implements IdentityProvidersApi {
  async list(userPoolId: string, nextToken?: string): Promise<Page<IdentityProvider>> {
    const out = await this.call('ListIdentityProviders', () => this.client.send(new ListIdentityProvidersCommand({ UserPoolId: userPoolId, MaxResults: MAX_PAGE_SIZE, NextToken: nextToken })));
    return { items: (out.Providers ?? []).map((p) => ({ name: p.ProviderName ?? '', type: p.ProviderType ?? '' })), nextToken: out.NextToken || undefined };
  }
}
