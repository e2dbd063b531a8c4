import type { UpdateUserPoolRequest, UserPoolType, VerificationMessageTemplateType } from '@aws-sdk/client-cognito-identity-provider';

// UpdateUserPool resets every setting the request leaves out, so a change of one setting sends the pool's
// whole configuration as DescribeUserPool reports it. But Describe reports members that Update refuses
// beside each other, or that Update treats differently; each is handled here, with AWS's reason.

/** Every setting UpdateUserPool takes, as DescribeUserPool reports it now, in a form AWS accepts. */
export function updatableSettings(pool: UserPoolType): Omit<UpdateUserPoolRequest, 'UserPoolId'> {
  const template = pool.VerificationMessageTemplate;
  return {
    PoolName: pool.Name,
    Policies: withTemporaryPasswordDays(pool),
    DeletionProtection: pool.DeletionProtection,
    LambdaConfig: pool.LambdaConfig,
    AutoVerifiedAttributes: pool.AutoVerifiedAttributes,
    // Deprecated ("no longer used"); Describe still reports them beside VerificationMessageTemplate, which
    // holds the same messages, and the e-mail ones are refused beside a link-style template. Sent only
    // for a pool that has no template (an old pool), so its messages are not reset.
    ...(template
      ? {}
      : { SmsVerificationMessage: pool.SmsVerificationMessage, EmailVerificationMessage: pool.EmailVerificationMessage, EmailVerificationSubject: pool.EmailVerificationSubject }),
    VerificationMessageTemplate: template && oneEmailMessage(template),
    SmsAuthenticationMessage: pool.SmsAuthenticationMessage,
    UserAttributeUpdateSettings: pool.UserAttributeUpdateSettings,
    MfaConfiguration: pool.MfaConfiguration,
    DeviceConfiguration: pool.DeviceConfiguration,
    EmailConfiguration: pool.EmailConfiguration,
    SmsConfiguration: pool.SmsConfiguration,
    UserPoolTags: pool.UserPoolTags,
    AdminCreateUserConfig: pool.AdminCreateUserConfig && withoutUnusedAccountDays(pool.AdminCreateUserConfig),
    UserPoolAddOns: pool.UserPoolAddOns,
    AccountRecoverySetting: pool.AccountRecoverySetting,
    // UserPoolTier "Defaults to ESSENTIALS" (API reference): left out, a Plus or Lite pool would change plan.
    UserPoolTier: pool.UserPoolTier,
    // Left out on purpose: DcrConfiguration, which UpdateUserPool keeps when a request leaves it out ("If you
    // omit this parameter, Amazon Cognito keeps the existing configuration", API reference).
    KeyConfiguration: pool.KeyConfiguration,
    IssuerConfiguration: pool.IssuerConfiguration,
    AcrConfiguration: pool.AcrConfiguration,
  };
}

/**
 * Describe reports the temporary-password validity twice: PasswordPolicy.TemporaryPasswordValidityDays
 * and the deprecated AdminCreateUserConfig.UnusedAccountValidityDays. A request carrying both is refused
 * ("Please use TemporaryPasswordValidityDays in PasswordPolicy instead of UnusedAccountValidityDays",
 * aws/aws-sdk-js#3817, pulumi/pulumi-aws-native#1256), so only the current member is sent, with the
 * value in force: an old pool that has only the deprecated one keeps its duration.
 */
function withTemporaryPasswordDays(pool: UserPoolType): UserPoolType['Policies'] {
  const days = pool.Policies?.PasswordPolicy?.TemporaryPasswordValidityDays ?? pool.AdminCreateUserConfig?.UnusedAccountValidityDays;
  if (days === undefined || !pool.Policies?.PasswordPolicy) return pool.Policies ?? (days === undefined ? undefined : { PasswordPolicy: { TemporaryPasswordValidityDays: days } });
  return { ...pool.Policies, PasswordPolicy: { ...pool.Policies.PasswordPolicy, TemporaryPasswordValidityDays: days } };
}

function withoutUnusedAccountDays(config: NonNullable<UserPoolType['AdminCreateUserConfig']>): NonNullable<UserPoolType['AdminCreateUserConfig']> {
  const { UnusedAccountValidityDays: _deprecated, ...rest } = config;
  return rest;
}

/** "When you supply both [EmailMessage and EmailMessageByLink] with either choice, Amazon Cognito returns
 *  an error" (API reference): keep the one the pool's DefaultEmailOption uses. */
function oneEmailMessage(template: VerificationMessageTemplateType): VerificationMessageTemplateType {
  if (template.EmailMessage === undefined || template.EmailMessageByLink === undefined) return template;
  const { EmailMessage, EmailMessageByLink, ...rest } = template;
  return template.DefaultEmailOption === 'CONFIRM_WITH_LINK' ? { ...rest, EmailMessageByLink } : { ...rest, EmailMessage };
}
