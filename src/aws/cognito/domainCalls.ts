import {
  CreateManagedLoginBrandingCommand,
  CreateUserPoolDomainCommand,
  DeleteUserPoolDomainCommand,
  DescribeManagedLoginBrandingByClientCommand,
  DescribeUserPoolDomainCommand,
} from '@aws-sdk/client-cognito-identity-provider';
import { CognitoError } from '../../shared/errors';
import type { DomainsApi, ManagedLoginVersion, PoolDomain } from '../../shared/types';
import { CallsOn } from './call';

// A pool's prefix domain and the managed-login branding styles of its app clients.

export class DomainCalls extends CallsOn implements DomainsApi {
  async create(userPoolId: string, domain: string, managedLoginVersion: ManagedLoginVersion): Promise<void> {
    await this.call('CreateUserPoolDomain', () => this.client.send(new CreateUserPoolDomainCommand({ UserPoolId: userPoolId, Domain: domain, ManagedLoginVersion: managedLoginVersion })));
  }

  async describe(domain: string): Promise<PoolDomain | undefined> {
    const out = await this.call('DescribeUserPoolDomain', () => this.client.send(new DescribeUserPoolDomainCommand({ Domain: domain })));
    const d = out.DomainDescription;
    // An unknown prefix is no error: DescribeUserPoolDomain answers an empty DomainDescription.
    if (!d?.UserPoolId || !d.Domain) return undefined;
    const version = d.ManagedLoginVersion === 1 || d.ManagedLoginVersion === 2 ? d.ManagedLoginVersion : undefined;
    return { domain: d.Domain, userPoolId: d.UserPoolId, managedLoginVersion: version, status: d.Status };
  }

  async delete(userPoolId: string, domain: string): Promise<void> {
    await this.call('DeleteUserPoolDomain', () => this.client.send(new DeleteUserPoolDomainCommand({ UserPoolId: userPoolId, Domain: domain })));
  }

  async hasBranding(userPoolId: string, clientId: string): Promise<boolean> {
    try {
      const out = await this.call('DescribeManagedLoginBrandingByClient', () =>
        this.client.send(new DescribeManagedLoginBrandingByClientCommand({ UserPoolId: userPoolId, ClientId: clientId })),
      );
      return out.ManagedLoginBranding?.ManagedLoginBrandingId !== undefined;
    } catch (error) {
      // A client without a style: ResourceNotFoundException (DescribeManagedLoginBrandingByClient, Errors).
      if (error instanceof CognitoError && error.awsName === 'ResourceNotFoundException') return false;
      throw error;
    }
  }

  async assignDefaultBranding(userPoolId: string, clientId: string): Promise<void> {
    // "To create a new style with default settings, set UseCognitoProvidedValues to true and don't provide
    // values for any other options" (CreateManagedLoginBranding, API reference).
    await this.call('CreateManagedLoginBranding', () =>
      this.client.send(new CreateManagedLoginBrandingCommand({ UserPoolId: userPoolId, ClientId: clientId, UseCognitoProvidedValues: true })),
    );
  }
}
