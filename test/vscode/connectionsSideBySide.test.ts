// Two connections side by side in the real extension host: Add Connection writes cognito.connections
// (keeping the connection in use), the tree shows both as roots, Copy Pool Id on a pool of the second
// puts its id on the real clipboard, Create App Client on it creates in the second emulator (read back
// with a plain SDK client), and Remove Connection takes the entry out again.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { CreateUserPoolCommand, ListUserPoolClientsCommand, ListUserPoolsCommand, type CognitoIdentityProviderClient } from '@aws-sdk/client-cognito-identity-provider';
import type { CognitoExtensionApi } from '../../src/extension';
import type { TreeNode } from '../../src/tree/nodes';
import { emulatorClient } from '../support/emulatorClient';
import type { Answer } from '../support/scriptedPrompter';
import { activated, runWithAnswers } from '../support/extensionHost';

describe('two connections in the extension host', function () {
  const poolName = `second vscode pool ${Date.now()}`;
  const config = () => vscode.workspace.getConfiguration('cognito');
  let api: CognitoExtensionApi;
  let first: string;
  let second: string;
  let firstClient: CognitoIdentityProviderClient;
  let secondClient: CognitoIdentityProviderClient;
  let poolId: string;

  before(async function () {
    first = process.env.COGNITO_LOCAL_ENDPOINT ?? '';
    second = process.env.COGNITO_LOCAL_ENDPOINT_2 ?? '';
    assert.ok(first && second, 'the runner starts two cognito-local processes and sets COGNITO_LOCAL_ENDPOINT and COGNITO_LOCAL_ENDPOINT_2');
    api = await activated();
    firstClient = emulatorClient(first);
    secondClient = emulatorClient(second);
    poolId = (await secondClient.send(new CreateUserPoolCommand({ PoolName: poolName }))).UserPool?.Id ?? '';
    assert.ok(poolId);
  });

  after(async () => {
    api?.setPrompterForTests(undefined);
    await config().update('connections', undefined, vscode.ConfigurationTarget.Global);
    firstClient?.destroy();
    secondClient?.destroy();
  });

  const runWith = (answers: Answer[], command: string, ...args: unknown[]) => runWithAnswers(api, answers, command, ...args);

  const children = async (node?: TreeNode): Promise<TreeNode[]> => (await api.treeDataProvider.getChildren(node)) ?? [];

  async function rootLabelled(label: string): Promise<TreeNode> {
    const roots = await children();
    const root = roots.find((n) => n.kind === 'connection' && n.connection.label === label);
    assert.ok(root, `a root "${label}" among ${roots.map((n) => (n.kind === 'connection' ? n.connection.label : n.kind)).join(', ')}`);
    return root;
  }

  async function secondPool(): Promise<TreeNode & { kind: 'pool' }> {
    const pool = (await children(await rootLabelled('Second'))).find((n) => n.kind === 'pool' && n.pool.name === poolName);
    assert.ok(pool && pool.kind === 'pool', 'the second emulator’s pool is listed under "Second"');
    return pool;
  }

  it('Add Connection adds the emulator beside the connection in use, and the tree shows both as roots', async () => {
    await runWith([{ pick: 'Local emulator' }, { input: second }, { pick: 'us-east-1' }, { input: 'Second' }], 'cognito.addConnection');
    assert.deepEqual(config().get('connections'), [
      { region: 'us-east-1', endpoint: first },
      { region: 'us-east-1', endpoint: second, label: 'Second' },
    ]);
    const roots = await children();
    assert.deepEqual(
      roots.map((n) => n.kind),
      ['connection', 'connection'],
    );
    const firstPools = await children(await rootLabelled(`${first.replace('http://', '')} · us-east-1`));
    assert.ok(!firstPools.some((n) => n.kind === 'pool' && n.pool.id === poolId), 'the first root lists only the first emulator’s pools');
    await secondPool();
  });

  it('Copy Pool Id on a pool of the second root puts that pool’s id on the clipboard', async () => {
    await vscode.env.clipboard.writeText('before');
    await runWith([], 'cognito.copyPoolId', await secondPool());
    assert.equal(await vscode.env.clipboard.readText(), poolId);
  });

  it('Create App Client on a pool of the second root creates it in the second emulator', async () => {
    await runWith([{ input: 'second-web' }, { pick: 'No client secret' }, { pickMany: ['Secure Remote Password (SRP)'] }], 'cognito.createAppClient', await secondPool());
    const clients = await secondClient.send(new ListUserPoolClientsCommand({ UserPoolId: poolId, MaxResults: 60 }));
    assert.deepEqual(clients.UserPoolClients?.map((c) => c.ClientName), ['second-web']);
    const firstPools = (await firstClient.send(new ListUserPoolsCommand({ MaxResults: 60 }))).UserPools ?? [];
    assert.ok(!firstPools.some((p) => p.Id === poolId || p.Name === poolName), 'nothing of it in the first emulator');
  });

  it('Remove Connection on the second root leaves only the first entry', async () => {
    await runWith([{ confirm: true }], 'cognito.removeConnection', await rootLabelled('Second'));
    assert.deepEqual(config().get('connections'), [{ region: 'us-east-1', endpoint: first }]);
  });
});
