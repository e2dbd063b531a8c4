// A user pool's settings beyond its schema and password policy, as CreateUserPool sets them and
// UpdateUserPool replaces them, with AWS's defaults for what a request leaves out (API reference, and
// the AWS CLI's create-user-pool example: MfaConfiguration OFF, LambdaConfig {}, EmailConfiguration {},
// AdminCreateUserConfig { AllowAdminCreateUserOnly: false, UnusedAccountValidityDays: 7 }, DeletionProtection
// INACTIVE, UserPoolTier ESSENTIALS). Settings the double does not act on (Lambda triggers, messages, SMS,
// devices, tags, add-ons, account recovery, …) are kept as given and reported back, and are reset like the
// others, which is what UpdateUserPool's "sets it to its default value" means for them.
import type { Input } from './server';

export type DeletionProtection = 'ACTIVE' | 'INACTIVE';
export type MfaConfiguration = 'OFF' | 'ON' | 'OPTIONAL';
export type UserPoolTier = 'LITE' | 'ESSENTIALS' | 'PLUS';

/** Members of UserPoolType the double keeps as given and reports only when set. */
export const KEPT_AS_GIVEN = [
  'SmsVerificationMessage',
  'EmailVerificationMessage',
  'EmailVerificationSubject',
  'VerificationMessageTemplate',
  'SmsAuthenticationMessage',
  'UserAttributeUpdateSettings',
  'DeviceConfiguration',
  'SmsConfiguration',
  'UserPoolTags',
  'UserPoolAddOns',
  'AccountRecoverySetting',
  'KeyConfiguration',
  'IssuerConfiguration',
  'AcrConfiguration',
] as const;
export type KeptAsGiven = (typeof KEPT_AS_GIVEN)[number];

export interface PoolSettings {
  deletionProtection: DeletionProtection;
  mfaConfiguration: MfaConfiguration;
  autoVerifiedAttributes: string[];
  lambdaConfig: Input;
  adminCreateUserConfig: Input;
  emailConfiguration: Input;
  /** Policies.SignInPolicy, as given. */
  signInPolicy?: unknown;
  /** UserPoolTier: "Defaults to ESSENTIALS" (API reference, UpdateUserPool), so an update that leaves it out
   *  puts the pool back on Essentials, as the operation's general rule says. */
  tier: UserPoolTier;
  /** DcrConfiguration, as given. The one member UpdateUserPool keeps when left out: "If you omit this
   *  parameter, Amazon Cognito keeps the existing configuration" (API reference, UpdateUserPool). */
  dcrConfiguration?: Input;
  /** Fixed at creation. */
  aliasAttributes: string[];
  /** Fixed at creation; undefined when the request had none. */
  usernameConfiguration?: { CaseSensitive: boolean };
  given: Partial<Record<KeptAsGiven, unknown>>;
}

/** Without UnusedAccountValidityDays: DescribeUserPool reports the pool's temporary-password validity
 *  there (pools.ts), the one duration both members name. */
export const DEFAULT_ADMIN_CREATE_USER_CONFIG: Readonly<Input> = { AllowAdminCreateUserOnly: false };

/** A pool made without settings: AWS's defaults. */
export function defaultPoolSettings(): PoolSettings {
  return {
    deletionProtection: 'INACTIVE',
    mfaConfiguration: 'OFF',
    autoVerifiedAttributes: [],
    lambdaConfig: {},
    adminCreateUserConfig: { ...DEFAULT_ADMIN_CREATE_USER_CONFIG },
    emailConfiguration: {},
    tier: 'ESSENTIALS',
    aliasAttributes: [],
    given: {},
  };
}

/** UserPoolType's members for these settings, in AWS's order; absent ones left out. */
export function describeSettings(settings: PoolSettings) {
  const given = settings.given;
  return {
    DeletionProtection: settings.deletionProtection,
    LambdaConfig: structuredClone(settings.lambdaConfig),
    AutoVerifiedAttributes: settings.autoVerifiedAttributes.length > 0 ? [...settings.autoVerifiedAttributes] : undefined,
    AliasAttributes: settings.aliasAttributes.length > 0 ? [...settings.aliasAttributes] : undefined,
    SmsVerificationMessage: given.SmsVerificationMessage,
    EmailVerificationMessage: given.EmailVerificationMessage,
    EmailVerificationSubject: given.EmailVerificationSubject,
    VerificationMessageTemplate: given.VerificationMessageTemplate,
    SmsAuthenticationMessage: given.SmsAuthenticationMessage,
    UserAttributeUpdateSettings: given.UserAttributeUpdateSettings,
    MfaConfiguration: settings.mfaConfiguration,
    DeviceConfiguration: given.DeviceConfiguration,
    EmailConfiguration: structuredClone(settings.emailConfiguration),
    SmsConfiguration: given.SmsConfiguration,
    UserPoolTags: given.UserPoolTags,
    AdminCreateUserConfig: structuredClone(settings.adminCreateUserConfig),
    UserPoolAddOns: given.UserPoolAddOns,
    DcrConfiguration: settings.dcrConfiguration && structuredClone(settings.dcrConfiguration),
    UsernameConfiguration: settings.usernameConfiguration && { ...settings.usernameConfiguration },
    AccountRecoverySetting: given.AccountRecoverySetting,
    UserPoolTier: settings.tier,
    KeyConfiguration: given.KeyConfiguration,
    IssuerConfiguration: given.IssuerConfiguration,
    AcrConfiguration: given.AcrConfiguration,
  };
}
