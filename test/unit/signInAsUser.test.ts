import * as assert from 'node:assert/strict';
import { signInAsUser, type SignInTarget } from '../../src/commands/flows/auth/signInAsUser';
import { CognitoError } from '../../src/shared/errors';
import { secretHash } from '../../src/aws/cognito/secretHash';
import type { AuthStep, ChallengeAnswer, SignInRequest } from '../../src/shared/types';
import { Cancelled } from '../../src/ui/prompter';
import { onDefault } from '../support/connections';
import { AUTH_CALLS, FakeCognito } from '../support/fakeCognito';
import { flowRun } from '../support/flowHarness';
import { ESC, type Answer } from '../support/scriptedPrompter';

const TOKENS: AuthStep = { kind: 'signedIn', tokens: { idToken: 'id.token.x', accessToken: 'access.token.x', refreshToken: 'refresh-x', expiresIn: 3600 } };
const PASSWORD = 'Old-Passw0rd!';

function pool() {
  const cognito = new FakeCognito();
  const details = cognito.addPool('shop');
  cognito.data.clients.push({ userPoolId: details.id, clientId: 'web1', name: 'web' });
  cognito.data.users.set(details.id, [{ username: 'alice', status: 'FORCE_CHANGE_PASSWORD', enabled: true }]);
  return { cognito, target: onDefault(details) };
}

const onUser = (target: ReturnType<typeof onDefault>): SignInTarget => ({ ...target, username: 'alice' });
const signIns = (cognito: FakeCognito) => cognito.calls.filter((c) => c.method === 'auth.signIn').map((c) => c.args[0] as SignInRequest);
const answers = (cognito: FakeCognito) => cognito.calls.filter((c) => c.method === 'auth.answerChallenge').map((c) => c.args[0] as ChallengeAnswer);

describe('Sign In as User', () => {
  it('on a user node asks the app client and the password (a password box), signs in with SRP and opens the tokens', async () => {
    const { cognito, target } = pool();
    cognito.authSteps = [TOKENS];
    const run = flowRun([{ pick: 'web' }, { input: PASSWORD }], cognito);
    const session = await signInAsUser(run.deps, onUser(target));
    run.prompter.assertDone();
    assert.deepEqual(run.prompter.asked.map((a) => [a.type, `${a.step}/${a.totalSteps}`, a.password ?? false]), [
      ['pick', '1/2', false],
      ['input', '2/2', true],
    ]);
    assert.deepEqual(signIns(cognito), [{ userPoolId: target.pool.id, clientId: 'web1', hasSecret: false, username: 'alice', password: PASSWORD, flow: 'USER_SRP_AUTH' }]);
    assert.deepEqual(run.tokensShown, [session]);
    assert.deepEqual(session.tokens, TOKENS.kind === 'signedIn' ? TOKENS.tokens : undefined);
    assert.deepEqual(run.signIns.all(), [session]);
  });

  it('from the palette asks pool, user (or a typed username) and client', async () => {
    const { cognito } = pool();
    cognito.authSteps = [TOKENS];
    const run = flowRun([{ pick: 'shop' }, { pick: 'Type a username' }, { input: 'bob@example.com' }, { pick: 'web' }, { input: PASSWORD }], cognito);
    await signInAsUser(run.deps);
    run.prompter.assertDone();
    assert.equal(signIns(cognito)[0].username, 'bob@example.com');
    assert.deepEqual(run.prompter.asked.map((a) => `${a.step}/${a.totalSteps}`), ['1/4', '2/4', '2/4', '3/4', '4/4']);
  });

  it('on an app-client node asks only the user and the password', async () => {
    const { cognito, target } = pool();
    cognito.authSteps = [TOKENS];
    const run = flowRun([{ pick: 'alice' }, { input: PASSWORD }], cognito);
    await signInAsUser(run.deps, { ...target, client: cognito.data.clients[0] });
    run.prompter.assertDone();
    assert.equal(signIns(cognito)[0].username, 'alice');
  });

  const flowCases: [string[], string][] = [
    [['ALLOW_USER_PASSWORD_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH'], 'USER_PASSWORD_AUTH'],
    [['ALLOW_USER_PASSWORD_AUTH', 'ALLOW_ADMIN_USER_PASSWORD_AUTH'], 'ADMIN_USER_PASSWORD_AUTH'],
    [['ALLOW_USER_PASSWORD_AUTH', 'ALLOW_USER_SRP_AUTH', 'ALLOW_ADMIN_USER_PASSWORD_AUTH'], 'USER_SRP_AUTH'],
    [['USER_PASSWORD_AUTH', 'ADMIN_NO_SRP_AUTH'], 'ADMIN_USER_PASSWORD_AUTH'],
  ];
  for (const [allowed, chosen] of flowCases) {
    it(`chooses ${chosen} without asking when the client allows ${allowed.join(', ')}`, async () => {
      const { cognito, target } = pool();
      cognito.clientDetails.set('web1', { authFlows: allowed });
      cognito.authSteps = [TOKENS];
      const run = flowRun([{ pick: 'web' }, { input: PASSWORD }], cognito);
      await signInAsUser(run.deps, onUser(target));
      assert.equal(signIns(cognito)[0].flow, chosen);
    });
  }

  it('says which flow to enable, before asking the password, when the client allows none it can use', async () => {
    const { cognito, target } = pool();
    cognito.clientDetails.set('web1', { authFlows: ['ALLOW_CUSTOM_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH'] });
    const run = flowRun([{ pick: 'web' }], cognito);
    await assert.rejects(signInAsUser(run.deps, onUser(target)), /"web" allows none of the sign-in flows this extension can use; enable ALLOW_USER_AUTH or ALLOW_USER_SRP_AUTH/);
    run.prompter.assertDone();
    assert.deepEqual(signIns(cognito), []);
  });

  it('falls back to the next flow the client allows when the endpoint does not implement SRP (cognito-local)', async () => {
    const { cognito, target } = pool();
    cognito.clientDetails.set('web1', { authFlows: ['ALLOW_USER_SRP_AUTH', 'ALLOW_USER_PASSWORD_AUTH'] });
    cognito.authSteps = [new CognitoError('This Cognito endpoint does not support InitiateAuth with SRP; it works against AWS.', 'unsupported'), TOKENS];
    const run = flowRun([{ pick: 'web' }, { input: PASSWORD }], cognito);
    await signInAsUser(run.deps, onUser(target));
    assert.deepEqual(signIns(cognito).map((r) => r.flow), ['USER_SRP_AUTH', 'USER_PASSWORD_AUTH']);
  });

  it('does not fall back on a wrong password', async () => {
    const { cognito, target } = pool();
    cognito.clientDetails.set('web1', { authFlows: ['ALLOW_USER_SRP_AUTH', 'ALLOW_USER_PASSWORD_AUTH'] });
    cognito.authSteps = [new CognitoError('Incorrect username or password; check them and sign in again.', 'signInRefused')];
    const run = flowRun([{ pick: 'web' }, { input: PASSWORD }], cognito);
    await assert.rejects(signInAsUser(run.deps, onUser(target)), /Incorrect username or password/);
    assert.equal(signIns(cognito).length, 1);
  });

  it('answers NEW_PASSWORD_REQUIRED with a new password checked against the pool’s policy and the required attributes, then shows the user CONFIRMED', async () => {
    const { cognito, target } = pool();
    cognito.authSteps = [
      { kind: 'challenge', challenge: 'NEW_PASSWORD_REQUIRED', parameters: { requiredAttributes: '["userAttributes.email"]' }, session: 's1', username: 'alice-id' },
      TOKENS,
    ];
    cognito.data.users.set(target.pool.id, [{ username: 'alice', status: 'CONFIRMED', enabled: true }]);
    const run = flowRun([{ pick: 'web' }, { input: PASSWORD }, { input: 'New-Passw0rd!' }, { input: 'alice@example.com' }], cognito);
    await signInAsUser(run.deps, onUser(target));
    run.prompter.assertDone();
    const newPasswordBox = run.prompter.asked[2];
    assert.equal(newPasswordBox.password, true);
    assert.match(newPasswordBox.text, /must choose a new password \(8\+ characters, upper case/);
    assert.deepEqual(answers(cognito), [
      {
        userPoolId: target.pool.id,
        clientId: 'web1',
        hasSecret: false,
        admin: false,
        username: 'alice-id',
        challenge: 'NEW_PASSWORD_REQUIRED',
        session: 's1',
        responses: { NEW_PASSWORD: 'New-Passw0rd!', 'userAttributes.email': 'alice@example.com' },
      },
    ]);
    assert.deepEqual(run.changedUsers.map((u) => u.status), ['CONFIRMED']);
    assert.deepEqual(run.logLines, ['Sign-in as alice: challenge NEW_PASSWORD_REQUIRED', 'Signed in as alice with USER_SRP_AUTH']);
  });

  it('refuses a new password that breaks the pool’s policy while it is typed', async () => {
    const { cognito, target } = pool();
    cognito.authSteps = [{ kind: 'challenge', challenge: 'NEW_PASSWORD_REQUIRED', parameters: {}, session: 's1', username: 'alice' }];
    const run = flowRun([{ pick: 'web' }, { input: PASSWORD }, { input: 'weak' }], cognito);
    await assert.rejects(signInAsUser(run.deps, onUser(target)), /rejected by the box's validation/);
    assert.deepEqual(answers(cognito), []);
  });

  const codeChallenges: [string, string][] = [
    ['SOFTWARE_TOKEN_MFA', 'SOFTWARE_TOKEN_MFA_CODE'],
    ['SMS_MFA', 'SMS_MFA_CODE'],
    ['EMAIL_OTP', 'EMAIL_OTP_CODE'],
  ];
  for (const [challenge, response] of codeChallenges) {
    it(`answers ${challenge} with a code of 6 digits`, async () => {
      const { cognito, target } = pool();
      cognito.authSteps = [{ kind: 'challenge', challenge, parameters: { CODE_DELIVERY_DESTINATION: '+*******0123' }, session: 's', username: 'alice' }, TOKENS];
      const run = flowRun([{ pick: 'web' }, { input: PASSWORD }, { input: ' 123456 ' }], cognito);
      await signInAsUser(run.deps, onUser(target));
      assert.deepEqual(answers(cognito)[0].responses, { [response]: '123456' });
      const bad = flowRun([{ pick: 'web' }, { input: PASSWORD }, { input: '12a456' }], Object.assign(pool().cognito, { authSteps: [{ kind: 'challenge', challenge, parameters: {}, username: 'alice' }] }));
      await assert.rejects(signInAsUser(bad.deps, onUser(target)), /Enter the 6(- or 8)?-digit code/);
    });
  }

  it('asks which factor for SELECT_MFA_TYPE, then that factor’s code', async () => {
    const { cognito, target } = pool();
    cognito.authSteps = [
      { kind: 'challenge', challenge: 'SELECT_MFA_TYPE', parameters: { MFAS_CAN_CHOOSE: '["SMS_MFA","SOFTWARE_TOKEN_MFA"]' }, session: 's1', username: 'alice' },
      { kind: 'challenge', challenge: 'SOFTWARE_TOKEN_MFA', parameters: {}, session: 's2', username: 'alice' },
      TOKENS,
    ];
    const run = flowRun([{ pick: 'web' }, { input: PASSWORD }, { pick: 'Authenticator app' }, { input: '654321' }], cognito);
    await signInAsUser(run.deps, onUser(target));
    assert.deepEqual(answers(cognito).map((a) => [a.challenge, a.responses]), [
      ['SELECT_MFA_TYPE', { ANSWER: 'SOFTWARE_TOKEN_MFA' }],
      ['SOFTWARE_TOKEN_MFA', { SOFTWARE_TOKEN_MFA_CODE: '654321' }],
    ]);
  });

  for (const [challenge, expected] of [
    // Only an authenticator app can be set up here: a pool that offers SMS alone still stops.
    ['MFA_SETUP', /alice must set up multi-factor authentication/],
    ['CUSTOM_CHALLENGE', /custom authentication \(Lambda\) challenge cannot be answered here/],
    ['DEVICE_SRP_AUTH', /asked for the DEVICE_SRP_AUTH challenge, which this extension cannot answer/],
  ] as const) {
    it(`stops cleanly with a sentence at ${challenge}`, async () => {
      const { cognito, target } = pool();
      const parameters: Record<string, string> = challenge === 'MFA_SETUP' ? { MFAS_CAN_SETUP: '["SMS_MFA"]' } : {};
      cognito.authSteps = [{ kind: 'challenge', challenge, parameters, session: 's', username: 'alice' }];
      const run = flowRun([{ pick: 'web' }, { input: PASSWORD }], cognito);
      await assert.rejects(signInAsUser(run.deps, onUser(target)), (error) => error instanceof CognitoError && expected.test(error.message));
      assert.deepEqual(answers(cognito), []);
      assert.deepEqual(run.tokensShown, []);
    });
  }

  it('answers a challenge of an admin sign-in with the admin call', async () => {
    const { cognito, target } = pool();
    cognito.clientDetails.set('web1', { authFlows: ['ALLOW_ADMIN_USER_PASSWORD_AUTH'] });
    cognito.authSteps = [{ kind: 'challenge', challenge: 'SMS_MFA', parameters: {}, session: 's', username: 'alice' }, TOKENS];
    const run = flowRun([{ pick: 'web' }, { input: PASSWORD }, { input: '123456' }], cognito);
    const session = await signInAsUser(run.deps, onUser(target));
    assert.equal(answers(cognito)[0].admin, true);
    assert.equal(session.admin, true);
  });

  it('makes no sign-in call after Esc at any step', async () => {
    const complete: Answer[] = [{ pick: 'shop' }, { pick: 'alice' }, { pick: 'web' }, { input: PASSWORD }, { input: 'New-Passw0rd!' }];
    for (let step = 0; step < complete.length; step++) {
      const { cognito } = pool();
      cognito.authSteps = [{ kind: 'challenge', challenge: 'NEW_PASSWORD_REQUIRED', parameters: {}, session: 's', username: 'alice' }, TOKENS];
      const run = flowRun([...complete.slice(0, step), ESC], cognito);
      await assert.rejects(signInAsUser(run.deps), Cancelled, `Esc at step ${step + 1}`);
      const authCalls = cognito.calls.filter((c) => AUTH_CALLS.includes(c.method));
      assert.equal(authCalls.length, step >= 4 ? 1 : 0, `Esc at step ${step + 1}: only the calls before it`);
      assert.deepEqual(run.tokensShown, []);
      run.prompter.assertDone();
    }
  });

  it('never writes the password to the log', async () => {
    const { cognito, target } = pool();
    cognito.authSteps = [{ kind: 'challenge', challenge: 'NEW_PASSWORD_REQUIRED', parameters: {}, session: 's', username: 'alice' }, TOKENS];
    const run = flowRun([{ pick: 'web' }, { input: PASSWORD }, { input: 'New-Passw0rd!' }], cognito);
    await signInAsUser(run.deps, onUser(target));
    for (const line of run.logLines) assert.ok(!line.includes('Passw0rd') && !line.includes('token'), line);
  });
});

describe('SECRET_HASH', () => {
  it('is Base64(HMAC-SHA256(secret, username + clientId)), as computed by openssl', () => {
    // printf 'alice1example23456789' | openssl dgst -sha256 -hmac 'client-secret-value' -binary | base64
    assert.equal(secretHash('client-secret-value', 'alice', '1example23456789'), 'YGV4LScBHOE7EriNBfBClKTkBwrHqlC/cCidJHFgWIM=');
  });
});
