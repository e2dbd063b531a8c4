import * as assert from 'node:assert/strict';
import { copyAppClientId, copyPoolId } from '../../src/commands/flows/copyIds';
import { Cancelled } from '../../src/ui/prompter';
import { FakeCognito } from '../support/fakeCognito';
import { flowRun } from '../support/flowHarness';
import { ESC } from '../support/scriptedPrompter';
import { onDefault } from '../support/connections';
import { SINGLE_CONNECTION_ID } from '../../src/connection/connections';

function account() {
  const cognito = new FakeCognito();
  const pool = cognito.addPool('shop');
  cognito.data.clients.push({ userPoolId: pool.id, clientId: 'abc123client', name: 'web' });
  return cognito;
}

describe('Copy Pool Id / App Client Id', () => {
  it('copies the id of the node it was invoked on without asking', async () => {
    const cognito = account();
    const run = flowRun([], cognito);
    await copyPoolId(run.deps, onDefault(cognito.data.pools[0]));
    await copyAppClientId(run.deps, { connectionId: SINGLE_CONNECTION_ID, client: cognito.data.clients[0] });
    assert.deepEqual(run.clipboard, [cognito.data.pools[0].id, 'abc123client']);
    assert.deepEqual(run.statusMessages, [`$(check) Copied Pool Id ${cognito.data.pools[0].id}`, '$(check) Copied App Client Id abc123client']);
    assert.deepEqual(run.cognito.calls, []);
  });

  it('from the palette asks for the pool, then the client', async () => {
    const cognito = account();
    const run = flowRun([{ pick: 'shop' }, { pick: 'web' }], cognito);
    assert.equal(await copyAppClientId(run.deps), 'abc123client');
    run.prompter.assertDone();
    assert.deepEqual(run.prompter.asked.map((a) => `${a.title} ${a.step}/${a.totalSteps}`), ['Copy App Client Id 1/2', 'Copy App Client Id 2/2']);
  });

  it('copies nothing on Esc', async () => {
    const run = flowRun([{ pick: 'shop' }, ESC], account());
    await assert.rejects(copyAppClientId(run.deps), Cancelled);
    assert.deepEqual(run.clipboard, []);
  });
});
