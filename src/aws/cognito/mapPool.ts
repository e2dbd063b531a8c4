import type { LambdaConfigType, SchemaAttributeType, UserPoolType } from '@aws-sdk/client-cognito-identity-provider';
import { STANDARD_ATTRIBUTES } from '../../shared/attributes';
import { CUSTOM_SENDER_TRIGGERS, LAMBDA_TRIGGERS } from '../../shared/lambdaTriggers';
import { signInFromPoolSettings } from '../../shared/signIn';
import { toPoolMessaging } from './poolMessagingUpdate';
import { COGNITO_DEFAULT_PASSWORD_POLICY, type AttributeSchema, type FirstAuthFactor, type PoolSettings, type RecoveryOption, type UserPoolDetails, type VerifiedAttribute } from '../../shared/types';

// DescribeUserPool's answer as the extension's UserPoolDetails: what flows need (sign-in, password
// policy, schema) and what Show Pool Details shows.

export function toPoolDetails(pool: UserPoolType, userPoolId: string): UserPoolDetails {
  const policy = pool.Policies?.PasswordPolicy;
  const defaults = COGNITO_DEFAULT_PASSWORD_POLICY;
  const email = pool.EmailConfiguration;
  return {
    id: pool.Id ?? userPoolId,
    name: pool.Name ?? '',
    arn: pool.Arn,
    creationDate: pool.CreationDate,
    signIn: signInFromPoolSettings(pool.UsernameAttributes, pool.AliasAttributes),
    passwordPolicy: {
      minimumLength: policy?.MinimumLength ?? defaults.minimumLength,
      requireUppercase: policy?.RequireUppercase ?? defaults.requireUppercase,
      requireLowercase: policy?.RequireLowercase ?? defaults.requireLowercase,
      requireNumbers: policy?.RequireNumbers ?? defaults.requireNumbers,
      requireSymbols: policy?.RequireSymbols ?? defaults.requireSymbols,
    },
    attributes: (pool.SchemaAttributes ?? []).map(toAttributeSchema),
    autoVerifiedAttributes: pool.AutoVerifiedAttributes ?? [],
    smsConfigured: Boolean(pool.SmsConfiguration?.SnsCallerArn),
    messaging: toPoolMessaging(pool),
    settings: {
      usernameAttributes: pool.UsernameAttributes ?? [],
      aliasAttributes: pool.AliasAttributes ?? [],
      mfa: pool.MfaConfiguration ?? 'OFF',
      deletionProtection: pool.DeletionProtection === 'ACTIVE',
      emailSending: email?.EmailSendingAccount === 'DEVELOPER' ? `Amazon SES (${email.SourceArn ?? 'identity not named'})` : "Cognito's default e-mail (50 a day)",
      emailFrom: email?.From,
      smsRoleArn: pool.SmsConfiguration?.SnsCallerArn,
      ...triggersOf(pool.LambdaConfig),
      estimatedUsers: pool.EstimatedNumberOfUsers,
      domain: pool.Domain,
      customDomain: pool.CustomDomain,
      lastModified: pool.LastModifiedDate,
      ...policySettings(pool),
    },
  };
}

/** A schema entry as users carry the attribute: custom ones with their "custom:" prefix. */
export function toAttributeSchema(attribute: SchemaAttributeType): AttributeSchema {
  const stored = attribute.Name ?? '';
  const custom = stored.startsWith('custom:') || !STANDARD_ATTRIBUTES.has(stored);
  const number = (text: string | undefined) => (text === undefined || text === '' || Number.isNaN(Number(text)) ? undefined : Number(text));
  return {
    name: custom && !stored.startsWith('custom:') ? `custom:${stored}` : stored,
    type: (attribute.AttributeDataType as AttributeSchema['type']) ?? 'String',
    mutable: attribute.Mutable ?? true,
    required: attribute.Required ?? false,
    custom,
    minLength: number(attribute.StringAttributeConstraints?.MinLength),
    maxLength: number(attribute.StringAttributeConstraints?.MaxLength),
    minValue: number(attribute.NumberAttributeConstraints?.MinValue),
    maxValue: number(attribute.NumberAttributeConstraints?.MaxValue),
  };
}

/** What the policy and sign-up edits pre-fill: Describe's members, or Cognito's defaults where it leaves one out. */
function policySettings(
  pool: UserPoolType,
): Pick<PoolSettings, 'temporaryPasswordDays' | 'passwordHistorySize' | 'plan' | 'firstFactors' | 'threatProtection' | 'selfSignUp' | 'keepOriginalUntilVerified' | 'accountRecovery' | 'tags'> {
  const policy = pool.Policies?.PasswordPolicy;
  const recovery = [...(pool.AccountRecoverySetting?.RecoveryMechanisms ?? [])].sort((a, b) => (a.Priority ?? 0) - (b.Priority ?? 0));
  return {
    // An old pool may have only the deprecated member (poolUpdate.ts); 7 is Cognito's default.
    temporaryPasswordDays: policy?.TemporaryPasswordValidityDays ?? pool.AdminCreateUserConfig?.UnusedAccountValidityDays ?? 7,
    // "isn't displayed in DescribeUserPool responses when you set this value to 0" (PasswordPolicyType).
    passwordHistorySize: policy?.PasswordHistorySize ?? 0,
    plan: pool.UserPoolTier ?? 'ESSENTIALS',
    // A pool without a sign-in policy signs in with a password only (SignInPolicyType: PASSWORD is the default).
    firstFactors: (pool.Policies?.SignInPolicy?.AllowedFirstAuthFactors ?? ['PASSWORD']) as FirstAuthFactor[],
    threatProtection: pool.UserPoolAddOns?.AdvancedSecurityMode,
    selfSignUp: pool.AdminCreateUserConfig?.AllowAdminCreateUserOnly !== true,
    keepOriginalUntilVerified: (pool.UserAttributeUpdateSettings?.AttributesRequireVerificationBeforeUpdate ?? []) as VerifiedAttribute[],
    accountRecovery: recovery.map((r) => r.Name).filter((name): name is RecoveryOption => name !== undefined),
    tags: { ...pool.UserPoolTags },
  };
}

/** The offered triggers attached, in the pick's order; pre token generation by either member (PreTokenGenerationConfig
 *  is the current one, PreTokenGeneration its legacy twin) with its version; the custom senders by name. */
function triggersOf(config: LambdaConfigType | undefined): Pick<NonNullable<UserPoolDetails['settings']>, 'triggers' | 'preTokenVersion' | 'customSenders'> {
  const preToken = config?.PreTokenGenerationConfig;
  const arnOf = (name: string): unknown => (name === 'PreTokenGeneration' ? (preToken?.LambdaArn ?? config?.PreTokenGeneration) : (config as Record<string, unknown> | undefined)?.[name]);
  const triggers: { name: string; arn: string }[] = [];
  for (const { name } of LAMBDA_TRIGGERS) {
    const arn = arnOf(name);
    if (typeof arn === 'string' && arn !== '') triggers.push({ name, arn });
  }
  return {
    triggers,
    preTokenVersion: preToken?.LambdaVersion ?? (config?.PreTokenGeneration ? 'V1_0' : undefined),
    customSenders: CUSTOM_SENDER_TRIGGERS.filter((name) => config?.[name]?.LambdaArn),
  };
}
