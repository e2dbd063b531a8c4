// A pool's prefix domain (`<prefix>.auth.<region>.amazoncognito.com`), minimally: CreateUserPoolDomain,
// DescribeUserPoolDomain, DeleteUserPoolDomain, and DescribeUserPool's `Domain`. A pool has at most one;
// a prefix belongs to one pool. AWS's answers, as seen (the reference names only the exceptions): a prefix
// with other characters, "The domain name contains an invalid character. …"; a pool that has one, "User
// pool already has a domain configured."; a prefix another pool holds, "Domain already associated with
// another user pool."; deleting a prefix the pool does not hold, "No such domain or user pool exists.";
// describing an unknown prefix is no error but an empty DomainDescription. Not modelled: custom domains
// (CustomDomainConfig, certificates, CloudFront), UpdateUserPoolDomain, the domain's creation delay.
import { createHash } from 'node:crypto';
import { ACCOUNT } from './data';
import { integerMember, stringMember } from './members';
import { DOMAIN, type PoolRegistry } from './poolRegistry';
import { poolOf } from './requests';
import { ServiceError, type Input, type Operation } from './server';

const INVALID_DOMAIN =
  'The domain name contains an invalid character. Domain names can only contain lower-case letters, numbers, and hyphens. Please enter a different name that follows this format: ^[a-z0-9](?:[a-z0-9\\-]{0,61}[a-z0-9])?$';

function domainMember(input: Input): string {
  const domain = stringMember(input, 'Domain', { member: 'domain', min: 1, max: 63 });
  if (!DOMAIN.test(domain)) throw new ServiceError('InvalidParameterException', INVALID_DOMAIN);
  return domain;
}

/** `YYYYMMDDhhmmss`, the shape of DomainDescription.Version. */
function versionOf(date: Date): string {
  return date.toISOString().replace(/[^0-9]/g, '').slice(0, 14);
}

export function domainOperations(registry: PoolRegistry): Record<string, Operation> {
  const pools = registry.live;
  return {
    CreateUserPoolDomain(input) {
      const domain = domainMember(input);
      // ManagedLoginVersion: "1 for hosted UI (classic) or 2 for managed login"; without it, "Amazon Cognito
      // sets the managed login version of your domain to 1" (CreateUserPoolDomain, API reference, Request
      // Parameters). DescribeUserPoolDomain reports it in DomainDescription.ManagedLoginVersion.
      const version = integerMember(input, 'ManagedLoginVersion', 'managedLoginVersion', 1, 2) ?? 1;
      const pool = poolOf(pools, input);
      if (pool.domain !== undefined) throw new ServiceError('InvalidParameterException', 'User pool already has a domain configured.');
      if (registry.domain(domain)) throw new ServiceError('InvalidParameterException', 'Domain already associated with another user pool.');
      registry.addDomain({ domain, pool, created: new Date(registry.now()), managedLoginVersion: version });
      // CloudFrontDomain is only for custom domains ("If you set an Amazon Cognito prefix domain, this parameter returns null").
      return { ManagedLoginVersion: version };
    },

    DescribeUserPoolDomain(input) {
      const record = registry.domain(domainMember(input));
      if (!record) return { DomainDescription: {} };
      return {
        DomainDescription: {
          UserPoolId: record.pool.id,
          AWSAccountId: ACCOUNT,
          Domain: record.domain,
          CloudFrontDistribution: `d${createHash('sha256').update(`cloudfront/${record.domain}`).digest('hex').slice(0, 13)}.cloudfront.net`,
          Version: versionOf(record.created),
          Status: 'ACTIVE',
          ManagedLoginVersion: record.managedLoginVersion,
        },
      };
    },

    DeleteUserPoolDomain(input) {
      const domain = domainMember(input);
      const pool = poolOf(pools, input);
      if (pool.domain !== domain) throw new ServiceError('InvalidParameterException', 'No such domain or user pool exists.');
      registry.deleteDomain(pool);
      return {};
    },
  };
}
