import * as assert from 'node:assert/strict';
import { createUserPool } from '../../src/commands/flows/createUserPool';
import { COGNITO_DEFAULT_PASSWORD_POLICY, type CreateUserPoolRequest } from '../../src/shared/types';
import { FakeCognito } from '../support/fakeCognito';
import { assertEscAtEveryStepCreatesNothing, flowRun, settle } from '../support/flowHarness';
import type { Answer } from '../support/scriptedPrompter';

describe('Create User Pool flow', () => {
  it('creates a pool with the reviewed defaults, shows it and offers to copy its id', async () => {
    const run = flowRun([{ input: 'my pool' }, { pick: 'Create pool' }], undefined, 'Copy Pool Id');
    const pool = await createUserPool(run.deps);
    run.prompter.assertDone();

    const request = run.cognito.writeCalls[0].args[0] as CreateUserPoolRequest;
    assert.deepEqual(request, { name: 'my pool', signIn: 'username', passwordPolicy: COGNITO_DEFAULT_PASSWORD_POLICY, autoVerifyEmail: true });
    assert.deepEqual(run.shown.map((n) => n.key), [`c/default/pool/${pool.id}`]);
    assert.deepEqual(run.progressTitles, ['Creating user pool "my pool"…']);
    assert.equal(run.notifications[0].message, `Created user pool "my pool". Pool Id: ${pool.id}`);
    await settle();
    assert.deepEqual(run.clipboard, [pool.id]);
    assert.deepEqual(run.statusMessages, [`$(check) Copied Pool Id ${pool.id}`]);
  });

  it('shows a title and a step counter on every prompt', async () => {
    const run = flowRun([{ input: 'p' }, { pick: 'Create pool' }]);
    await createUserPool(run.deps);
    assert.deepEqual(run.prompter.asked.map((a) => [a.title, a.step, a.totalSteps]), [['Create User Pool', 1, 2], ['Create User Pool', 2, 2]]);
  });

  it('lets the review change sign-in, password policy and e-mail verification', async () => {
    const answers: Answer[] = [
      { input: 'shop' },
      { pick: 'Sign-in: Username' },
      { pick: 'E-mail address' },
      { pick: 'Password policy' },
      { pick: 'Custom…' },
      { input: '12' },
      { pickMany: ['Lower-case letter', 'Number'] },
      { pick: 'E-mail verification: on' },
      { pick: 'Off' },
      { pick: 'Create pool' },
    ];
    const run = flowRun(answers);
    await createUserPool(run.deps);
    run.prompter.assertDone();
    assert.deepEqual(run.cognito.writeCalls[0].args[0], {
      name: 'shop',
      signIn: 'email',
      passwordPolicy: { minimumLength: 12, requireUppercase: false, requireLowercase: true, requireNumbers: true, requireSymbols: false },
      autoVerifyEmail: false,
    });
    const lastReview = run.prompter.asked.at(-1);
    assert.deepEqual(lastReview?.labels?.slice(1), ['Sign-in: E-mail address', 'Password policy: 12+ characters, lower case, number', 'E-mail verification: off']);
  });

  it('validates the name in the box with Cognito rules', async () => {
    const run = flowRun([{ input: 'bad/name' }]);
    await assert.rejects(createUserPool(run.deps), /rejected by the box's validation: The pool name can contain only/);
    assert.deepEqual(run.cognito.writeCalls, []);
  });

  it('creates nothing when Esc is pressed at any step', async () => {
    await assertEscAtEveryStepCreatesNothing(
      [{ input: 'p' }, { pick: 'Password policy' }, { pick: 'Custom…' }, { input: '10' }, { pickMany: ['Number'] }, { pick: 'Create pool' }],
      () => new FakeCognito(),
      createUserPool,
    );
  });
});
