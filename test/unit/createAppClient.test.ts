import * as assert from 'node:assert/strict';
import { createAppClient } from '../../src/commands/flows/createAppClient';
import type { CreateAppClientRequest } from '../../src/shared/types';
import { FakeCognito } from '../support/fakeCognito';
import { assertEscAtEveryStepCreatesNothing, flowRun, settle } from '../support/flowHarness';
import type { Answer } from '../support/scriptedPrompter';
import { onDefault } from '../support/connections';

function withPool() {
  const cognito = new FakeCognito();
  cognito.addPool('other');
  cognito.addPool('shop');
  return cognito;
}

describe('Create App Client flow', () => {
  it('from the palette: asks the pool, creates a public SRP client and offers to copy its id', async () => {
    const cognito = withPool();
    const answers: Answer[] = [{ pick: 'shop' }, { input: 'web' }, { pick: 'No client secret' }, { pickMany: ['Secure Remote Password (SRP)'] }];
    const run = flowRun(answers, cognito, 'Copy App Client Id');
    const client = await createAppClient(run.deps);
    run.prompter.assertDone();

    const request = run.cognito.writeCalls[0].args[0] as CreateAppClientRequest;
    assert.deepEqual(request, { userPoolId: cognito.data.pools[1].id, name: 'web', generateSecret: false, authFlows: ['ALLOW_USER_SRP_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH'] });
    assert.deepEqual(run.prompter.asked.map((a) => `${a.step}/${a.totalSteps}`), ['1/4', '2/4', '3/4', '4/4']);
    assert.match(run.notifications[0].message, new RegExp(`App Client Id: ${client.clientId}`));
    await settle();
    assert.deepEqual(run.clipboard, [client.clientId]);
    assert.deepEqual(run.shown.map((n) => n.kind), ['appClient']);
  });

  it('from a pool node: skips the pool step and can add password auth for testing', async () => {
    const cognito = withPool();
    const run = flowRun([{ input: 'tests' }, { pick: 'Generate a client secret' }, { pickMany: ['Secure Remote Password (SRP)', 'Username and password'] }], cognito);
    await createAppClient(run.deps, onDefault(cognito.data.pools[0]));
    const request = run.cognito.writeCalls[0].args[0] as CreateAppClientRequest;
    assert.equal(request.generateSecret, true);
    assert.deepEqual(request.authFlows, ['ALLOW_USER_SRP_AUTH', 'ALLOW_USER_PASSWORD_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH']);
    assert.deepEqual(run.prompter.asked.map((a) => `${a.step}/${a.totalSteps}`), ['1/3', '2/3', '3/3']);
    assert.match(run.notifications[0].message, /client secret is not shown/);
  });

  it('asks again when no authentication flow is chosen', async () => {
    const cognito = withPool();
    const run = flowRun([{ input: 'x' }, { pick: 'No client secret' }, { pickMany: [] }, { pickMany: ['Custom authentication'] }], cognito);
    await createAppClient(run.deps, onDefault(cognito.data.pools[0]));
    run.prompter.assertDone();
    assert.deepEqual((run.cognito.writeCalls[0].args[0] as CreateAppClientRequest).authFlows, ['ALLOW_CUSTOM_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH']);
    assert.match(run.prompter.asked[3].text, /^Choose at least one flow\./);
  });

  it('says there is nothing to choose when the region has no pools', async () => {
    const run = flowRun([]);
    await assert.rejects(createAppClient(run.deps), /no user pools in this region yet; create one first/);
  });

  it('creates nothing when Esc is pressed at any step', async () => {
    await assertEscAtEveryStepCreatesNothing(
      [{ pick: 'shop' }, { input: 'web' }, { pick: 'No client secret' }, { pickMany: ['Secure Remote Password (SRP)'] }],
      withPool,
      (deps) => createAppClient(deps),
    );
  });
});
