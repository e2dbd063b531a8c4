import * as assert from 'node:assert/strict';
import { AuthCalls } from '../../src/aws/cognito/authCalls';
import { secretHash } from '../../src/aws/cognito/secretHash';
import { RecordingSdk } from '../support/recordingSdk';

// Choice-based sign-in (USER_AUTH) against a recording SDK client: PREFERRED_CHALLENGE with what each factor
// sends beside it (PASSWORD, SRP_A, nothing for a code), SELECT_CHALLENGE's AvailableChallenges read and
// answered (ANSWER), PASSWORD_SRP's PASSWORD_VERIFIER answered inside from the password, which is never sent.

const CLIENT = { userPoolId: 'ap-south-2_Ch0ice', clientId: 'pick9', hasSecret: false };
const RESULT = { AuthenticationResult: { AccessToken: 'acc', IdToken: 'id', RefreshToken: 'ref', ExpiresIn: 900 } };
const TOKENS = { kind: 'signedIn', tokens: { accessToken: 'acc', idToken: 'id', refreshToken: 'ref', expiresIn: 900 } };
const PASSWORD = 'Sr-P4ssword!';
/** A PASSWORD_VERIFIER challenge as Cognito sends it (hex numbers the SRP helper can compute with). */
const VERIFIER = {
  ChallengeName: 'PASSWORD_VERIFIER',
  ChallengeParameters: { SRP_B: 'a1b2c3d4e5f60718293a4b5c6d7e8f90'.repeat(8), SALT: '9f8e7d6c5b4a3928', SECRET_BLOCK: Buffer.from('secret block').toString('base64'), USER_ID_FOR_SRP: 'uuid-ravi' },
  Session: 'after-srp-a',
};

const parametersOf = (sdk: RecordingSdk, i: number, member: 'AuthParameters' | 'ChallengeResponses') => sdk.sent[i].input[member] as Record<string, string>;

describe('choice-based sign-in calls (USER_AUTH)', () => {
  it('names the preferred first factor with what it needs beside it, through InitiateAuth', async () => {
    const sdk = new RecordingSdk();
    sdk.answers.set('InitiateAuthCommand', RESULT);
    const auth = new AuthCalls(sdk.client, sdk.context());
    assert.deepEqual(await auth.signIn({ ...CLIENT, flow: 'USER_AUTH', username: 'ravi', preferred: { factor: 'PASSWORD', password: PASSWORD } }), TOKENS);
    await auth.signIn({ ...CLIENT, flow: 'USER_AUTH', username: 'ravi', preferred: { factor: 'EMAIL_OTP' } });
    await auth.signIn({ ...CLIENT, flow: 'USER_AUTH', username: 'ravi', preferred: { factor: 'SMS_OTP' } });
    await auth.signIn({ ...CLIENT, flow: 'USER_AUTH', username: 'ravi' });
    assert.deepEqual(sdk.sent.map((c) => c.input), [
      { ClientId: 'pick9', AuthFlow: 'USER_AUTH', AuthParameters: { USERNAME: 'ravi', PREFERRED_CHALLENGE: 'PASSWORD', PASSWORD } },
      { ClientId: 'pick9', AuthFlow: 'USER_AUTH', AuthParameters: { USERNAME: 'ravi', PREFERRED_CHALLENGE: 'EMAIL_OTP' } },
      { ClientId: 'pick9', AuthFlow: 'USER_AUTH', AuthParameters: { USERNAME: 'ravi', PREFERRED_CHALLENGE: 'SMS_OTP' } },
      { ClientId: 'pick9', AuthFlow: 'USER_AUTH', AuthParameters: { USERNAME: 'ravi' } },
    ]);
  });

  it('PASSWORD_SRP: SRP_A with PREFERRED_CHALLENGE, then PASSWORD_VERIFIER answered with the proof as the user Cognito named, and the password never sent', async () => {
    const sdk = new RecordingSdk();
    sdk.answers.set('DescribeUserPoolClientCommand', { UserPoolClient: { ClientSecret: 'client-secret-9' } });
    sdk.answers.set('InitiateAuthCommand', VERIFIER);
    sdk.answers.set('RespondToAuthChallengeCommand', RESULT);
    const step = await new AuthCalls(sdk.client, sdk.context()).signIn({ ...CLIENT, hasSecret: true, flow: 'USER_AUTH', username: 'Ravi', preferred: { factor: 'PASSWORD_SRP', password: PASSWORD } });
    assert.deepEqual(step, TOKENS);
    assert.deepEqual(sdk.names(), ['DescribeUserPoolClient', 'InitiateAuth', 'DescribeUserPoolClient', 'RespondToAuthChallenge']);
    const started = parametersOf(sdk, 1, 'AuthParameters');
    assert.deepEqual(Object.keys(started).sort(), ['PREFERRED_CHALLENGE', 'SECRET_HASH', 'SRP_A', 'USERNAME']);
    assert.equal(started.PREFERRED_CHALLENGE, 'PASSWORD_SRP');
    assert.equal(started.SECRET_HASH, secretHash('client-secret-9', 'Ravi', 'pick9'));
    assert.match(started.SRP_A, /^[0-9a-f]{64,}$/);
    const verifier = sdk.sent[3].input;
    assert.equal(verifier.ChallengeName, 'PASSWORD_VERIFIER');
    assert.equal(verifier.Session, 'after-srp-a');
    const proof = parametersOf(sdk, 3, 'ChallengeResponses');
    assert.equal(proof.USERNAME, 'uuid-ravi');
    assert.equal(proof.SECRET_HASH, secretHash('client-secret-9', 'uuid-ravi', 'pick9'));
    assert.match(proof.PASSWORD_CLAIM_SIGNATURE, /^[A-Za-z0-9+/]+=*$/);
    assert.equal(proof.PASSWORD_CLAIM_SECRET_BLOCK, VERIFIER.ChallengeParameters.SECRET_BLOCK);
    assert.ok(proof.TIMESTAMP);
    assert.ok(!JSON.stringify(sdk.sent).includes(PASSWORD), 'the password never leaves the process with SRP');
  });

  it('reads SELECT_CHALLENGE’s AvailableChallenges (or AVAILABLE_CHALLENGES among the parameters) into the step', async () => {
    const sdk = new RecordingSdk();
    const auth = new AuthCalls(sdk.client, sdk.context());
    sdk.answers.set('InitiateAuthCommand', { ChallengeName: 'SELECT_CHALLENGE', ChallengeParameters: {}, Session: 'sel-1', AvailableChallenges: ['PASSWORD_SRP', 'EMAIL_OTP', 'WEB_AUTHN'] });
    assert.deepEqual(await auth.signIn({ ...CLIENT, flow: 'USER_AUTH', username: 'ravi' }), {
      kind: 'challenge',
      challenge: 'SELECT_CHALLENGE',
      parameters: {},
      session: 'sel-1',
      username: 'ravi',
      available: ['PASSWORD_SRP', 'EMAIL_OTP', 'WEB_AUTHN'],
    });
    sdk.answers.set('InitiateAuthCommand', { ChallengeName: 'SELECT_CHALLENGE', ChallengeParameters: { AVAILABLE_CHALLENGES: '["SMS_OTP","PASSWORD"]' }, Session: 'sel-2' });
    const step = await auth.signIn({ ...CLIENT, flow: 'USER_AUTH', username: 'ravi' });
    assert.deepEqual(step.kind === 'challenge' && step.available, ['SMS_OTP', 'PASSWORD']);
    sdk.answers.set('InitiateAuthCommand', { ChallengeName: 'EMAIL_OTP', ChallengeParameters: { CODE_DELIVERY_DESTINATION: 'r***@e***' }, Session: 'otp' });
    assert.ok(!('available' in (await auth.signIn({ ...CLIENT, flow: 'USER_AUTH', username: 'ravi' }))), 'only SELECT_CHALLENGE has choices');
  });

  it('answers SELECT_CHALLENGE with ANSWER and what the factor needs: the password, nothing for a code', async () => {
    const sdk = new RecordingSdk();
    sdk.answers.set('DescribeUserPoolClientCommand', { UserPoolClient: { ClientSecret: 'client-secret-9' } });
    sdk.answers.set('RespondToAuthChallengeCommand', { ChallengeName: 'EMAIL_OTP', ChallengeParameters: {}, Session: 'otp-2' });
    const auth = new AuthCalls(sdk.client, sdk.context());
    await auth.chooseFactor({ ...CLIENT, username: 'ravi', session: 'sel-1', chosen: { factor: 'PASSWORD', password: PASSWORD } });
    const step = await auth.chooseFactor({ ...CLIENT, hasSecret: true, username: 'ravi', session: 'sel-2', chosen: { factor: 'EMAIL_OTP' } });
    assert.deepEqual(step, { kind: 'challenge', challenge: 'EMAIL_OTP', parameters: {}, session: 'otp-2', username: 'ravi' });
    assert.deepEqual(sdk.sent.map((c) => [c.name, c.input]), [
      ['RespondToAuthChallengeCommand', { ClientId: 'pick9', ChallengeName: 'SELECT_CHALLENGE', ChallengeResponses: { USERNAME: 'ravi', ANSWER: 'PASSWORD', PASSWORD }, Session: 'sel-1' }],
      ['DescribeUserPoolClientCommand', { UserPoolId: 'ap-south-2_Ch0ice', ClientId: 'pick9' }],
      ['RespondToAuthChallengeCommand', { ClientId: 'pick9', ChallengeName: 'SELECT_CHALLENGE', ChallengeResponses: { USERNAME: 'ravi', ANSWER: 'EMAIL_OTP', SECRET_HASH: secretHash('client-secret-9', 'ravi', 'pick9') }, Session: 'sel-2' }],
    ]);
  });

  it('answers SELECT_CHALLENGE with PASSWORD_SRP: SRP_A with the ANSWER, then the verifier inside, from the password', async () => {
    const sdk = new RecordingSdk();
    sdk.answers.set('RespondToAuthChallengeCommand', (input) => (input.ChallengeName === 'SELECT_CHALLENGE' ? VERIFIER : RESULT));
    const step = await new AuthCalls(sdk.client, sdk.context()).chooseFactor({ ...CLIENT, username: 'ravi', session: 'sel-1', chosen: { factor: 'PASSWORD_SRP', password: PASSWORD } });
    assert.deepEqual(step, TOKENS);
    const choice = parametersOf(sdk, 0, 'ChallengeResponses');
    assert.deepEqual(Object.keys(choice).sort(), ['ANSWER', 'SRP_A', 'USERNAME']);
    assert.equal(choice.ANSWER, 'PASSWORD_SRP');
    assert.deepEqual([sdk.sent[1].input.ChallengeName, sdk.sent[1].input.Session, parametersOf(sdk, 1, 'ChallengeResponses').USERNAME], ['PASSWORD_VERIFIER', 'after-srp-a', 'uuid-ravi']);
    assert.ok(!JSON.stringify(sdk.sent).includes(PASSWORD));
    assert.deepEqual(sdk.logged.map((e) => e.operation), ['RespondToAuthChallenge', 'RespondToAuthChallenge']);
  });
});
