import * as assert from 'node:assert/strict';
import { AuthCalls } from '../../src/aws/cognito/authCalls';
import { CognitoError } from '../../src/shared/errors';
import { secretHash } from '../../src/aws/cognito/secretHash';
import { awsError, RecordingSdk } from '../support/recordingSdk';

// Signing in, answering challenges, refreshing and revoking against a recording SDK client: the admin
// or plain call by the flow, SECRET_HASH only for a client with a secret (read for the call, never
// kept), and what Cognito's answer becomes.

const CLIENT = { userPoolId: 'eu-west-1_a', clientId: 'c1', hasSecret: false };
const RESULT = { AuthenticationResult: { AccessToken: 'acc', IdToken: 'id', RefreshToken: 'ref', ExpiresIn: 3600 } };
const fails = (message: string) => (error: unknown) => error instanceof CognitoError && error.message === message && error.kind === 'unknown';

describe('sign-in calls', () => {
  it('signs in with the admin or the plain password flow, and reads the tokens', async () => {
    const sdk = new RecordingSdk();
    sdk.answers.set('AdminInitiateAuthCommand', RESULT);
    sdk.answers.set('InitiateAuthCommand', RESULT);
    const auth = new AuthCalls(sdk.client, sdk.context());
    const tokens = { kind: 'signedIn', tokens: { accessToken: 'acc', idToken: 'id', refreshToken: 'ref', expiresIn: 3600 } };
    assert.deepEqual(await auth.signIn({ ...CLIENT, username: 'alice', password: 'Pw-1', flow: 'ADMIN_USER_PASSWORD_AUTH' }), tokens);
    assert.deepEqual(await auth.signIn({ ...CLIENT, username: 'alice', password: 'Pw-1', flow: 'USER_PASSWORD_AUTH' }), tokens);
    assert.deepEqual(sdk.sent, [
      { name: 'AdminInitiateAuthCommand', input: { UserPoolId: 'eu-west-1_a', ClientId: 'c1', AuthFlow: 'ADMIN_USER_PASSWORD_AUTH', AuthParameters: { USERNAME: 'alice', PASSWORD: 'Pw-1' } } },
      { name: 'InitiateAuthCommand', input: { ClientId: 'c1', AuthFlow: 'USER_PASSWORD_AUTH', AuthParameters: { USERNAME: 'alice', PASSWORD: 'Pw-1' } } },
    ]);
    assert.deepEqual(sdk.logged.map((e) => e.operation), ['AdminInitiateAuth', 'InitiateAuth']);
  });

  it('adds SECRET_HASH for a client with a secret, read from the client for the call', async () => {
    const sdk = new RecordingSdk();
    sdk.answers.set('DescribeUserPoolClientCommand', { UserPoolClient: { ClientSecret: 'shh' } });
    sdk.answers.set('InitiateAuthCommand', { ChallengeName: 'NEW_PASSWORD_REQUIRED', ChallengeParameters: { requiredAttributes: '[]' }, Session: 's1' });
    const step = await new AuthCalls(sdk.client, sdk.context()).signIn({ ...CLIENT, hasSecret: true, username: 'alice', password: 'Pw-1', flow: 'USER_PASSWORD_AUTH' });
    assert.deepEqual(step, { kind: 'challenge', challenge: 'NEW_PASSWORD_REQUIRED', parameters: { requiredAttributes: '[]' }, session: 's1', username: 'alice' });
    assert.deepEqual(sdk.sent[0], { name: 'DescribeUserPoolClientCommand', input: { UserPoolId: 'eu-west-1_a', ClientId: 'c1' } });
    assert.deepEqual(sdk.sent[1].input.AuthParameters, { USERNAME: 'alice', PASSWORD: 'Pw-1', SECRET_HASH: secretHash('shh', 'alice', 'c1') });

    const gone = new RecordingSdk();
    gone.answers.set('DescribeUserPoolClientCommand', { UserPoolClient: {} });
    await assert.rejects(
      new AuthCalls(gone.client, gone.context()).signIn({ ...CLIENT, hasSecret: true, username: 'alice', password: 'Pw-1', flow: 'USER_PASSWORD_AUTH' }),
      (error: unknown) => error instanceof CognitoError && error.kind === 'invalidParameter' && error.message === 'This app client no longer has a client secret; refresh the Cognito view and sign in again.',
    );
  });

  it('starts SRP with SRP_A, and passes on a challenge that is not the password verifier', async () => {
    const sdk = new RecordingSdk();
    sdk.answers.set('InitiateAuthCommand', { ChallengeName: 'CUSTOM_CHALLENGE', ChallengeParameters: { USER_ID_FOR_SRP: 'uuid-1' }, Session: 's1' });
    const step = await new AuthCalls(sdk.client, sdk.context()).signIn({ ...CLIENT, username: 'alice', password: 'Pw-1', flow: 'USER_SRP_AUTH' });
    assert.deepEqual(step, { kind: 'challenge', challenge: 'CUSTOM_CHALLENGE', parameters: { USER_ID_FOR_SRP: 'uuid-1' }, session: 's1', username: 'uuid-1' });
    const { input } = sdk.sent[0];
    assert.equal(input.AuthFlow, 'USER_SRP_AUTH');
    assert.match((input.AuthParameters as Record<string, string>).SRP_A, /^[0-9a-f]+$/);
    assert.equal((input.AuthParameters as Record<string, string>).USERNAME, 'alice');
    assert.ok(!JSON.stringify(sdk.sent).includes('Pw-1'), 'the password never leaves the process with SRP');
  });

  it('says so when Cognito answers with neither tokens nor a challenge, or without an access token', async () => {
    const sdk = new RecordingSdk();
    const auth = new AuthCalls(sdk.client, sdk.context());
    await assert.rejects(auth.signIn({ ...CLIENT, username: 'a', password: 'p', flow: 'USER_PASSWORD_AUTH' }), fails('Cognito answered the sign-in with neither tokens nor a challenge; try again.'));
    sdk.answers.set('InitiateAuthCommand', { AuthenticationResult: { IdToken: 'id' } });
    await assert.rejects(auth.signIn({ ...CLIENT, username: 'a', password: 'p', flow: 'USER_PASSWORD_AUTH' }), fails('Cognito answered the sign-in without an access token; try again.'));
    sdk.answers.set('InitiateAuthCommand', { ChallengeName: 'SMS_MFA' });
    assert.deepEqual(await auth.signIn({ ...CLIENT, username: 'a', password: 'p', flow: 'USER_PASSWORD_AUTH' }), { kind: 'challenge', challenge: 'SMS_MFA', parameters: {}, session: undefined, username: 'a' });
  });

  it('answers a challenge with the admin or the plain call, the username and the hash', async () => {
    const sdk = new RecordingSdk();
    sdk.answers.set('DescribeUserPoolClientCommand', { UserPoolClient: { ClientSecret: 'shh' } });
    sdk.answers.set('AdminRespondToAuthChallengeCommand', RESULT);
    sdk.answers.set('RespondToAuthChallengeCommand', RESULT);
    const auth = new AuthCalls(sdk.client, sdk.context());
    const answer = { ...CLIENT, username: 'uuid-1', challenge: 'SMS_MFA', session: 's1', responses: { SMS_MFA_CODE: '123456' } };
    await auth.answerChallenge({ ...answer, admin: true });
    await auth.answerChallenge({ ...answer, admin: false, hasSecret: true });
    assert.deepEqual(sdk.sent.map((c) => [c.name, c.input]), [
      ['AdminRespondToAuthChallengeCommand', { UserPoolId: 'eu-west-1_a', ClientId: 'c1', ChallengeName: 'SMS_MFA', ChallengeResponses: { USERNAME: 'uuid-1', SMS_MFA_CODE: '123456' }, Session: 's1' }],
      ['DescribeUserPoolClientCommand', { UserPoolId: 'eu-west-1_a', ClientId: 'c1' }],
      ['RespondToAuthChallengeCommand', { ClientId: 'c1', ChallengeName: 'SMS_MFA', ChallengeResponses: { USERNAME: 'uuid-1', SMS_MFA_CODE: '123456', SECRET_HASH: secretHash('shh', 'uuid-1', 'c1') }, Session: 's1' }],
    ]);
    assert.deepEqual(sdk.logged.map((e) => e.operation), ['AdminRespondToAuthChallenge', 'DescribeUserPoolClient', 'RespondToAuthChallenge']);
  });

  it('refreshes with the admin or the plain call after reading the client, and needs tokens back', async () => {
    const sdk = new RecordingSdk();
    sdk.answers.set('DescribeUserPoolClientCommand', { UserPoolClient: { RefreshTokenRotation: { Feature: 'DISABLED', RetryGracePeriodSeconds: 0 } } });
    sdk.answers.set('AdminInitiateAuthCommand', RESULT);
    const auth = new AuthCalls(sdk.client, sdk.context());
    assert.deepEqual(await auth.refreshTokens({ ...CLIENT, admin: true, username: 'alice', refreshToken: 'ref' }), { accessToken: 'acc', idToken: 'id', refreshToken: 'ref', expiresIn: 3600 });
    await assert.rejects(auth.refreshTokens({ ...CLIENT, admin: false, username: 'alice', refreshToken: 'ref' }), fails('Cognito answered the refresh without tokens; sign in again.'));
    assert.deepEqual(sdk.sent, [
      { name: 'DescribeUserPoolClientCommand', input: { UserPoolId: 'eu-west-1_a', ClientId: 'c1' } },
      { name: 'AdminInitiateAuthCommand', input: { UserPoolId: 'eu-west-1_a', ClientId: 'c1', AuthFlow: 'REFRESH_TOKEN_AUTH', AuthParameters: { REFRESH_TOKEN: 'ref' } } },
      { name: 'DescribeUserPoolClientCommand', input: { UserPoolId: 'eu-west-1_a', ClientId: 'c1' } },
      { name: 'InitiateAuthCommand', input: { ClientId: 'c1', AuthFlow: 'REFRESH_TOKEN_AUTH', AuthParameters: { REFRESH_TOKEN: 'ref' } } },
    ]);
  });

  it('refreshes a client with refresh token rotation through GetTokensFromRefreshToken, with the secret itself, and keeps the new refresh token', async () => {
    const sdk = new RecordingSdk();
    sdk.answers.set('DescribeUserPoolClientCommand', { UserPoolClient: { ClientSecret: 'shh', RefreshTokenRotation: { Feature: 'ENABLED', RetryGracePeriodSeconds: 10 } } });
    sdk.answers.set('GetTokensFromRefreshTokenCommand', { AuthenticationResult: { AccessToken: 'acc2', IdToken: 'id2', RefreshToken: 'ref2', ExpiresIn: 900 } });
    const auth = new AuthCalls(sdk.client, sdk.context());
    const tokens = await auth.refreshTokens({ ...CLIENT, hasSecret: true, admin: true, username: 'alice', refreshToken: 'ref' });
    assert.deepEqual(tokens, { accessToken: 'acc2', idToken: 'id2', refreshToken: 'ref2', expiresIn: 900 });
    assert.deepEqual(sdk.sent.map((c) => [c.name, c.input]), [
      ['DescribeUserPoolClientCommand', { UserPoolId: 'eu-west-1_a', ClientId: 'c1' }],
      ['GetTokensFromRefreshTokenCommand', { ClientId: 'c1', RefreshToken: 'ref', ClientSecret: 'shh' }],
    ]);
    assert.deepEqual(sdk.logged.map((e) => e.operation), ['DescribeUserPoolClient', 'GetTokensFromRefreshToken']);
  });

  it('says in one sentence that a rotated-out, revoked or expired refresh token needs a new sign-in', async () => {
    const sentences: Record<string, string> = {
      RefreshTokenReuseException: 'This refresh token was replaced by a newer one; sign in again.',
      NotAuthorizedException: 'The refresh token has expired or was revoked; sign in again.',
    };
    for (const [name, sentence] of Object.entries(sentences)) {
      const sdk = new RecordingSdk();
      sdk.answers.set('DescribeUserPoolClientCommand', { UserPoolClient: { RefreshTokenRotation: { Feature: 'ENABLED' } } });
      sdk.answers.set('GetTokensFromRefreshTokenCommand', () => {
        throw awsError(name, 'Refresh token has been rotated.');
      });
      await assert.rejects(
        new AuthCalls(sdk.client, sdk.context()).refreshTokens({ ...CLIENT, admin: false, username: 'alice', refreshToken: 'old' }),
        (error: unknown) =>
          error instanceof CognitoError && error.kind === 'signInRefused' && error.awsName === name && error.message === sentence,
      );
    }
  });

  it('revokes a refresh token with the client secret itself, read only when the client has one', async () => {
    const sdk = new RecordingSdk();
    sdk.answers.set('DescribeUserPoolClientCommand', { UserPoolClient: { ClientSecret: 'shh' } });
    const auth = new AuthCalls(sdk.client, sdk.context());
    await auth.revokeToken({ ...CLIENT, refreshToken: 'ref' });
    await auth.revokeToken({ ...CLIENT, hasSecret: true, refreshToken: 'ref' });
    assert.deepEqual(sdk.sent.map((c) => [c.name, c.input]), [
      ['RevokeTokenCommand', { Token: 'ref', ClientId: 'c1', ClientSecret: undefined }],
      ['DescribeUserPoolClientCommand', { UserPoolId: 'eu-west-1_a', ClientId: 'c1' }],
      ['RevokeTokenCommand', { Token: 'ref', ClientId: 'c1', ClientSecret: 'shh' }],
    ]);
  });
});
