import * as assert from 'node:assert/strict';
import { toPoolDetails } from '../../src/aws/cognito/mapPool';
import { PoolCalls } from '../../src/aws/cognito/poolCalls';
import { poolChangeRequest } from '../../src/aws/cognito/poolChangeRequest';
import { UserCalls } from '../../src/aws/cognito/userCalls';
import { RecordingSdk } from '../support/recordingSdk';

// The sign-in settings at the SDK: the feature plan and the first factors as UpdateUserPool members, the
// pool's MFA read from GetUserPoolMfaConfig and sent back whole to SetUserPoolMfaConfig, and a user's MFA
// preference as AdminSetUserMFAPreference. Data away from the defaults: a Plus pool, SMS and e-mail
// messages of its own, a passkey relying party, a sign-in policy beside a password policy.

const SMS_ROLE = { SnsCallerArn: 'arn:aws:iam::210987654321:role/ledger-sms', ExternalId: 'ledger-ext', SnsRegion: 'eu-west-1' };
const POOL = {
  Id: 'eu-south-2_Ledger1',
  Name: 'ledger',
  UserPoolTier: 'PLUS' as const,
  Policies: { PasswordPolicy: { MinimumLength: 13, PasswordHistorySize: 3 }, SignInPolicy: { AllowedFirstAuthFactors: ['PASSWORD' as const, 'WEB_AUTHN' as const] } },
  SmsConfiguration: SMS_ROLE,
  SmsAuthenticationMessage: 'Ledger code: {####}',
  UserPoolAddOns: { AdvancedSecurityMode: 'AUDIT' as const },
};

describe('sign-in settings at the SDK', () => {
  it('reads the plan, the first factors and threat protection from DescribeUserPool; no sign-in policy is password only', () => {
    const s = toPoolDetails(POOL, 'p').settings;
    assert.deepEqual([s?.plan, s?.firstFactors, s?.threatProtection], ['PLUS', ['PASSWORD', 'WEB_AUTHN'], 'AUDIT']);
    const bare = toPoolDetails({ Id: 'p' }, 'p').settings;
    assert.deepEqual([bare?.plan, bare?.firstFactors, bare?.threatProtection], ['ESSENTIALS', ['PASSWORD'], undefined]);
  });

  it('maps the plan onto UserPoolTier and the first factors onto SignInPolicy, the password policy beside it kept', () => {
    const plan = poolChangeRequest(POOL, { plan: 'ESSENTIALS' });
    assert.equal(plan.UserPoolTier, 'ESSENTIALS');
    assert.deepEqual(plan.Policies, POOL.Policies);
    const factors = poolChangeRequest(POOL, { firstFactors: ['PASSWORD', 'EMAIL_OTP', 'SMS_OTP'] });
    assert.deepEqual(factors.Policies, { PasswordPolicy: POOL.Policies.PasswordPolicy, SignInPolicy: { AllowedFirstAuthFactors: ['PASSWORD', 'EMAIL_OTP', 'SMS_OTP'] } });
    assert.equal(factors.UserPoolTier, 'PLUS', 'the plan is sent as it is');
    const policy = poolChangeRequest(POOL, { passwordPolicy: { minimumLength: 9, requireUppercase: true, requireLowercase: true, requireNumbers: false, requireSymbols: false, temporaryPasswordDays: 2 } });
    assert.deepEqual(policy.Policies?.SignInPolicy, POOL.Policies.SignInPolicy, 'a password policy change keeps the sign-in policy');
  });

  it('reads the MFA factors: an app when enabled, SMS and e-mail when configured', async () => {
    const sdk = new RecordingSdk();
    sdk.answers.set('GetUserPoolMfaConfigCommand', { MfaConfiguration: 'OPTIONAL', SoftwareTokenMfaConfiguration: { Enabled: false }, SmsMfaConfiguration: { SmsConfiguration: SMS_ROLE }, EmailMfaConfiguration: { Subject: 'Your code' } });
    assert.deepEqual(await new PoolCalls(sdk.client, sdk.context()).getMfaConfig('p'), { mode: 'OPTIONAL', factors: ['sms', 'email'] });
    sdk.answers.set('GetUserPoolMfaConfigCommand', {});
    assert.deepEqual(await new PoolCalls(sdk.client, sdk.context()).getMfaConfig('p'), { mode: 'OFF', factors: [] });
    assert.deepEqual(sdk.sent.map((c) => c.input), [{ UserPoolId: 'p' }, { UserPoolId: 'p' }]);
  });

  it('sends the whole MFA configuration: the messages of factors kept on as they are, the passkey settings back, a new SMS factor with the pool’s role and message', async () => {
    const sdk = new RecordingSdk();
    const email = { Subject: 'Ledger sign-in', Message: 'Your ledger code is {####}' };
    const webAuthn = { RelyingPartyId: 'login.ledger.example', UserVerification: 'required' };
    sdk.answers.set('GetUserPoolMfaConfigCommand', { MfaConfiguration: 'OPTIONAL', SoftwareTokenMfaConfiguration: { Enabled: true }, EmailMfaConfiguration: email, WebAuthnConfiguration: webAuthn });
    sdk.answers.set('DescribeUserPoolCommand', { UserPool: POOL });
    const calls = new PoolCalls(sdk.client, sdk.context());
    await calls.setMfaConfig('p', { mode: 'ON', factors: ['sms', 'email'] });
    const sent = sdk.sent.find((c) => c.name === 'SetUserPoolMfaConfigCommand');
    assert.deepEqual(sent?.input, {
      UserPoolId: 'p',
      MfaConfiguration: 'ON',
      SoftwareTokenMfaConfiguration: { Enabled: false },
      SmsMfaConfiguration: { SmsAuthenticationMessage: 'Ledger code: {####}', SmsConfiguration: SMS_ROLE },
      EmailMfaConfiguration: email,
      WebAuthnConfiguration: webAuthn,
    });
  });

  it('sends no factor with MFA off (AWS refuses both at once), whatever factors were asked', async () => {
    const sdk = new RecordingSdk();
    sdk.answers.set('GetUserPoolMfaConfigCommand', { MfaConfiguration: 'ON', SoftwareTokenMfaConfiguration: { Enabled: true }, SmsMfaConfiguration: { SmsConfiguration: SMS_ROLE } });
    await new PoolCalls(sdk.client, sdk.context()).setMfaConfig('p', { mode: 'OFF', factors: ['totp', 'sms'] });
    assert.deepEqual(sdk.sent.find((c) => c.name === 'SetUserPoolMfaConfigCommand')?.input, { UserPoolId: 'p', MfaConfiguration: 'OFF', SoftwareTokenMfaConfiguration: { Enabled: false } });
  });

  it('sets a user’s MFA preference for the factors touched only, the preferred one among them', async () => {
    const sdk = new RecordingSdk();
    await new UserCalls(sdk.client, sdk.context()).setMfaPreference('p', 'zoë', { enabled: ['totp', 'email'], preferred: 'email' }, ['totp', 'email']);
    await new UserCalls(sdk.client, sdk.context()).setMfaPreference('p', 'zoë', { enabled: [] }, ['sms']);
    assert.deepEqual(sdk.sent, [
      {
        name: 'AdminSetUserMFAPreferenceCommand',
        input: { UserPoolId: 'p', Username: 'zoë', SoftwareTokenMfaSettings: { Enabled: true, PreferredMfa: false }, SMSMfaSettings: undefined, EmailMfaSettings: { Enabled: true, PreferredMfa: true } },
      },
      { name: 'AdminSetUserMFAPreferenceCommand', input: { UserPoolId: 'p', Username: 'zoë', SoftwareTokenMfaSettings: undefined, SMSMfaSettings: { Enabled: false, PreferredMfa: false }, EmailMfaSettings: undefined } },
    ]);
    assert.deepEqual(sdk.logged.map((e) => e.operation), ['AdminSetUserMFAPreference', 'AdminSetUserMFAPreference']);
  });
});
