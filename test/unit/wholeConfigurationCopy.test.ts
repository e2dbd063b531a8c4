import * as assert from 'node:assert/strict';
import type { UpdateUserPoolClientRequest, UpdateUserPoolRequest, UserPoolClientType, UserPoolType } from '@aws-sdk/client-cognito-identity-provider';
import { ClientCalls } from '../../src/cognito/clientCalls';
import { PoolCalls } from '../../src/cognito/poolCalls';
import { RecordingSdk } from './support/recordingSdk';

// UpdateUserPool and UpdateUserPoolClient reset every member a request leaves out (API reference of each:
// "If you don't provide a value for an attribute, Amazon Cognito sets it to its default value"). So the one
// change the extension makes (deletion protection, the sign-in flows) must carry every other member exactly
// as Describe reported it. The resource here has every updatable member set, none to its default, and the
// request is compared member by member. The member lists are typed against the SDK's request, so a member
// the SDK adds fails the typecheck here until it is listed.

/** Every UpdateUserPool member but the id: true when it must be sent back as Describe reported it. */
const POOL_MEMBERS: Record<keyof Omit<UpdateUserPoolRequest, 'UserPoolId'>, boolean> = {
  PoolName: true,
  Policies: true,
  LambdaConfig: true,
  AutoVerifiedAttributes: true,
  VerificationMessageTemplate: true,
  SmsAuthenticationMessage: true,
  UserAttributeUpdateSettings: true,
  MfaConfiguration: true,
  DeviceConfiguration: true,
  EmailConfiguration: true,
  SmsConfiguration: true,
  UserPoolTags: true,
  AdminCreateUserConfig: true,
  UserPoolAddOns: true,
  AccountRecoverySetting: true,
  KeyConfiguration: true,
  IssuerConfiguration: true,
  AcrConfiguration: true,
  // The one change.
  DeletionProtection: false,
  // Deprecated: VerificationMessageTemplate holds the same messages, and sending both is refused.
  SmsVerificationMessage: false,
  EmailVerificationMessage: false,
  EmailVerificationSubject: false,
  // Kept by UpdateUserPool when left out (API reference): never sent.
  UserPoolTier: false,
  DcrConfiguration: false,
};

const POOL: UserPoolType = {
  Id: 'eu-central-2_Whole42',
  Name: 'whole-configuration',
  DeletionProtection: 'ACTIVE',
  Policies: {
    PasswordPolicy: { MinimumLength: 13, RequireUppercase: false, RequireLowercase: true, RequireNumbers: false, RequireSymbols: true, PasswordHistorySize: 3, TemporaryPasswordValidityDays: 2 },
  },
  LambdaConfig: {
    PreSignUp: 'arn:aws:lambda:eu-central-2:123456789012:function:pre-sign-up',
    PostConfirmation: 'arn:aws:lambda:eu-central-2:123456789012:function:post-confirmation',
  },
  AutoVerifiedAttributes: ['phone_number'],
  VerificationMessageTemplate: { SmsMessage: 'Whole code {####}', EmailMessage: 'Your whole code is {####}', EmailSubject: 'Whole code', DefaultEmailOption: 'CONFIRM_WITH_CODE' },
  SmsAuthenticationMessage: 'Sign-in code {####}',
  UserAttributeUpdateSettings: { AttributesRequireVerificationBeforeUpdate: ['phone_number'] },
  MfaConfiguration: 'OPTIONAL',
  DeviceConfiguration: { ChallengeRequiredOnNewDevice: true, DeviceOnlyRememberedOnUserPrompt: true },
  EmailConfiguration: { EmailSendingAccount: 'DEVELOPER', SourceArn: 'arn:aws:ses:eu-central-2:123456789012:identity/ops@example.com', ReplyToEmailAddress: 'help@example.com' },
  SmsConfiguration: { SnsCallerArn: 'arn:aws:iam::123456789012:role/whole-sms', ExternalId: 'whole-ext-7', SnsRegion: 'eu-central-2' },
  UserPoolTags: { team: 'identity', 'cost-centre': '4711' },
  AdminCreateUserConfig: { AllowAdminCreateUserOnly: true, InviteMessageTemplate: { EmailMessage: 'Hello {username}, {####}', EmailSubject: 'Welcome, whole', SMSMessage: '{username}: {####}' } },
  UserPoolAddOns: { AdvancedSecurityMode: 'AUDIT' },
  AccountRecoverySetting: { RecoveryMechanisms: [{ Name: 'verified_phone_number', Priority: 1 }, { Name: 'verified_email', Priority: 2 }] },
  KeyConfiguration: { KeyType: 'CUSTOMER_MANAGED_KEY', KmsKeyArn: 'arn:aws:kms:eu-central-2:123456789012:key/whole' },
  IssuerConfiguration: { Type: 'UPDATED' },
  AcrConfiguration: { silver: { AcrValue: 'urn:whole:silver' } },
  UserPoolTier: 'PLUS',
};

/** Every UpdateUserPoolClient member but the ids and the flows (the one change). */
const CLIENT_MEMBERS: Record<keyof Omit<UpdateUserPoolClientRequest, 'UserPoolId' | 'ClientId' | 'ExplicitAuthFlows'>, true> = {
  ClientName: true,
  RefreshTokenValidity: true,
  AccessTokenValidity: true,
  IdTokenValidity: true,
  TokenValidityUnits: true,
  ReadAttributes: true,
  WriteAttributes: true,
  SupportedIdentityProviders: true,
  CallbackURLs: true,
  LogoutURLs: true,
  DefaultRedirectURI: true,
  AllowedOAuthFlows: true,
  AllowedOAuthScopes: true,
  AllowedOAuthFlowsUserPoolClient: true,
  AnalyticsConfiguration: true,
  PreventUserExistenceErrors: true,
  EnableTokenRevocation: true,
  EnablePropagateAdditionalUserContextData: true,
  AuthSessionValidity: true,
  RefreshTokenRotation: true,
};

const CLIENT: UserPoolClientType = {
  UserPoolId: 'eu-central-2_Whole42',
  ClientId: 'wholeclient7',
  ClientName: 'whole-web',
  ClientSecret: 'never-sent-back',
  // Each validity differs from the others and from its default, in units that differ from the defaults.
  RefreshTokenValidity: 45,
  AccessTokenValidity: 20,
  IdTokenValidity: 35,
  TokenValidityUnits: { AccessToken: 'minutes', IdToken: 'minutes', RefreshToken: 'hours' },
  ReadAttributes: ['email', 'email_verified', 'custom:team'],
  WriteAttributes: ['email', 'custom:team'],
  ExplicitAuthFlows: ['ALLOW_USER_SRP_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH'],
  SupportedIdentityProviders: ['COGNITO', 'Google'],
  CallbackURLs: ['https://app.example.com/callback', 'https://app.example.com/other'],
  LogoutURLs: ['https://app.example.com/bye'],
  DefaultRedirectURI: 'https://app.example.com/callback',
  AllowedOAuthFlows: ['code'],
  AllowedOAuthScopes: ['openid', 'email'],
  AllowedOAuthFlowsUserPoolClient: true,
  AnalyticsConfiguration: { ApplicationId: 'pinpoint-app-9', ExternalId: 'ext-9', RoleArn: 'arn:aws:iam::123456789012:role/analytics', UserDataShared: true },
  PreventUserExistenceErrors: 'LEGACY',
  EnableTokenRevocation: false,
  EnablePropagateAdditionalUserContextData: true,
  AuthSessionValidity: 9,
  RefreshTokenRotation: { Feature: 'DISABLED', RetryGracePeriodSeconds: 20 },
};

describe('whole-configuration updates carry every other member as Describe reported it', () => {
  it('turning deletion protection off sends every other UpdateUserPool member unchanged', async () => {
    const sdk = new RecordingSdk();
    sdk.answers.set('DescribeUserPoolCommand', { UserPool: structuredClone(POOL) });
    await new PoolCalls(sdk.client, sdk.context()).setDeletionProtection(POOL.Id!, false);

    const update = sdk.sent.find((c) => c.name === 'UpdateUserPoolCommand')?.input;
    assert.ok(update, 'an UpdateUserPool request was sent');
    assert.equal(update.UserPoolId, POOL.Id);
    assert.equal(update.DeletionProtection, 'INACTIVE');
    const described = { ...POOL, PoolName: POOL.Name } as Record<string, unknown>;
    for (const [member, sentBack] of Object.entries(POOL_MEMBERS)) {
      if (sentBack) assert.deepEqual(update[member], described[member], `${member} is sent as Describe reported it`);
      else if (member !== 'DeletionProtection') assert.equal(update[member], undefined, `${member} is not sent`);
    }
  });

  it('sends the temporary-password validity in force (PasswordPolicy’s) when Describe also reports the deprecated member', async () => {
    // Describe reports AdminCreateUserConfig.UnusedAccountValidityDays beside the PasswordPolicy member that
    // replaced it (API reference: "no longer used … use TemporaryPasswordValidityDays in PasswordPolicy").
    const sdk = new RecordingSdk();
    const pool: UserPoolType = { ...structuredClone(POOL), AdminCreateUserConfig: { ...POOL.AdminCreateUserConfig, UnusedAccountValidityDays: 6 } };
    sdk.answers.set('DescribeUserPoolCommand', { UserPool: pool });
    await new PoolCalls(sdk.client, sdk.context()).setDeletionProtection(POOL.Id!, false);
    const update = sdk.sent.find((c) => c.name === 'UpdateUserPoolCommand')?.input as unknown as UpdateUserPoolRequest;
    assert.equal(update.Policies?.PasswordPolicy?.TemporaryPasswordValidityDays, 2);
    assert.equal(update.AdminCreateUserConfig?.UnusedAccountValidityDays, undefined, 'never both (AWS refuses the pair)');
  });

  it('changing the sign-in flows sends every other UpdateUserPoolClient member unchanged', async () => {
    const sdk = new RecordingSdk();
    sdk.answers.set('DescribeUserPoolClientCommand', { UserPoolClient: structuredClone(CLIENT) });
    await new ClientCalls(sdk.client, sdk.context()).updateAppClientAuthFlows(CLIENT.UserPoolId!, CLIENT.ClientId!, ['ALLOW_USER_PASSWORD_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH']);

    const update = sdk.sent.find((c) => c.name === 'UpdateUserPoolClientCommand')?.input;
    assert.ok(update, 'an UpdateUserPoolClient request was sent');
    assert.deepEqual([update.UserPoolId, update.ClientId, update.ExplicitAuthFlows], [CLIENT.UserPoolId, CLIENT.ClientId, ['ALLOW_USER_PASSWORD_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH']]);
    for (const member of Object.keys(CLIENT_MEMBERS)) {
      assert.deepEqual(update[member], (CLIENT as Record<string, unknown>)[member], `${member} is sent as Describe reported it`);
    }
    assert.equal(update.ClientSecret, undefined, 'the secret is never sent back');
  });
});
