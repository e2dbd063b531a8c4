// The mission in a real extension host: the create commands run with their prompts answered (a
// scripted Prompter replaces the input boxes), the tree provider then shows what they created, and
// both copy commands put the exact id on the real clipboard. Needs the emulator the runner starts.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { CognitoExtensionApi } from '../../src/extension';
import type { TreeNode } from '../../src/tree/nodes';
import type { Answer } from '../support/scriptedPrompter';
import { activated, runWithAnswers } from '../support/extensionHost';

describe('create, browse and copy in the extension host', function () {
  const poolName = `vscode pool ${Date.now()}`;
  let api: CognitoExtensionApi;
  let poolNode: TreeNode & { kind: 'pool' };

  before(async function () {
    assert.ok(process.env.COGNITO_LOCAL_ENDPOINT, 'the runner starts cognito-local and sets COGNITO_LOCAL_ENDPOINT');
    api = await activated();
  });

  after(() => api?.setPrompterForTests(undefined));

  /** Runs a command with scripted answers and checks every answer was used. */
  const runWith = (answers: Answer[], command: string, ...args: unknown[]) => runWithAnswers(api, answers, command, ...args);

  async function children(node?: TreeNode): Promise<TreeNode[]> {
    return (await api.treeDataProvider.getChildren(node)) ?? [];
  }

  async function folder(kind: 'appClientsFolder' | 'usersFolder'): Promise<TreeNode> {
    const found = (await children(poolNode)).find((n) => n.kind === kind);
    assert.ok(found, `no ${kind} under the pool`);
    return found;
  }

  it('Create User Pool puts the new pool in the tree with its Pool Id', async () => {
    await runWith([{ input: poolName }, { pick: 'Create pool' }], 'cognito.createUserPool');
    const found = (await children()).find((n) => n.kind === 'pool' && n.pool.name === poolName);
    assert.ok(found && found.kind === 'pool', 'the pool is listed');
    poolNode = found;
    const item = await api.treeDataProvider.getTreeItem(poolNode);
    assert.equal(item.description, poolNode.pool.id);
    assert.equal(item.contextValue, 'pool');
  });

  it('Create App Client on the pool node lists the client under "App clients"', async () => {
    await runWith([{ input: 'vscode-web' }, { pick: 'No client secret' }, { pickMany: ['Secure Remote Password (SRP)'] }], 'cognito.createAppClient', poolNode);
    const clients = await children(await folder('appClientsFolder'));
    assert.deepEqual(clients.map((n) => (n.kind === 'appClient' ? n.client.name : n.kind)), ['vscode-web']);
  });

  it('Create User from the palette lists the user under "Users"', async () => {
    await runWith(
      [{ pick: poolName }, { input: 'vscode-user' }, { input: 'vscode@example.com' }, { pick: 'Yes' }, { input: '' }, { pick: "Don't send an invitation" }, { input: 'Vscode-Pa55word' }],
      'cognito.createUser',
    );
    const users = await children(await folder('usersFolder'));
    const user = users.find((n) => n.kind === 'user');
    assert.ok(user && user.kind === 'user');
    assert.equal(user.user.username, 'vscode-user');
    const item = await api.treeDataProvider.getTreeItem(user);
    assert.equal(item.description, 'FORCE_CHANGE_PASSWORD · vscode@example.com');
    assert.equal((item.iconPath as vscode.ThemeIcon).id, 'key', 'the icon tells a user who must change the password');
  });

  it('Copy Pool Id on the pool node puts exactly the Pool Id on the clipboard', async () => {
    await vscode.env.clipboard.writeText('before');
    await runWith([], 'cognito.copyPoolId', poolNode);
    assert.equal(await vscode.env.clipboard.readText(), poolNode.pool.id);
  });

  it('Copy App Client Id from the palette asks pool and client and copies exactly its id', async () => {
    const [client] = await children(await folder('appClientsFolder'));
    assert.ok(client.kind === 'appClient');
    await vscode.env.clipboard.writeText('before');
    await runWith([{ pick: poolName }, { pick: 'vscode-web' }], 'cognito.copyAppClientId');
    assert.equal(await vscode.env.clipboard.readText(), client.client.clientId);
  });
});
