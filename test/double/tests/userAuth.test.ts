// Choice-based sign-in (AuthFlow USER_AUTH) against the Cognito double with a plain SDK client: the client's
// ALLOW_USER_AUTH, the factors on offer (the pool's SignInPolicy and what the user has), SELECT_CHALLENGE and
// PREFERRED_CHALLENGE, one-time codes by e-mail and SMS read from the double's outbox, and MFA after a password
// but not after a one-time code.
import * as assert from 'node:assert/strict';
import {
  AdminInitiateAuthCommand,
  AdminSetUserMFAPreferenceCommand,
  CreateUserPoolCommand,
  InitiateAuthCommand,
  RespondToAuthChallengeCommand,
  SetUserPoolMfaConfigCommand,
  UpdateUserPoolCommand,
  type RespondToAuthChallengeCommandInput,
} from '@aws-sdk/client-cognito-identity-provider';
import { createSrpSession, signSrpSession, wrapAuthChallenge } from 'cognito-srp-helper';
import { PASSWORD, rejectsWith, useSignInDouble } from '../../support/signInDouble';

const SNS = { SnsCallerArn: 'arn:aws:iam::123456789012:role/cognito-sms', ExternalId: 'choice-test' };

describe('choice-based sign-in (USER_AUTH) in the Cognito double', () => {
  const context = useSignInDouble({
    pools: [
      {
        name: 'choice',
        extraAppClients: [
          { name: 'choice', explicitAuthFlows: ['ALLOW_USER_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH'] },
          { name: 'passwords-only', explicitAuthFlows: ['ALLOW_USER_PASSWORD_AUTH', 'ALLOW_USER_SRP_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH'] },
        ],
        extraUsers: [
          { username: 'vera', password: PASSWORD, attributes: { email: 'vera@example.net', email_verified: 'true', phone_number: '+15555550142', phone_number_verified: 'true' } },
          { username: 'uma', password: PASSWORD, attributes: { email: 'uma@example.net', phone_number: '+15555550143' } },
          { username: 'otto', attributes: { email: 'otto@example.net', email_verified: 'true' } },
          { username: 'pia', password: PASSWORD, passkey: true },
        ],
      },
    ],
  });
  const clientId = () => context().appClient('choice').clientId;
  const start = (username: string, parameters: Record<string, string> = {}) =>
    context().client.send(new InitiateAuthCommand({ ClientId: clientId(), AuthFlow: 'USER_AUTH', AuthParameters: { USERNAME: username, ...parameters } }));
  const respond = (name: RespondToAuthChallengeCommandInput['ChallengeName'], session: string | undefined, responses: Record<string, string>) =>
    context().client.send(new RespondToAuthChallengeCommand({ ClientId: clientId(), ChallengeName: name, Session: session, ChallengeResponses: responses }));
  const allow = (factors: string[]) =>
    context().client.send(new UpdateUserPoolCommand({ UserPoolId: context().poolId, Policies: { SignInPolicy: { AllowedFirstAuthFactors: factors as never } } }));

  it('is refused on a client without ALLOW_USER_AUTH', async () => {
    await rejectsWith(
      context().client.send(new InitiateAuthCommand({ ClientId: context().appClient('passwords-only').clientId, AuthFlow: 'USER_AUTH', AuthParameters: { USERNAME: 'vera' } })),
      'InvalidParameterException',
      'USER_AUTH flow not enabled for this client',
    );
  });

  it('offers PASSWORD and PASSWORD_SRP on a pool without a SignInPolicy; the one-time codes the policy allows to users who can receive them', async () => {
    const plain = await start('vera');
    assert.equal(plain.ChallengeName, 'SELECT_CHALLENGE');
    assert.deepEqual(plain.AvailableChallenges, ['PASSWORD', 'PASSWORD_SRP']);
    assert.ok(plain.Session);

    await allow(['PASSWORD', 'EMAIL_OTP', 'SMS_OTP']);
    assert.deepEqual((await start('vera')).AvailableChallenges, ['PASSWORD', 'PASSWORD_SRP', 'EMAIL_OTP', 'SMS_OTP']);
    // Unverified e-mail and phone number: no codes.
    assert.deepEqual((await start('uma')).AvailableChallenges, ['PASSWORD', 'PASSWORD_SRP']);
    // No password: codes only.
    assert.deepEqual((await start('otto')).AvailableChallenges, ['EMAIL_OTP']);
  });

  it('answers SELECT_CHALLENGE: PASSWORD with the password gives tokens, a wrong one is refused, PASSWORD_SRP gives PASSWORD_VERIFIER', async () => {
    await allow(['PASSWORD']);
    const select = await start('vera');
    await rejectsWith(respond('SELECT_CHALLENGE', select.Session, { USERNAME: 'vera', ANSWER: 'PASSWORD', PASSWORD: 'Wrong-Pass1' }), 'NotAuthorizedException', 'Incorrect username or password.');
    await rejectsWith(respond('SELECT_CHALLENGE', select.Session, { USERNAME: 'vera', ANSWER: 'EMAIL_OTP' }), 'InvalidParameterException');
    const tokens = await respond('SELECT_CHALLENGE', select.Session, { USERNAME: 'vera', ANSWER: 'PASSWORD', PASSWORD });
    assert.ok(tokens.AuthenticationResult?.AccessToken);

    const { client, poolId } = context();
    const srp = createSrpSession('vera', PASSWORD, poolId, false);
    const again = await start('vera');
    const verifier = await respond('SELECT_CHALLENGE', again.Session, { USERNAME: 'vera', ANSWER: 'PASSWORD_SRP', SRP_A: srp.largeA });
    assert.equal(verifier.ChallengeName, 'PASSWORD_VERIFIER');
    assert.ok(verifier.ChallengeParameters?.SRP_B && verifier.ChallengeParameters.SALT && verifier.ChallengeParameters.SECRET_BLOCK);
    const proved = await client.send(
      new RespondToAuthChallengeCommand(
        wrapAuthChallenge<RespondToAuthChallengeCommandInput>(signSrpSession(srp, verifier), { ClientId: clientId(), ChallengeName: 'PASSWORD_VERIFIER', Session: verifier.Session, ChallengeResponses: { USERNAME: 'vera' } }),
      ),
    );
    assert.ok(proved.AuthenticationResult?.IdToken);
  });

  it('goes straight to PREFERRED_CHALLENGE PASSWORD (which needs PASSWORD), and falls back to SELECT_CHALLENGE when the preferred one is not on offer', async () => {
    await allow(['PASSWORD', 'EMAIL_OTP']);
    await rejectsWith(start('vera', { PREFERRED_CHALLENGE: 'PASSWORD' }), 'InvalidParameterException', 'Missing required parameter PASSWORD');
    assert.ok((await start('vera', { PREFERRED_CHALLENGE: 'PASSWORD', PASSWORD })).AuthenticationResult?.AccessToken);
    const fallback = await start('vera', { PREFERRED_CHALLENGE: 'SMS_OTP' });
    assert.equal(fallback.ChallengeName, 'SELECT_CHALLENGE');
    assert.deepEqual(fallback.AvailableChallenges, ['PASSWORD', 'PASSWORD_SRP', 'EMAIL_OTP']);
    // AdminInitiateAuth takes USER_AUTH too.
    const admin = await context().client.send(
      new AdminInitiateAuthCommand({ UserPoolId: context().poolId, ClientId: clientId(), AuthFlow: 'USER_AUTH', AuthParameters: { USERNAME: 'vera', PREFERRED_CHALLENGE: 'PASSWORD', PASSWORD } }),
    );
    assert.ok(admin.AuthenticationResult?.AccessToken);
  });

  it('EMAIL_OTP first: an 8-digit code in the outbox, masked destination; a wrong code refused, the right one gives tokens, once', async () => {
    const { double, poolId } = context();
    await allow(['PASSWORD', 'EMAIL_OTP']);
    const challenge = await start('otto', { PREFERRED_CHALLENGE: 'EMAIL_OTP' });
    assert.equal(challenge.ChallengeName, 'EMAIL_OTP');
    assert.equal(challenge.ChallengeParameters?.CODE_DELIVERY_DELIVERY_MEDIUM, 'EMAIL');
    assert.equal(challenge.ChallengeParameters?.CODE_DELIVERY_DESTINATION, 'o***@e***');
    const sent = double.lastCode(poolId, 'otto');
    assert.deepEqual([sent?.medium, sent?.destination, sent?.purpose], ['EMAIL', 'otto@example.net', 'EMAIL_OTP_SIGN_IN']);
    assert.match(sent?.code ?? '', /^\d{8}$/);
    await rejectsWith(respond('EMAIL_OTP', challenge.Session, { USERNAME: 'otto', EMAIL_OTP_CODE: sent?.code === '00000000' ? '11111111' : '00000000' }), 'CodeMismatchException');
    assert.ok((await respond('EMAIL_OTP', challenge.Session, { USERNAME: 'otto', EMAIL_OTP_CODE: sent?.code ?? '' })).AuthenticationResult?.AccessToken);
    await rejectsWith(respond('EMAIL_OTP', challenge.Session, { USERNAME: 'otto', EMAIL_OTP_CODE: sent?.code ?? '' }), 'NotAuthorizedException');
  });

  it('SMS_OTP chosen in SELECT_CHALLENGE; no MFA after a one-time code, MFA after a password', async () => {
    const { client, double, poolId } = context();
    await allow(['PASSWORD', 'SMS_OTP']);
    await client.send(new SetUserPoolMfaConfigCommand({ UserPoolId: poolId, MfaConfiguration: 'OPTIONAL', SmsMfaConfiguration: { SmsConfiguration: SNS } }));
    await client.send(new AdminSetUserMFAPreferenceCommand({ UserPoolId: poolId, Username: 'vera', SMSMfaSettings: { Enabled: true, PreferredMfa: true } }));

    const select = await start('vera');
    const sms = await respond('SELECT_CHALLENGE', select.Session, { USERNAME: 'vera', ANSWER: 'SMS_OTP' });
    assert.equal(sms.ChallengeName, 'SMS_OTP');
    assert.equal(sms.ChallengeParameters?.CODE_DELIVERY_DESTINATION, '+*******0142');
    const code = double.lastCode(poolId, 'vera');
    assert.equal(code?.purpose, 'SMS_OTP_SIGN_IN');
    assert.match(code?.code ?? '', /^\d{8}$/);
    assert.ok((await respond('SMS_OTP', sms.Session, { USERNAME: 'vera', SMS_OTP_CODE: code?.code ?? '' })).AuthenticationResult?.AccessToken, 'no MFA after a code');

    const password = await start('vera', { PREFERRED_CHALLENGE: 'PASSWORD', PASSWORD });
    assert.equal(password.ChallengeName, 'SMS_MFA');
    assert.ok((await respond('SMS_MFA', password.Session, { USERNAME: 'vera', SMS_MFA_CODE: double.lastCode(poolId, 'vera')?.code ?? '' })).AuthenticationResult);
  });

  it('refuses a SignInPolicy without PASSWORD or with an unknown factor', async () => {
    const { client } = context();
    const policy = (factors: string[], tier?: 'LITE' | 'ESSENTIALS') =>
      client.send(new CreateUserPoolCommand({ PoolName: 'policy', UserPoolTier: tier, Policies: { SignInPolicy: { AllowedFirstAuthFactors: factors as never } } }));
    await rejectsWith(policy(['EMAIL_OTP']), 'InvalidParameterException', 'AllowedFirstAuthFactors must include PASSWORD.');
    await rejectsWith(policy(['PASSWORD', 'SOMETHING']), 'InvalidParameterException', /enum value set: \[PASSWORD, EMAIL_OTP, SMS_OTP, WEB_AUTHN\]/);
    assert.ok((await policy(['PASSWORD'], 'LITE')).UserPool?.Id);
    assert.deepEqual((await policy(['PASSWORD', 'SMS_OTP'])).UserPool?.Policies?.SignInPolicy?.AllowedFirstAuthFactors, ['PASSWORD', 'SMS_OTP']);
  });

  it('offers WEB_AUTHN to a user with a passkey where the pool allows it, hands out its challenge, and refuses an answer', async () => {
    await allow(['PASSWORD', 'WEB_AUTHN']);
    assert.deepEqual((await start('pia')).AvailableChallenges, ['PASSWORD', 'PASSWORD_SRP', 'WEB_AUTHN']);
    assert.deepEqual((await start('vera')).AvailableChallenges, ['PASSWORD', 'PASSWORD_SRP']);
    const challenge = await start('pia', { PREFERRED_CHALLENGE: 'WEB_AUTHN' });
    assert.equal(challenge.ChallengeName, 'WEB_AUTHN');
    const options = JSON.parse(challenge.ChallengeParameters?.CREDENTIAL_REQUEST_OPTIONS ?? '{}') as { challenge?: string; rpId?: string };
    assert.match(options.challenge ?? '', /^[A-Za-z0-9_-]{43}$/);
    assert.match(options.rpId ?? '', /\.amazoncognito\.com$/);
    await rejectsWith(respond('WEB_AUTHN', challenge.Session, { USERNAME: 'pia', CREDENTIAL: '{}' }), 'InvalidParameterException', /cannot check a passkey/);
  });
});
