// User pools as resources, from the API reference: CreateUserPool (a new id `<region>_<9 letters and
// digits>`, an ARN, CreationDate and LastModifiedDate), UpdateUserPool (every setting the request leaves
// out goes back to its default, UserPoolTier to ESSENTIALS; PoolName and DcrConfiguration stay; sign-in
// attributes, case sensitivity and the schema cannot change), DeleteUserPool (refused while deletion protection is active, or while the
// pool has a domain, in AWS's words), DescribeUserPool and ListUserPools.
import type { SeededPool } from './data';
import { tokenOf, pageSize, poolOf, seconds } from './requests';
import type { Pager } from './pages';
import { describePasswordPolicy } from './passwordPolicy';
import { readCreationOnly, readPoolRequest } from './poolRequests';
import type { PoolRegistry } from './poolRegistry';
import { describeSettings } from './poolSettings';
import { describeSchema } from './schema';
import { ServiceError, type Operation } from './server';

export const DELETION_PROTECTED = 'The user pool cannot be deleted because deletion protection is activated. Deletion protection must be inactivated first.';
export const HAS_DOMAIN = 'User pool cannot be deleted. It has a domain configured that should be deleted first.';

/** DescribeUserPool's UserPoolType, in AWS's order; members not set are left out. */
export function describePool(pool: SeededPool) {
  const { settings } = pool;
  const described = describeSettings(settings);
  return {
    Id: pool.id,
    Name: pool.name,
    Policies: {
      PasswordPolicy: describePasswordPolicy(pool.passwordPolicy),
      ...(settings.signInPolicy === undefined ? {} : { SignInPolicy: structuredClone(settings.signInPolicy) }),
    },
    DeletionProtection: described.DeletionProtection,
    LambdaConfig: described.LambdaConfig,
    LastModifiedDate: seconds(pool.modified),
    CreationDate: seconds(pool.created),
    SchemaAttributes: describeSchema(pool.schema),
    AutoVerifiedAttributes: described.AutoVerifiedAttributes,
    AliasAttributes: described.AliasAttributes,
    UsernameAttributes: pool.usernameAttributes.length > 0 ? [...pool.usernameAttributes] : undefined,
    SmsVerificationMessage: described.SmsVerificationMessage,
    EmailVerificationMessage: described.EmailVerificationMessage,
    EmailVerificationSubject: described.EmailVerificationSubject,
    VerificationMessageTemplate: described.VerificationMessageTemplate,
    SmsAuthenticationMessage: described.SmsAuthenticationMessage,
    UserAttributeUpdateSettings: described.UserAttributeUpdateSettings,
    MfaConfiguration: described.MfaConfiguration,
    DeviceConfiguration: described.DeviceConfiguration,
    EstimatedNumberOfUsers: pool.userCount,
    EmailConfiguration: described.EmailConfiguration,
    SmsConfiguration: described.SmsConfiguration,
    UserPoolTags: described.UserPoolTags,
    Domain: pool.domain,
    // Both members that name the temporary-password validity, as AWS reports them (7 and 7 by default).
    AdminCreateUserConfig: { ...described.AdminCreateUserConfig, UnusedAccountValidityDays: pool.passwordPolicy.temporaryPasswordValidityDays },
    UserPoolAddOns: described.UserPoolAddOns,
    DcrConfiguration: described.DcrConfiguration,
    UsernameConfiguration: described.UsernameConfiguration,
    Arn: pool.arn,
    AccountRecoverySetting: described.AccountRecoverySetting,
    UserPoolTier: described.UserPoolTier,
    KeyConfiguration: described.KeyConfiguration,
    IssuerConfiguration: described.IssuerConfiguration,
    AcrConfiguration: described.AcrConfiguration,
  };
}

export function poolOperations(registry: PoolRegistry, pager: Pager): Record<string, Operation> {
  const pools = registry.live;
  return {
    ListUserPools(input) {
      const maxResults = pageSize(input, 'MaxResults', 1, true);
      const page = pager.page('ListUserPools', tokenOf(input, 'NextToken'), maxResults, registry.slotCount, (i) => registry.at(i));
      return {
        UserPools: page.items.map((p) => ({ Id: p.id, Name: p.name, LambdaConfig: structuredClone(p.settings.lambdaConfig), LastModifiedDate: seconds(p.modified), CreationDate: seconds(p.created) })),
        NextToken: page.nextToken,
      };
    },

    DescribeUserPool(input) {
      return { UserPool: describePool(poolOf(pools, input)) };
    },

    CreateUserPool(input) {
      const request = readPoolRequest(input, true);
      const creation = readCreationOnly(input);
      const created = new Date(registry.now());
      const pool = registry.create(
        {
          name: request.name as string,
          passwordPolicy: request.passwordPolicy,
          usernameAttributes: creation.usernameAttributes,
          requiredAttributes: creation.requiredAttributes,
          customAttributes: creation.customAttributes,
        },
        {
          created,
          settings: {
            ...request.settings,
            tier: request.settings.tier ?? 'ESSENTIALS',
            aliasAttributes: creation.aliasAttributes,
            usernameConfiguration: creation.usernameConfiguration,
          },
        },
      );
      return { UserPool: describePool(pool) };
    },

    /** Replaces every setting: what the request leaves out is back at its default (the feature plan at
     *  ESSENTIALS), except the name and DcrConfiguration, which stay. */
    UpdateUserPool(input) {
      const request = readPoolRequest(input, false);
      const pool = poolOf(pools, input);
      const { aliasAttributes, usernameConfiguration, dcrConfiguration } = pool.settings;
      pool.name = request.name ?? pool.name;
      pool.passwordPolicy = request.passwordPolicy;
      pool.settings = {
        ...request.settings,
        tier: request.settings.tier ?? 'ESSENTIALS',
        dcrConfiguration: request.settings.dcrConfiguration ?? dcrConfiguration,
        aliasAttributes,
        usernameConfiguration,
      };
      pool.modified = new Date(registry.now());
      return {};
    },

    DeleteUserPool(input) {
      const pool = poolOf(pools, input);
      if (pool.settings.deletionProtection === 'ACTIVE') throw new ServiceError('InvalidParameterException', DELETION_PROTECTED);
      // AWS's answer as seen; the reference lists only InvalidParameterException.
      if (pool.domain !== undefined) throw new ServiceError('InvalidParameterException', HAS_DOMAIN);
      registry.delete(pool);
      return {};
    },
  };
}
