import * as assert from 'node:assert/strict';
import { createUser } from '../../src/commands/flows/createUser';
import type { CreateUserRequest } from '../../src/shared/types';
import { FakeCognito } from '../support/fakeCognito';
import { assertEscAtEveryStepCreatesNothing, flowRun } from '../support/flowHarness';
import type { Answer } from '../support/scriptedPrompter';
import { onDefault } from '../support/connections';

function withPool(signIn: 'username' | 'email' | 'phone' = 'username') {
  const cognito = new FakeCognito();
  cognito.addPool('shop', { signIn, passwordPolicy: { minimumLength: 10, requireUppercase: true, requireLowercase: true, requireNumbers: true, requireSymbols: false } });
  return cognito;
}

const fullScript: Answer[] = [
  { pick: 'shop' },
  { input: 'alice' },
  { input: 'alice@example.com' },
  { pick: 'Yes' },
  { input: '+14155550123' },
  { pick: 'No' },
  { pick: "Don't send an invitation" },
  { input: 'Temporary1x' },
];

describe('Create User flow', () => {
  it('creates a user with the walk-through answers, reading the pool policy first', async () => {
    const run = flowRun(fullScript, withPool());
    const user = await createUser(run.deps);
    run.prompter.assertDone();
    const request = run.cognito.writeCalls[0].args[0] as CreateUserRequest;
    assert.deepEqual(request, {
      userPoolId: run.cognito.data.pools[0].id,
      username: 'alice',
      temporaryPassword: 'Temporary1x',
      email: 'alice@example.com',
      emailVerified: true,
      phoneNumber: '+14155550123',
      phoneNumberVerified: false,
      invitation: 'SUPPRESS',
    });
    assert.deepEqual(run.cognito.calls.map((c) => c.method), ['pools.list', 'pools.describe', 'users.create']);
    assert.equal(user.username, 'alice');
    assert.deepEqual(run.shown.map((n) => n.key), [`c/default/pool/${request.userPoolId}/users/alice`]);
    assert.deepEqual(run.prompter.asked.map((a) => `${a.step}/${a.totalSteps}`), ['1/8', '2/8', '3/8', '4/8', '5/8', '6/8', '7/8', '8/8']);
  });

  it('asks for the temporary password in a password box, checked against the pool policy', async () => {
    const run = flowRun([...fullScript.slice(0, -1), { input: 'Short1' }], withPool());
    await assert.rejects(createUser(run.deps), /rejected by the box's validation: Use at least 10 characters/);
    assert.equal(run.prompter.asked.at(-1)?.password, true);
    assert.deepEqual(run.cognito.writeCalls, []);
  });

  it('requires a typed password when no invitation is sent', async () => {
    const run = flowRun([...fullScript.slice(0, -1), { input: '' }], withPool());
    await assert.rejects(createUser(run.deps), /rejected by the box's validation: Use at least 10 characters \(now 0\)/);
  });

  it('lets Cognito generate the password when an e-mail invitation carries it; skips unused questions', async () => {
    const cognito = withPool();
    const run = flowRun([{ input: 'bob' }, { input: 'bob@example.com' }, { pick: 'No' }, { input: '' }, { pick: 'Send by e-mail' }, { input: '' }], cognito);
    await createUser(run.deps, onDefault(cognito.data.pools[0]));
    run.prompter.assertDone();
    const request = run.cognito.writeCalls[0].args[0] as CreateUserRequest;
    assert.equal(request.temporaryPassword, undefined);
    assert.equal(request.invitation, 'EMAIL');
    assert.equal(request.phoneNumber, undefined);
    assert.equal(request.phoneNumberVerified, false);
    assert.deepEqual(run.prompter.asked.map((a) => `${a.step}/${a.totalSteps}`), ['1/7', '2/7', '3/7', '4/7', '5/6', '6/6']);
  });

  it('offers only the deliveries the user can receive', async () => {
    const cognito = withPool();
    const run = flowRun([{ input: 'carol' }, { input: '' }, { input: '' }, { pick: "Don't send an invitation" }, { input: 'Longenough1' }], cognito);
    await createUser(run.deps, onDefault(cognito.data.pools[0]));
    assert.deepEqual(run.prompter.asked[3].labels, ["Don't send an invitation"]);
  });

  it('uses the e-mail address as the username in an e-mail sign-in pool', async () => {
    const cognito = withPool('email');
    const run = flowRun([{ input: 'dan@example.com' }, { pick: 'Yes' }, { input: '' }, { pick: 'Send by e-mail' }, { input: '' }], cognito);
    await createUser(run.deps, onDefault(cognito.data.pools[0]));
    run.prompter.assertDone();
    const request = run.cognito.writeCalls[0].args[0] as CreateUserRequest;
    assert.equal(request.username, 'dan@example.com');
    assert.equal(request.email, 'dan@example.com');
    assert.equal(request.emailVerified, true);
    assert.match(run.prompter.asked[0].text, /signs in with e-mail/);
    assert.deepEqual(run.prompter.asked.map((a) => `${a.step}/${a.totalSteps}`), ['1/6', '2/6', '3/6', '4/5', '5/5']);
  });

  it('offers SMS only when the pool can send it', async () => {
    const script = [{ input: 'erin' }, { input: '' }, { input: '+14155550123' }, { pick: 'No' }, { pick: "Don't send an invitation" }, { input: 'Longenough1' }];
    const withSms = withPool();
    const run = flowRun(script, withSms);
    await createUser(run.deps, onDefault(withSms.data.pools[0]));
    assert.deepEqual(run.prompter.asked[4].labels, ['Send by SMS', "Don't send an invitation"]);

    const withoutSms = new FakeCognito();
    withoutSms.addPool('plain', { smsConfigured: false, passwordPolicy: withSms.data.pools[0].passwordPolicy });
    const second = flowRun(script, withoutSms);
    await createUser(second.deps, onDefault(withoutSms.data.pools[0]));
    assert.deepEqual(second.prompter.asked[4].labels, ["Don't send an invitation"]);
    assert.deepEqual(second.progressTitles, ['Creating user erin…']);
  });

  it('rejects a plain username in an e-mail sign-in pool as it is typed', async () => {
    const cognito = withPool('email');
    const run = flowRun([{ input: 'dan' }], cognito);
    await assert.rejects(createUser(run.deps, onDefault(cognito.data.pools[0])), /e-mail address like name@example.com/);
  });

  it('creates nothing when Esc is pressed at any step', async () => {
    await assertEscAtEveryStepCreatesNothing(fullScript, () => withPool(), (deps) => createUser(deps));
  });
});
