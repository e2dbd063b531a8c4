// MFA against the Cognito double with a plain SDK client: the pool's MFA configuration (SetUserPoolMfaConfig,
// GetUserPoolMfaConfig, DescribeUserPool), a user's MFA settings (AdminSetUserMFAPreference,
// SetUserMFAPreference, AdminGetUser, GetUser), TOTP enrolment (AssociateSoftwareToken, VerifySoftwareToken,
// with an access token and in MFA_SETUP) and the MFA challenges after a password, an SRP proof or a new
// password, with codes read from the double's outbox and TOTP codes made by test/support/totp.ts.
import * as assert from 'node:assert/strict';
import {
  AdminGetUserCommand,
  AdminInitiateAuthCommand,
  AdminRespondToAuthChallengeCommand,
  AdminSetUserMFAPreferenceCommand,
  AssociateSoftwareTokenCommand,
  CreateUserPoolCommand,
  DescribeUserPoolCommand,
  GetUserCommand,
  GetUserPoolMfaConfigCommand,
  InitiateAuthCommand,
  RespondToAuthChallengeCommand,
  SetUserMFAPreferenceCommand,
  SetUserPoolMfaConfigCommand,
  UpdateUserPoolCommand,
  VerifySoftwareTokenCommand,
  type InitiateAuthCommandInput,
  type RespondToAuthChallengeCommandInput,
} from '@aws-sdk/client-cognito-identity-provider';
import { createSrpSession, signSrpSession, wrapAuthChallenge, wrapInitiateAuth } from 'cognito-srp-helper';
import { PASSWORD, rejectsWith, TEMPORARY_PASSWORD, useSignInDouble } from '../../support/signInDouble';
import { base32Encode, totpCode } from '../../support/totp';

const FLOWS = ['ALLOW_USER_SRP_AUTH', 'ALLOW_USER_PASSWORD_AUTH', 'ALLOW_ADMIN_USER_PASSWORD_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH'];
const SNS = { SnsCallerArn: 'arn:aws:iam::123456789012:role/cognito-sms', ExternalId: 'mfa-test' };
const SES = { EmailSendingAccount: 'DEVELOPER' as const, SourceArn: 'arn:aws:ses:us-east-1:123456789012:identity/noreply@example.org', From: 'noreply@example.org' };

describe('MFA in the Cognito double', () => {
  describe('the TOTP helper (test/support/totp.ts)', () => {
    it('reproduces RFC 6238 appendix B (SHA-1) in 6 digits', () => {
      const secret = base32Encode(Buffer.from('12345678901234567890'));
      assert.equal(secret, 'GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ');
      // The RFC's 8-digit values 94287082, 07081804, 89005924, cut to the last 6 digits.
      assert.equal(totpCode(secret, 59_000), '287082');
      assert.equal(totpCode(secret, 1_111_111_109_000), '081804');
      assert.equal(totpCode(secret, 1_234_567_890_000), '005924');
    });
  });

  let clock = Date.now();
  const context = useSignInDouble({
    now: () => clock,
    pools: [
      {
        name: 'mfa',
        extraAppClients: [{ name: 'app', explicitAuthFlows: FLOWS }],
        extraUsers: [
          { username: 'tina', password: PASSWORD, attributes: { email: 'tina@example.org', email_verified: 'true' } },
          { username: 'sam', password: PASSWORD, attributes: { phone_number: '+15555550123', phone_number_verified: 'true', email: 'sam@example.org' } },
          { username: 'nora', password: PASSWORD },
          { username: 'ella', password: PASSWORD, attributes: { email: 'ella@example.org' } },
          { username: 'both', password: PASSWORD, attributes: { phone_number: '+15555550199' } },
          { username: 'fresh', password: TEMPORARY_PASSWORD, status: 'FORCE_CHANGE_PASSWORD', attributes: { phone_number: '+15555550111' } },
          { username: 'srp', password: PASSWORD, attributes: { phone_number: '+15555550177' } },
        ],
      },
    ],
  });
  const clientId = () => context().appClient('app').clientId;
  const setMfa = (input: Omit<ConstructorParameters<typeof SetUserPoolMfaConfigCommand>[0], 'UserPoolId'>) =>
    context().client.send(new SetUserPoolMfaConfigCommand({ UserPoolId: context().poolId, ...input }));
  const passwordSignIn = (username: string, password = PASSWORD) =>
    context().client.send(new InitiateAuthCommand({ ClientId: clientId(), AuthFlow: 'USER_PASSWORD_AUTH', AuthParameters: { USERNAME: username, PASSWORD: password } }));
  const respond = (name: RespondToAuthChallengeCommandInput['ChallengeName'], session: string | undefined, responses: Record<string, string>) =>
    context().client.send(new RespondToAuthChallengeCommand({ ClientId: clientId(), ChallengeName: name, Session: session, ChallengeResponses: responses }));
  const adminMfa = (username: string, settings: Omit<ConstructorParameters<typeof AdminSetUserMFAPreferenceCommand>[0], 'UserPoolId' | 'Username'>) =>
    context().client.send(new AdminSetUserMFAPreferenceCommand({ UserPoolId: context().poolId, Username: username, ...settings }));
  const adminGet = (username: string) => context().client.send(new AdminGetUserCommand({ UserPoolId: context().poolId, Username: username }));

  /** With TOTP MFA optional in the pool, signs `username` (no factor on) in, associates and verifies an authenticator; returns its secret and the access token. */
  async function enrolTotp(username: string): Promise<{ secret: string; accessToken: string }> {
    await setMfa({ MfaConfiguration: 'OPTIONAL', SoftwareTokenMfaConfiguration: { Enabled: true } });
    const accessToken = (await passwordSignIn(username)).AuthenticationResult?.AccessToken ?? '';
    const { SecretCode: secret = '' } = await context().client.send(new AssociateSoftwareTokenCommand({ AccessToken: accessToken }));
    const verified = await context().client.send(new VerifySoftwareTokenCommand({ AccessToken: accessToken, UserCode: totpCode(secret, clock), FriendlyDeviceName: 'phone' }));
    assert.equal(verified.Status, 'SUCCESS');
    return { secret, accessToken };
  }

  describe('the pool: SetUserPoolMfaConfig and GetUserPoolMfaConfig', () => {
    it('starts OFF with no factor, and reports what it was set to, DescribeUserPool too', async () => {
      const { client, poolId } = context();
      const before = await client.send(new GetUserPoolMfaConfigCommand({ UserPoolId: poolId }));
      assert.equal(before.MfaConfiguration, 'OFF');
      assert.deepEqual(before.SoftwareTokenMfaConfiguration, { Enabled: false });
      assert.equal(before.SmsMfaConfiguration, undefined);

      const set = await setMfa({ MfaConfiguration: 'OPTIONAL', SoftwareTokenMfaConfiguration: { Enabled: true }, SmsMfaConfiguration: { SmsAuthenticationMessage: 'Code: {####}', SmsConfiguration: SNS } });
      assert.equal(set.MfaConfiguration, 'OPTIONAL');
      const after = await client.send(new GetUserPoolMfaConfigCommand({ UserPoolId: poolId }));
      assert.equal(after.MfaConfiguration, 'OPTIONAL');
      assert.deepEqual(after.SoftwareTokenMfaConfiguration, { Enabled: true });
      assert.deepEqual(after.SmsMfaConfiguration, { SmsAuthenticationMessage: 'Code: {####}', SmsConfiguration: SNS });
      assert.equal(after.EmailMfaConfiguration, undefined);
      const described = (await client.send(new DescribeUserPoolCommand({ UserPoolId: poolId }))).UserPool;
      assert.equal(described?.MfaConfiguration, 'OPTIONAL');
      assert.deepEqual(described?.SmsConfiguration, SNS);
    });

    it('refuses ON without a factor, OFF with one, SMS MFA without an SMS configuration, and a message without {####}', async () => {
      await rejectsWith(setMfa({ MfaConfiguration: 'ON' }), 'InvalidParameterException', /can't turn on MFA without any MFA factor/);
      await rejectsWith(setMfa({ MfaConfiguration: 'OFF', SoftwareTokenMfaConfiguration: { Enabled: true } }), 'InvalidParameterException', "Invalid MFA configuration given, can't turn off MFA and configure an MFA together.");
      const { client } = context();
      const bare = await client.send(new CreateUserPoolCommand({ PoolName: 'no-sms' }));
      await rejectsWith(
        client.send(new SetUserPoolMfaConfigCommand({ UserPoolId: bare.UserPool?.Id, MfaConfiguration: 'OPTIONAL', SmsMfaConfiguration: {} })),
        'InvalidParameterException',
        /SMS MFA needs an SmsConfiguration/,
      );
      await rejectsWith(setMfa({ MfaConfiguration: 'OPTIONAL', SmsMfaConfiguration: { SmsAuthenticationMessage: 'no code here', SmsConfiguration: SNS } }), 'InvalidParameterException', /smsAuthenticationMessage/);
    });

    it('refuses e-mail MFA without SES (DEVELOPER) and on the Lite plan, and takes it with both', async () => {
      const { client } = context();
      const plain = await client.send(new CreateUserPoolCommand({ PoolName: 'cognito-mail' }));
      const emailMfa = { MfaConfiguration: 'OPTIONAL' as const, EmailMfaConfiguration: { Message: 'Your code is {####}', Subject: 'Sign-in code' } };
      await rejectsWith(client.send(new SetUserPoolMfaConfigCommand({ UserPoolId: plain.UserPool?.Id, ...emailMfa })), 'InvalidParameterException', /EmailSendingAccount to DEVELOPER/);
      const lite = await client.send(new CreateUserPoolCommand({ PoolName: 'lite', UserPoolTier: 'LITE', EmailConfiguration: SES }));
      await rejectsWith(client.send(new SetUserPoolMfaConfigCommand({ UserPoolId: lite.UserPool?.Id, ...emailMfa })), 'FeatureUnavailableInTierException');
      const ses = await client.send(new CreateUserPoolCommand({ PoolName: 'ses', EmailConfiguration: SES }));
      await client.send(new SetUserPoolMfaConfigCommand({ UserPoolId: ses.UserPool?.Id, ...emailMfa }));
      const read = await client.send(new GetUserPoolMfaConfigCommand({ UserPoolId: ses.UserPool?.Id }));
      assert.deepEqual(read.EmailMfaConfiguration, { Message: 'Your code is {####}', Subject: 'Sign-in code' });
    });
  });

  describe("a user's MFA settings", () => {
    it('reports none as absent; turns SMS on and preferred; refuses what the user has no means for', async () => {
      const none = await adminGet('nora');
      assert.equal(none.UserMFASettingList, undefined);
      assert.equal(none.PreferredMfaSetting, undefined);

      await rejectsWith(adminMfa('nora', { SoftwareTokenMfaSettings: { Enabled: true } }), 'InvalidParameterException', 'User does not have delivery config set to turn on SOFTWARE_TOKEN_MFA');
      await rejectsWith(adminMfa('nora', { SMSMfaSettings: { Enabled: true } }), 'InvalidParameterException', 'User does not have delivery config set to turn on SMS_MFA');
      await rejectsWith(adminMfa('nora', { EmailMfaSettings: { Enabled: true } }), 'InvalidParameterException', 'User does not have delivery config set to turn on EMAIL_OTP');
      await rejectsWith(adminMfa('sam', { SMSMfaSettings: { Enabled: true, PreferredMfa: true }, EmailMfaSettings: { Enabled: true, PreferredMfa: true } }), 'InvalidParameterException');

      await adminMfa('sam', { SMSMfaSettings: { Enabled: true, PreferredMfa: true }, EmailMfaSettings: { Enabled: true } });
      const sam = await adminGet('sam');
      assert.deepEqual(sam.UserMFASettingList, ['SMS_MFA', 'EMAIL_OTP']);
      assert.equal(sam.PreferredMfaSetting, 'SMS_MFA');
      // Turning the preferred one off leaves no preference.
      await adminMfa('sam', { SMSMfaSettings: { Enabled: false } });
      const after = await adminGet('sam');
      assert.deepEqual(after.UserMFASettingList, ['EMAIL_OTP']);
      assert.equal(after.PreferredMfaSetting, undefined);
      await adminMfa('sam', { EmailMfaSettings: { Enabled: false } });
    });
  });

  describe('TOTP enrolment with an access token', () => {
    it('answers a 32-character base32 SecretCode, refuses a wrong code, verifies the right one, then SetUserMFAPreference turns it on', async () => {
      const { client } = context();
      await setMfa({ MfaConfiguration: 'OFF' });
      const offToken = (await passwordSignIn('tina')).AuthenticationResult?.AccessToken ?? '';
      await rejectsWith(client.send(new AssociateSoftwareTokenCommand({ AccessToken: offToken })), 'SoftwareTokenMFANotFoundException', 'Software Token MFA has not been enabled by the userPool.');
      await setMfa({ MfaConfiguration: 'OPTIONAL', SoftwareTokenMfaConfiguration: { Enabled: true } });
      const accessToken = (await passwordSignIn('tina')).AuthenticationResult?.AccessToken ?? '';
      await rejectsWith(client.send(new VerifySoftwareTokenCommand({ AccessToken: accessToken, UserCode: '123456' })), 'InvalidParameterException', /AssociateSoftwareToken first/);
      const { SecretCode: secret = '', Session } = await client.send(new AssociateSoftwareTokenCommand({ AccessToken: accessToken }));
      assert.match(secret, /^[A-Z2-7]{32}$/);
      assert.equal(Session, undefined);
      const wrong = totpCode(secret, clock) === '000000' ? '111111' : '000000';
      await rejectsWith(client.send(new VerifySoftwareTokenCommand({ AccessToken: accessToken, UserCode: wrong })), 'EnableSoftwareTokenMFAException', 'Code mismatch and fail enable Software Token MFA');
      await rejectsWith(client.send(new VerifySoftwareTokenCommand({ AccessToken: accessToken, UserCode: '12345' })), 'InvalidParameterException', /userCode/);
      // The code of the step before is still accepted (clock drift), one two steps away is not.
      await rejectsWith(client.send(new VerifySoftwareTokenCommand({ AccessToken: accessToken, UserCode: totpCode(secret, clock - 90_000) })), 'EnableSoftwareTokenMFAException');
      const verified = await client.send(new VerifySoftwareTokenCommand({ AccessToken: accessToken, UserCode: totpCode(secret, clock - 30_000) }));
      assert.equal(verified.Status, 'SUCCESS');
      // Verified, not yet turned on.
      assert.equal((await client.send(new GetUserCommand({ AccessToken: accessToken }))).UserMFASettingList, undefined);
      await client.send(new SetUserMFAPreferenceCommand({ AccessToken: accessToken, SoftwareTokenMfaSettings: { Enabled: true, PreferredMfa: true } }));
      const user = await client.send(new GetUserCommand({ AccessToken: accessToken }));
      assert.deepEqual(user.UserMFASettingList, ['SOFTWARE_TOKEN_MFA']);
      assert.equal(user.PreferredMfaSetting, 'SOFTWARE_TOKEN_MFA');
      await rejectsWith(client.send(new AssociateSoftwareTokenCommand({})), 'InvalidParameterException', /either an access token or a session/);
    });
  });

  describe('MFA when signing in', () => {
    it('OFF or OPTIONAL without a factor: tokens; OPTIONAL with TOTP: SOFTWARE_TOKEN_MFA, a wrong code refused, the right one gives tokens', async () => {
      const { secret } = await enrolTotp('ella');
      await adminMfa('ella', { SoftwareTokenMfaSettings: { Enabled: true, PreferredMfa: true } });
      await setMfa({ MfaConfiguration: 'OFF' });
      assert.ok((await passwordSignIn('ella')).AuthenticationResult?.AccessToken, 'MFA OFF: tokens');
      await setMfa({ MfaConfiguration: 'OPTIONAL', SoftwareTokenMfaConfiguration: { Enabled: true } });
      assert.ok((await passwordSignIn('nora')).AuthenticationResult?.AccessToken, 'OPTIONAL, no factor: tokens');

      const challenge = await passwordSignIn('ella');
      assert.equal(challenge.ChallengeName, 'SOFTWARE_TOKEN_MFA');
      assert.equal(challenge.AuthenticationResult, undefined);
      const wrong = totpCode(secret, clock) === '000000' ? '111111' : '000000';
      await rejectsWith(respond('SOFTWARE_TOKEN_MFA', challenge.Session, { USERNAME: 'ella', SOFTWARE_TOKEN_MFA_CODE: wrong }), 'CodeMismatchException', 'Invalid code received for user');
      const answer = await respond('SOFTWARE_TOKEN_MFA', challenge.Session, { USERNAME: 'ella', SOFTWARE_TOKEN_MFA_CODE: totpCode(secret, clock) });
      assert.ok(answer.AuthenticationResult?.IdToken);
      await rejectsWith(respond('SOFTWARE_TOKEN_MFA', challenge.Session, { USERNAME: 'ella', SOFTWARE_TOKEN_MFA_CODE: totpCode(secret, clock) }), 'NotAuthorizedException', 'Invalid session for the user.');

      // ADMIN_USER_PASSWORD_AUTH and AdminRespondToAuthChallenge the same way.
      const { client, poolId } = context();
      const admin = await client.send(new AdminInitiateAuthCommand({ UserPoolId: poolId, ClientId: clientId(), AuthFlow: 'ADMIN_USER_PASSWORD_AUTH', AuthParameters: { USERNAME: 'ella', PASSWORD } }));
      assert.equal(admin.ChallengeName, 'SOFTWARE_TOKEN_MFA');
      const adminAnswer = await client.send(
        new AdminRespondToAuthChallengeCommand({ UserPoolId: poolId, ClientId: clientId(), ChallengeName: 'SOFTWARE_TOKEN_MFA', Session: admin.Session, ChallengeResponses: { USERNAME: 'ella', SOFTWARE_TOKEN_MFA_CODE: totpCode(secret, clock) } }),
      );
      assert.ok(adminAnswer.AuthenticationResult?.AccessToken);

      // TOTP turned off for the pool later: the verified authenticator is still asked for.
      await setMfa({ MfaConfiguration: 'OPTIONAL', SmsMfaConfiguration: { SmsConfiguration: SNS } });
      assert.equal((await passwordSignIn('ella')).ChallengeName, 'SOFTWARE_TOKEN_MFA');
    });

    it('SMS_MFA: the code goes to the outbox, the destination masked; it is good once and not after the session expires', async () => {
      const { double, poolId } = context();
      await setMfa({ MfaConfiguration: 'OPTIONAL', SmsMfaConfiguration: { SmsConfiguration: SNS } });
      await adminMfa('both', { SMSMfaSettings: { Enabled: true } });
      const challenge = await passwordSignIn('both');
      assert.equal(challenge.ChallengeName, 'SMS_MFA');
      assert.equal(challenge.ChallengeParameters?.CODE_DELIVERY_DELIVERY_MEDIUM, 'SMS');
      assert.equal(challenge.ChallengeParameters?.CODE_DELIVERY_DESTINATION, '+*******0199');
      const sent = double.lastCode(poolId, 'both');
      assert.deepEqual([sent?.medium, sent?.destination, sent?.purpose], ['SMS', '+15555550199', 'SMS_MFA']);
      assert.match(sent?.code ?? '', /^\d{6}$/);
      const answer = await respond('SMS_MFA', challenge.Session, { USERNAME: 'both', SMS_MFA_CODE: sent?.code ?? '' });
      assert.ok(answer.AuthenticationResult?.AccessToken);
      await rejectsWith(respond('SMS_MFA', challenge.Session, { USERNAME: 'both', SMS_MFA_CODE: sent?.code ?? '' }), 'NotAuthorizedException');

      const late = await passwordSignIn('both');
      clock += 3 * 60_000 + 1000;
      await rejectsWith(respond('SMS_MFA', late.Session, { USERNAME: 'both', SMS_MFA_CODE: double.lastCode(poolId, 'both')?.code ?? '' }), 'NotAuthorizedException', 'Invalid session for the user, session is expired.');
      assert.equal(double.sentCodes(poolId, 'both').length, 2);
    });

    it('EMAIL_OTP as MFA on a pool that sends with SES', async () => {
      const { client, double, poolId } = context();
      await client.send(new UpdateUserPoolCommand({ UserPoolId: poolId, EmailConfiguration: SES }));
      await setMfa({ MfaConfiguration: 'OPTIONAL', EmailMfaConfiguration: { Message: 'Code {####}', Subject: 'Code' } });
      await adminMfa('tina', { EmailMfaSettings: { Enabled: true, PreferredMfa: true } });
      const challenge = await passwordSignIn('tina');
      assert.equal(challenge.ChallengeName, 'EMAIL_OTP');
      assert.deepEqual(challenge.ChallengeParameters?.CODE_DELIVERY_DELIVERY_MEDIUM, 'EMAIL');
      assert.equal(challenge.ChallengeParameters?.CODE_DELIVERY_DESTINATION, 't***@e***');
      const sent = double.lastCode(poolId, 'tina');
      assert.equal(sent?.purpose, 'EMAIL_MFA');
      await rejectsWith(respond('EMAIL_OTP', challenge.Session, { USERNAME: 'tina', EMAIL_OTP_CODE: sent?.code === '000000' ? '111111' : '000000' }), 'CodeMismatchException');
      assert.ok((await respond('EMAIL_OTP', challenge.Session, { USERNAME: 'tina', EMAIL_OTP_CODE: sent?.code ?? '' })).AuthenticationResult?.AccessToken);
      await adminMfa('tina', { EmailMfaSettings: { Enabled: false } });
    });

    it('SELECT_MFA_TYPE when several factors are on and none preferred; ANSWER picks one', async () => {
      const { secret } = await enrolTotp('both');
      await adminMfa('both', { SMSMfaSettings: { Enabled: true, PreferredMfa: false }, SoftwareTokenMfaSettings: { Enabled: true } });
      await setMfa({ MfaConfiguration: 'OPTIONAL', SoftwareTokenMfaConfiguration: { Enabled: true }, SmsMfaConfiguration: { SmsConfiguration: SNS } });
      const select = await passwordSignIn('both');
      assert.equal(select.ChallengeName, 'SELECT_MFA_TYPE');
      assert.deepEqual(JSON.parse(select.ChallengeParameters?.MFAS_CAN_CHOOSE ?? '[]'), ['SMS_MFA', 'SOFTWARE_TOKEN_MFA']);
      await rejectsWith(respond('SELECT_MFA_TYPE', select.Session, { USERNAME: 'both', ANSWER: 'EMAIL_OTP' }), 'InvalidParameterException');
      const totp = await respond('SELECT_MFA_TYPE', select.Session, { USERNAME: 'both', ANSWER: 'SOFTWARE_TOKEN_MFA' });
      assert.equal(totp.ChallengeName, 'SOFTWARE_TOKEN_MFA');
      assert.ok((await respond('SOFTWARE_TOKEN_MFA', totp.Session, { USERNAME: 'both', SOFTWARE_TOKEN_MFA_CODE: totpCode(secret, clock) })).AuthenticationResult);
    });

    it('MFA ON and no factor: MFA_SETUP, set up with AssociateSoftwareToken and VerifySoftwareToken on the Session', async () => {
      const { client } = context();
      await setMfa({ MfaConfiguration: 'ON', SoftwareTokenMfaConfiguration: { Enabled: true } });
      const setup = await passwordSignIn('nora');
      assert.equal(setup.ChallengeName, 'MFA_SETUP');
      assert.deepEqual(JSON.parse(setup.ChallengeParameters?.MFAS_CAN_SETUP ?? '[]'), ['SOFTWARE_TOKEN_MFA']);
      const associated = await client.send(new AssociateSoftwareTokenCommand({ Session: setup.Session }));
      assert.match(associated.SecretCode ?? '', /^[A-Z2-7]{32}$/);
      assert.ok(associated.Session && associated.Session !== setup.Session);
      await rejectsWith(respond('MFA_SETUP', associated.Session, { USERNAME: 'nora' }), 'InvalidParameterException', /VerifySoftwareToken/);
      const verified = await client.send(new VerifySoftwareTokenCommand({ Session: associated.Session, UserCode: totpCode(associated.SecretCode ?? '', clock) }));
      assert.equal(verified.Status, 'SUCCESS');
      assert.ok(verified.Session);
      const done = await respond('MFA_SETUP', verified.Session, { USERNAME: 'nora' });
      assert.ok(done.AuthenticationResult?.AccessToken);
      const nora = await adminGet('nora');
      assert.deepEqual(nora.UserMFASettingList, ['SOFTWARE_TOKEN_MFA']);
      assert.equal(nora.PreferredMfaSetting, 'SOFTWARE_TOKEN_MFA');
      // From now on, the authenticator is asked for.
      assert.equal((await passwordSignIn('nora')).ChallengeName, 'SOFTWARE_TOKEN_MFA');
      // MFA is required: the user's factor cannot be turned off, only chosen as preferred.
      await rejectsWith(adminMfa('nora', { SoftwareTokenMfaSettings: { Enabled: false } }), 'InvalidParameterException', /MFA is required in this user pool/);
      await adminMfa('nora', { SoftwareTokenMfaSettings: { Enabled: true, PreferredMfa: true } });
    });

    it('after a new password and after SRP, MFA still comes before the tokens', async () => {
      const { client, poolId, double } = context();
      await setMfa({ MfaConfiguration: 'OPTIONAL', SmsMfaConfiguration: { SmsConfiguration: SNS } });
      await adminMfa('fresh', { SMSMfaSettings: { Enabled: true } });
      const newPassword = await passwordSignIn('fresh', TEMPORARY_PASSWORD);
      assert.equal(newPassword.ChallengeName, 'NEW_PASSWORD_REQUIRED');
      const sms = await respond('NEW_PASSWORD_REQUIRED', newPassword.Session, { USERNAME: 'fresh', NEW_PASSWORD: 'Brand-New-Pass9' });
      assert.equal(sms.ChallengeName, 'SMS_MFA');
      assert.ok((await respond('SMS_MFA', sms.Session, { USERNAME: 'fresh', SMS_MFA_CODE: double.lastCode(poolId, 'fresh')?.code ?? '' })).AuthenticationResult);

      await adminMfa('srp', { SMSMfaSettings: { Enabled: true } });
      const srp = createSrpSession('srp', PASSWORD, poolId, false);
      const verifier = await client.send(new InitiateAuthCommand(wrapInitiateAuth<InitiateAuthCommandInput>(srp, { ClientId: clientId(), AuthFlow: 'USER_SRP_AUTH', AuthParameters: { USERNAME: 'srp' } })));
      const proved = await client.send(
        new RespondToAuthChallengeCommand(
          wrapAuthChallenge<RespondToAuthChallengeCommandInput>(signSrpSession(srp, verifier), { ClientId: clientId(), ChallengeName: 'PASSWORD_VERIFIER', Session: verifier.Session, ChallengeResponses: { USERNAME: 'srp' } }),
        ),
      );
      assert.equal(proved.ChallengeName, 'SMS_MFA');
      assert.ok((await respond('SMS_MFA', proved.Session, { USERNAME: 'srp', SMS_MFA_CODE: double.lastCode(poolId, 'srp')?.code ?? '' })).AuthenticationResult);
    });
  });
});

describe('MFA and choice-based sign-in seeded in the Cognito double', () => {
  const SECRET = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';
  const context = useSignInDouble({
    pools: [
      {
        name: 'seeded-mfa',
        mfa: { configuration: 'ON', softwareToken: true },
        allowedFirstAuthFactors: ['PASSWORD', 'EMAIL_OTP'],
        extraAppClients: [{ name: 'app', explicitAuthFlows: ['ALLOW_USER_PASSWORD_AUTH', 'ALLOW_USER_AUTH'] }],
        extraUsers: [
          {
            username: 'kim',
            password: PASSWORD,
            attributes: { email: 'kim@example.org', email_verified: 'true' },
            mfa: { enabled: ['SOFTWARE_TOKEN_MFA'], preferred: 'SOFTWARE_TOKEN_MFA', totpSecret: SECRET },
          },
        ],
      },
    ],
  });

  it('reports the seeded settings and asks for the seeded authenticator', async () => {
    const { client, poolId, appClient } = context();
    const config = await client.send(new GetUserPoolMfaConfigCommand({ UserPoolId: poolId }));
    assert.deepEqual([config.MfaConfiguration, config.SoftwareTokenMfaConfiguration?.Enabled], ['ON', true]);
    const kim = await client.send(new AdminGetUserCommand({ UserPoolId: poolId, Username: 'kim' }));
    assert.deepEqual([kim.UserMFASettingList, kim.PreferredMfaSetting], [['SOFTWARE_TOKEN_MFA'], 'SOFTWARE_TOKEN_MFA']);
    const clientId = appClient('app').clientId;
    const challenge = await client.send(new InitiateAuthCommand({ ClientId: clientId, AuthFlow: 'USER_PASSWORD_AUTH', AuthParameters: { USERNAME: 'kim', PASSWORD } }));
    assert.equal(challenge.ChallengeName, 'SOFTWARE_TOKEN_MFA');
    const answer = await client.send(
      new RespondToAuthChallengeCommand({ ClientId: clientId, ChallengeName: 'SOFTWARE_TOKEN_MFA', Session: challenge.Session, ChallengeResponses: { USERNAME: 'kim', SOFTWARE_TOKEN_MFA_CODE: totpCode(SECRET) } }),
    );
    assert.ok(answer.AuthenticationResult?.AccessToken);
    const choice = await client.send(new InitiateAuthCommand({ ClientId: clientId, AuthFlow: 'USER_AUTH', AuthParameters: { USERNAME: 'kim' } }));
    assert.deepEqual(choice.AvailableChallenges, ['PASSWORD', 'PASSWORD_SRP', 'EMAIL_OTP']);
  });
});
