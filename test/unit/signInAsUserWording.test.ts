import * as assert from 'node:assert/strict';
import { signInAsUser } from '../../src/commands/flows/auth/signInAsUser';
import { noFlowSentence } from '../../src/auth/chooseFlow';
import { CognitoError } from '../../src/shared/errors';
import type { AuthStep } from '../../src/shared/types';
import { onDefault } from '../support/connections';
import { FakeCognito } from '../support/fakeCognito';
import { flowRun } from '../support/flowHarness';
import { asked, told } from '../support/transcript';

// Sign In as User word for word: the pool, user, client and password steps, the typed-username box and
// its checks, the progress and log lines, and the app client's own name where Cognito tells it.

const TOKENS: AuthStep = { kind: 'signedIn', tokens: { idToken: 'id.token.x', accessToken: 'access.token.x', refreshToken: 'refresh-x', expiresIn: 3600 } };
const PASSWORD = 'Old-Passw0rd!';

function shop() {
  const cognito = new FakeCognito();
  const pool = cognito.addPool('shop');
  cognito.data.clients.push({ userPoolId: pool.id, clientId: 'web1', name: 'web' });
  cognito.data.users.set(pool.id, [{ username: 'alice', status: 'FORCE_CHANGE_PASSWORD', enabled: true }]);
  return { cognito, pool };
}

describe('Sign In as User, word for word', () => {
  it('asks pool, user, client and password from the palette, and tells and logs the sign-in', async () => {
    const { cognito, pool } = shop();
    cognito.authSteps = [TOKENS];
    const run = flowRun([{ pick: 'shop' }, { pick: 'alice' }, { pick: 'web' }, { input: PASSWORD }], cognito);
    const session = await signInAsUser(run.deps);
    assert.deepEqual(asked(run), [
      `pick 1/4 Sign In as User: Choose a user pool — items: shop (${pool.id})`,
      'pick 2/4 Sign In as User: Sign in to "shop" as — items: alice (FORCE_CHANGE_PASSWORD) | $(edit) Type a username…',
      'pick 3/4 Sign In as User: Choose an app client of shop — items: web (web1)',
      'input 4/4 Sign In as User: Password of alice (app client web) — masked',
    ]);
    assert.deepEqual(told(run), { progress: ['Signing in as alice…'], status: [], notifications: [] });
    assert.deepEqual(run.logLines, ['Signed in as alice with USER_SRP_AUTH']);
    assert.deepEqual([session.poolName, session.clientName, session.username, session.admin], ['shop', 'web', 'alice', false]);
  });

  it('checks a typed username and the password as they are typed', async () => {
    for (const [typed, problem] of [
      ['  ', /Enter a username\./],
      ['x'.repeat(129), /A username has at most 128 characters\./],
    ] as const) {
      const { cognito } = shop();
      const run = flowRun([{ pick: 'shop' }, { pick: 'Type a username' }, { input: typed }], cognito);
      await assert.rejects(signInAsUser(run.deps), problem);
    }
    const { cognito, pool } = shop();
    cognito.authSteps = [TOKENS];
    const run = flowRun([{ pick: 'Type a username' }, { input: ` ${'x'.repeat(128)} ` }, { input: PASSWORD }], cognito);
    const session = await signInAsUser(run.deps, { ...onDefault(pool), client: cognito.data.clients[0] });
    assert.equal(session.username, 'x'.repeat(128));
    assert.equal(asked(run)[1], 'input 1/2 Sign In as User: Username (or e-mail / phone number where the pool signs in with those)');

    const empty = flowRun([{ pick: 'web' }, { input: '' }], cognito);
    await assert.rejects(signInAsUser(empty.deps, { ...onDefault(pool), username: 'alice' }), /Enter the password\./);
  });

  it('names the app client as Cognito describes it, in the session and in the no-flow sentence', async () => {
    const { cognito, pool } = shop();
    cognito.clientDetails.set('web1', { name: 'web (renamed)' });
    cognito.authSteps = [TOKENS];
    const run = flowRun([{ input: PASSWORD }], cognito);
    const session = await signInAsUser(run.deps, { ...onDefault(pool), username: 'alice', client: cognito.data.clients[0] });
    assert.equal(session.clientName, 'web (renamed)');

    cognito.clientDetails.set('web1', { name: 'web (renamed)', authFlows: ['ALLOW_REFRESH_TOKEN_AUTH'] });
    await assert.rejects(signInAsUser(flowRun([], cognito).deps, { ...onDefault(pool), username: 'alice', client: cognito.data.clients[0] }), (error: unknown) => error instanceof CognitoError && error.message === noFlowSentence('web (renamed)') && error.kind === 'signInRefused');
    cognito.clientDetails.set('web1', { name: '', authFlows: ['ALLOW_REFRESH_TOKEN_AUTH'] });
    await assert.rejects(signInAsUser(flowRun([], cognito).deps, { ...onDefault(pool), username: 'alice', client: cognito.data.clients[0] }), (error: unknown) => error instanceof CognitoError && error.message === noFlowSentence('web'));
  });

  it('logs each challenge, and keeps the sign-in when the new state cannot be read back', async () => {
    const { cognito, pool } = shop();
    cognito.authSteps = [{ kind: 'challenge', challenge: 'NEW_PASSWORD_REQUIRED', parameters: {}, session: 's1', username: 'alice' }, TOKENS];
    cognito.failNext.set('users.get', new CognitoError('Cognito is busy.', 'throttled'));
    const run = flowRun([{ input: PASSWORD }, { input: 'New-Passw0rd!' }], cognito);
    const session = await signInAsUser(run.deps, { ...onDefault(pool), username: 'alice', client: cognito.data.clients[0] });
    assert.deepEqual(run.logLines, ['Sign-in as alice: challenge NEW_PASSWORD_REQUIRED', 'Signed in as alice with USER_SRP_AUTH']);
    assert.deepEqual(told(run).progress, ['Signing in as alice…', 'Signing in as alice…']);
    assert.deepEqual(run.changedUsers, []);
    assert.deepEqual(run.tokensShown, [session]);
  });

  it('shows the user’s new state only after a new password was set', async () => {
    const { cognito, pool } = shop();
    cognito.authSteps = [{ kind: 'challenge', challenge: 'SOFTWARE_TOKEN_MFA', parameters: {}, session: 's1', username: 'alice' }, TOKENS];
    const run = flowRun([{ input: PASSWORD }, { input: '123456' }], cognito);
    await signInAsUser(run.deps, { ...onDefault(pool), username: 'alice', client: cognito.data.clients[0] });
    assert.deepEqual(run.changedUsers, []);
    assert.equal(cognito.calls.filter((c) => c.method === 'users.get').length, 0);
  });
});
