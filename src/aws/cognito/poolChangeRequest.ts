import type { PasswordPolicyType, UpdateUserPoolRequest, UserPoolType } from '@aws-sdk/client-cognito-identity-provider';
import type { PasswordPolicyChange, PoolChange } from '../../shared/types';
import { withLambdaTrigger } from './lambdaTriggerUpdate';
import { emailConfiguration, smsConfiguration } from './poolMessagingUpdate';
import { updatableSettings } from './poolUpdate';

// A PoolChange as an UpdateUserPool request: the pool's whole current configuration (poolUpdate.ts), with
// only the members the change names replaced. Each member of PoolChange has one mapping below, and the type
// makes a member without one a compile error; a mapping touches only its own part of the request.

type Settings = Omit<UpdateUserPoolRequest, 'UserPoolId'>;
type Mapping<K extends keyof PoolChange> = (request: Settings, value: NonNullable<PoolChange[K]>) => Settings;

const MAPPINGS: { [K in keyof PoolChange]-?: Mapping<K> } = {
  // SignInPolicy, beside it in Policies, stays as it is.
  passwordPolicy: (request, policy) => ({ ...request, Policies: { ...request.Policies, PasswordPolicy: awsPasswordPolicy(policy) } }),
  selfSignUp: (request, selfSignUp) => ({ ...request, AdminCreateUserConfig: { ...request.AdminCreateUserConfig, AllowAdminCreateUserOnly: !selfSignUp } }),
  autoVerifiedAttributes: (request, attributes) => ({ ...request, AutoVerifiedAttributes: [...attributes] }),
  keepOriginalUntilVerified: (request, attributes) => ({ ...request, UserAttributeUpdateSettings: { AttributesRequireVerificationBeforeUpdate: [...attributes] } }),
  accountRecovery: (request, order) => ({ ...request, AccountRecoverySetting: { RecoveryMechanisms: order.map((Name, i) => ({ Name, Priority: i + 1 })) } }),
  deletionProtection: (request, active) => ({ ...request, DeletionProtection: active ? 'ACTIVE' : 'INACTIVE' }),
  // UserPoolTags replaces the pool's tags as a whole (hashicorp/terraform-provider-aws#11265: "the API
  // provides a tags overwriting field during update"), so removing a key needs no UntagResource.
  tags: (request, tags) => ({ ...request, UserPoolTags: { ...tags } }),
  email: (request, sending) => ({ ...request, EmailConfiguration: emailConfiguration(sending) }),
  sms: (request, sending) => ({ ...request, SmsConfiguration: smsConfiguration(sending) }),
  lambdaTrigger: (request, { trigger, functionArn, version }) => ({ ...request, LambdaConfig: withLambdaTrigger(request.LambdaConfig, trigger, functionArn, version) }),
  plan: (request, plan) => ({ ...request, UserPoolTier: plan }),
  // PasswordPolicy, beside it in Policies, stays as it is.
  firstFactors: (request, factors) => ({ ...request, Policies: { ...request.Policies, SignInPolicy: { AllowedFirstAuthFactors: [...factors] } } }),
};

/** What UpdateUserPool is sent for `change` on `pool` as DescribeUserPool reports it now. */
export function poolChangeRequest(pool: UserPoolType, change: PoolChange): Settings {
  let request = updatableSettings(pool);
  for (const key of Object.keys(MAPPINGS) as (keyof PoolChange)[]) {
    const value = change[key];
    if (value !== undefined) request = (MAPPINGS[key] as Mapping<typeof key>)(request, value as never);
  }
  return request;
}

/** A whole password policy as Cognito takes it, in CreateUserPool as in UpdateUserPool. */
export function awsPasswordPolicy(policy: PasswordPolicyChange): PasswordPolicyType {
  return {
    MinimumLength: policy.minimumLength,
    RequireUppercase: policy.requireUppercase,
    RequireLowercase: policy.requireLowercase,
    RequireNumbers: policy.requireNumbers,
    RequireSymbols: policy.requireSymbols,
    TemporaryPasswordValidityDays: policy.temporaryPasswordDays,
    // Left out, not 0, where the plan has no history: a Lite pool is refused the member itself.
    ...(policy.passwordHistorySize === undefined ? {} : { PasswordHistorySize: policy.passwordHistorySize }),
  };
}
