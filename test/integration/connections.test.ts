import * as assert from 'node:assert/strict';
import { CreateUserPoolCommand, ListUserPoolClientsCommand, ListUserPoolsCommand, type CognitoIdentityProviderClient } from '@aws-sdk/client-cognito-identity-provider';
import { commandHandlers, type CommandHandlers } from '../../src/commands/dispatch';
import { ConnectionRegistry } from '../../src/connection/connectionRegistry';
import { TreeModel } from '../../src/tree/model';
import type { TreeNode } from '../../src/tree/nodes';
import { flowRun } from '../support/flowHarness';
import { ScriptedPrompter, type Answer } from '../support/scriptedPrompter';
import { modelUpdates } from '../support/connections';
import { cognitoLocalEndpoint } from '../support/cognitoLocal';
import { useEmulator, useOwnEmulator } from '../support/sessionHooks';

// Two real cognito-local processes as two entries of cognito.connections, through the extension's own
// wiring (ConnectionRegistry → LazyCognito → the AWS bundle → SDK). Commands run on nodes of the second
// connection; plain SDK clients then read each emulator directly to see where things landed.

describe('two connections against two cognito-local processes', function () {
  this.timeout(30_000);
  const first = useEmulator();
  const second = useOwnEmulator();
  let model: TreeModel;
  let table: CommandHandlers;
  let prompter: ScriptedPrompter;

  before(async () => {
    const registry = new ConnectionRegistry({
      single: () => ({}),
      list: () => [
        { label: 'first', region: 'us-east-1', endpoint: cognitoLocalEndpoint() },
        { label: 'second', region: 'us-east-1', endpoint: second.endpoint },
      ],
    });
    model = new TreeModel(registry);
    const scripted = flowRun([]);
    table = commandHandlers({
      deps: () => ({ ...scripted.deps, prompter, connections: registry, tree: modelUpdates(model) }),
      model,
      connections: registry,
      settings: { writer: { update: async () => undefined }, currentList: () => [], currentSingle: async () => ({ region: 'us-east-1' }) },
      listProfiles: async () => [],
      openSsoLogin: async () => undefined,
      activeSubject: () => undefined,
      refreshDetails: async () => undefined,
      showAsText: async () => undefined,
    });
  });

  async function run(command: string, node: TreeNode, answers: Answer[]): Promise<void> {
    prompter = new ScriptedPrompter(answers);
    await table[command](node);
    prompter.assertDone();
  }

  const poolNames = async (client: CognitoIdentityProviderClient) => ((await client.send(new ListUserPoolsCommand({ MaxResults: 60 }))).UserPools ?? []).map((p) => p.Name);

  it('creates a pool and an app client through nodes of the second connection in the second emulator only', async () => {
    const name = `second-only ${Date.now()}`;
    const [firstRoot, secondRoot] = await model.getChildren();
    assert.deepEqual([firstRoot.kind, secondRoot.kind], ['connection', 'connection']);

    await run('cognito.createUserPool', secondRoot, [{ input: name }, { pick: 'Create pool' }]);
    assert.ok((await poolNames(second.client)).includes(name), 'the pool is in the second emulator');
    assert.ok(!(await poolNames(first.client)).includes(name), 'and not in the first');

    const pool = (await model.getChildren(secondRoot)).find((n) => n.kind === 'pool' && n.pool.name === name);
    assert.ok(pool && pool.kind === 'pool', 'the tree lists it under the second connection');
    assert.ok(!(await model.getChildren(firstRoot)).some((n) => n.kind === 'pool' && n.pool.name === name), 'not under the first');

    await run('cognito.createAppClient', pool, [{ input: 'second-web' }, { pick: 'No client secret' }, { pickMany: ['Secure Remote Password (SRP)'] }]);
    const clients = await second.client.send(new ListUserPoolClientsCommand({ UserPoolId: pool.pool.id, MaxResults: 60 }));
    assert.deepEqual(clients.UserPoolClients?.map((c) => c.ClientName), ['second-web']);
  });

  it('shows an unreachable connection as its own error node while the other lists its pools', async () => {
    // Its own pool: the test must pass alone too (mutation testing runs single tests).
    await second.client.send(new CreateUserPoolCommand({ PoolName: 'second-listed' }));
    const registry = new ConnectionRegistry({
      single: () => ({}),
      list: () => [
        { label: 'gone', region: 'us-east-1', endpoint: 'http://127.0.0.1:9' },
        { label: 'second', region: 'us-east-1', endpoint: second.endpoint },
      ],
    });
    const tree = new TreeModel(registry);
    const [gone, alive] = await tree.getChildren();
    const [error] = await tree.getChildren(gone);
    assert.equal(error.kind, 'error');
    assert.match(error.kind === 'error' ? error.message : '', /Cannot reach the Cognito endpoint/);
    assert.ok((await tree.getChildren(alive)).some((n) => n.kind === 'pool'));
  });
});
