import { ListRolesCommand, type IAMClient } from '@aws-sdk/client-iam';
import type { IdentityRole, Page, RolesApi } from '../../shared/types';
import { callCognito, type ServiceContext } from '../serviceCall';
import { identityError } from './identityErrors';
import { identityTrustOf } from './trustPolicy';

// The IAM roles an identity pool can use: ListRoles (IAM, its own SDK client in dist/identity.js), keeping the
// roles whose trust policy lets cognito-identity.amazonaws.com assume them (trustPolicy.ts). ListRoles pages by
// Marker with MaxItems up to 1000 (IAM API reference); a page may hold none of them.

const PAGE_SIZE = 1000;

export class RoleCalls implements RolesApi {
  constructor(
    private readonly client: IAMClient,
    private readonly context: ServiceContext,
  ) {}

  async listForIdentityPools(marker?: string): Promise<Page<IdentityRole>> {
    const out = await callCognito(
      this.context,
      'ListRoles',
      () => this.client.send(new ListRolesCommand({ Marker: marker, MaxItems: PAGE_SIZE })),
      (error) => identityError(error, 'ListRoles', 'iam', this.context),
    );
    const items = (out.Roles ?? []).flatMap((role) => {
      const trust = identityTrustOf(role.AssumeRolePolicyDocument);
      return trust && role.Arn ? [{ name: role.RoleName ?? role.Arn, arn: role.Arn, ...trust }] : [];
    });
    return { items, nextToken: out.IsTruncated ? out.Marker : undefined };
  }
}
