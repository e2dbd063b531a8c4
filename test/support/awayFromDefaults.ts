// A user pool and an app client with EVERY member their update operation takes set away from its default,
// for tests of whole-configuration updates: UpdateUserPool and UpdateUserPoolClient reset what a request
// leaves out, so a member the extension forgets to send only shows when the resource had it set. The
// types make a member the SDK adds a compile error here until it is given a value; the double's own test
// (test/integration/wholeConfigurationOnDouble.test.ts) checks each value really differs from the default.
import type { CreateUserPoolClientRequest, CreateUserPoolRequest, UpdateUserPoolClientRequest, UpdateUserPoolRequest } from '@aws-sdk/client-cognito-identity-provider';

/**
 * Deprecated members Describe reports beside VerificationMessageTemplate, which holds the same messages
 * (API reference: "no longer used"). A pool set up with the template has them mirrored, not set apart,
 * so they are not given separately here; src/aws/cognito/poolUpdate.ts sends them only for a pool without one.
 */
type DeprecatedMessages = 'SmsVerificationMessage' | 'EmailVerificationMessage' | 'EmailVerificationSubject';

export type EveryPoolSetting = Required<Omit<UpdateUserPoolRequest, 'UserPoolId' | DeprecatedMessages>> & Omit<CreateUserPoolRequest, keyof UpdateUserPoolRequest>;
export type EveryAppClientSetting = Required<Omit<UpdateUserPoolClientRequest, 'UserPoolId' | 'ClientId'>> & Pick<CreateUserPoolClientRequest, 'GenerateSecret'>;

/** The members of UpdateUserPool the pool below sets (all but the deprecated three). */
export const UPDATABLE_POOL_MEMBERS = [
  'Policies',
  'DeletionProtection',
  'LambdaConfig',
  'AutoVerifiedAttributes',
  'VerificationMessageTemplate',
  'SmsAuthenticationMessage',
  'UserAttributeUpdateSettings',
  'MfaConfiguration',
  'DeviceConfiguration',
  'EmailConfiguration',
  'SmsConfiguration',
  'UserPoolTags',
  'AdminCreateUserConfig',
  'UserPoolAddOns',
  'DcrConfiguration',
  'AccountRecoverySetting',
  'PoolName',
  'UserPoolTier',
  'KeyConfiguration',
  'IssuerConfiguration',
  'AcrConfiguration',
] as const satisfies ReadonlyArray<keyof EveryPoolSetting>;

/** Compiles only while the list above names every member of EveryPoolSetting's update part. */
export const POOL_LIST_IS_COMPLETE: [Exclude<keyof Omit<UpdateUserPoolRequest, 'UserPoolId' | DeprecatedMessages>, (typeof UPDATABLE_POOL_MEMBERS)[number]>] extends [never] ? true : never = true;

/** A pool in `region` (account 210987654321) configured away from every default, deletion protection on. */
export function poolAwayFromDefaults(region: string, name = 'ledger-prod'): EveryPoolSetting {
  const arn = (service: string, resource: string) => `arn:aws:${service}:${region}:210987654321:${resource}`;
  return {
    PoolName: name,
    Policies: {
      PasswordPolicy: { MinimumLength: 11, RequireUppercase: true, RequireLowercase: false, RequireNumbers: true, RequireSymbols: false, PasswordHistorySize: 4, TemporaryPasswordValidityDays: 5 },
      SignInPolicy: { AllowedFirstAuthFactors: ['PASSWORD', 'EMAIL_OTP'] },
    },
    DeletionProtection: 'ACTIVE',
    LambdaConfig: {
      PreSignUp: arn('lambda', 'function:ledger-pre-sign-up'),
      PostConfirmation: arn('lambda', 'function:ledger-post-confirmation'),
      PreTokenGenerationConfig: { LambdaVersion: 'V2_0', LambdaArn: arn('lambda', 'function:ledger-claims') },
      CustomEmailSender: { LambdaVersion: 'V1_0', LambdaArn: arn('lambda', 'function:ledger-mailer') },
      KMSKeyID: arn('kms', 'key/5e6f7a8b'),
    },
    AutoVerifiedAttributes: ['email'],
    VerificationMessageTemplate: { DefaultEmailOption: 'CONFIRM_WITH_LINK', EmailMessageByLink: 'Confirm with {##this link##}', EmailSubjectByLink: 'Confirm your ledger account', SmsMessage: 'Ledger code {####}' },
    SmsAuthenticationMessage: 'Ledger sign-in {####}',
    UserAttributeUpdateSettings: { AttributesRequireVerificationBeforeUpdate: ['email'] },
    MfaConfiguration: 'OPTIONAL',
    DeviceConfiguration: { ChallengeRequiredOnNewDevice: true, DeviceOnlyRememberedOnUserPrompt: true },
    EmailConfiguration: { EmailSendingAccount: 'DEVELOPER', SourceArn: arn('ses', 'identity/ledger.example'), From: 'no-reply@ledger.example', ReplyToEmailAddress: 'help@ledger.example' },
    SmsConfiguration: { SnsCallerArn: `arn:aws:iam::210987654321:role/ledger-sms`, ExternalId: 'ledger-ext-7', SnsRegion: region },
    UserPoolTags: { team: 'payments', stage: 'prod' },
    AdminCreateUserConfig: { AllowAdminCreateUserOnly: true, InviteMessageTemplate: { EmailSubject: 'Welcome to the ledger', EmailMessage: 'Hi {username}, {####}', SMSMessage: 'Hi {username}, {####}' } },
    UserPoolAddOns: { AdvancedSecurityMode: 'AUDIT', AdvancedSecurityAdditionalFlows: { CustomAuthMode: 'AUDIT' } },
    DcrConfiguration: { EnableStatus: 'Enabled', OpenDcrEnabled: false, AuthenticatedGrantTypes: ['code'], AllowedScopes: ['openid', 'email'] },
    AccountRecoverySetting: { RecoveryMechanisms: [{ Name: 'verified_email', Priority: 1 }, { Name: 'verified_phone_number', Priority: 2 }] },
    UserPoolTier: 'PLUS',
    KeyConfiguration: { KeyType: 'CUSTOMER_MANAGED_KEY', KmsKeyArn: arn('kms', 'key/0a1b2c3d') },
    IssuerConfiguration: { Type: 'UPDATED' },
    AcrConfiguration: { 'urn:cognito:loa:2': { AcrValue: 'https://ledger.example/acr/silver' } },
  };
}

/** The members of UpdateUserPoolClient the client below sets: every one. */
export const UPDATABLE_APP_CLIENT_MEMBERS = [
  'ClientName',
  'RefreshTokenValidity',
  'AccessTokenValidity',
  'IdTokenValidity',
  'TokenValidityUnits',
  'ReadAttributes',
  'WriteAttributes',
  'ExplicitAuthFlows',
  'SupportedIdentityProviders',
  'CallbackURLs',
  'LogoutURLs',
  'DefaultRedirectURI',
  'AllowedOAuthFlows',
  'AllowedOAuthScopes',
  'AllowedOAuthFlowsUserPoolClient',
  'AnalyticsConfiguration',
  'PreventUserExistenceErrors',
  'EnableTokenRevocation',
  'EnablePropagateAdditionalUserContextData',
  'AuthSessionValidity',
  'RefreshTokenRotation',
] as const satisfies ReadonlyArray<keyof EveryAppClientSetting>;

/** Compiles only while the list above names every member UpdateUserPoolClient takes. */
export const APP_CLIENT_LIST_IS_COMPLETE: [Exclude<keyof Omit<UpdateUserPoolClientRequest, 'UserPoolId' | 'ClientId'>, (typeof UPDATABLE_APP_CLIENT_MEMBERS)[number]>] extends [never] ? true : never = true;

/**
 * A client configured away from every default, in a pool whose schema has email, name and family_name:
 * every unit different, refresh token rotation on (so ALLOW_REFRESH_TOKEN_AUTH is left out, as AWS
 * requires), OAuth on with two callback URLs, analytics, a secret.
 */
export function appClientAwayFromDefaults(name = 'configured'): EveryAppClientSetting {
  return {
    ClientName: name,
    GenerateSecret: true,
    ExplicitAuthFlows: ['ALLOW_USER_SRP_AUTH', 'ALLOW_CUSTOM_AUTH'],
    RefreshTokenRotation: { Feature: 'ENABLED', RetryGracePeriodSeconds: 25 },
    AccessTokenValidity: 45,
    IdTokenValidity: 3,
    RefreshTokenValidity: 900,
    TokenValidityUnits: { AccessToken: 'minutes', IdToken: 'hours', RefreshToken: 'minutes' },
    ReadAttributes: ['email', 'family_name', 'name'],
    WriteAttributes: ['family_name', 'name'],
    SupportedIdentityProviders: ['COGNITO'],
    CallbackURLs: ['https://shop.example.org/signed-in', 'https://shop.example.org/again'],
    LogoutURLs: ['https://shop.example.org/bye'],
    DefaultRedirectURI: 'https://shop.example.org/again',
    AllowedOAuthFlows: ['code'],
    AllowedOAuthScopes: ['openid', 'email'],
    AllowedOAuthFlowsUserPoolClient: true,
    AnalyticsConfiguration: { ApplicationId: 'a1b2c3d4e5f6', RoleArn: 'arn:aws:iam::210987654321:role/pinpoint', ExternalId: 'ext-7', UserDataShared: true },
    PreventUserExistenceErrors: 'ENABLED',
    EnableTokenRevocation: false,
    EnablePropagateAdditionalUserContextData: true,
    AuthSessionValidity: 11,
  };
}
