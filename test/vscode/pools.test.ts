// Pools and app clients in the real extension host against cognito-local: the details of a pool and
// of a client open and show the ids; a client's flows change through the command (cognito-local keeps what
// an update leaves out, where AWS resets it, so that every other member is kept is proven on the
// AWS-faithful double: test/integration/appClientsOnDouble.test.ts); the Amplify
// snippet on the real clipboard holds the ids; a client and a pool are deleted after their
// confirmations and leave the tree and the emulator.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import {
  CreateUserPoolClientCommand,
  CreateUserPoolCommand,
  DescribeUserPoolClientCommand,
  DescribeUserPoolCommand,
  ListUserPoolsCommand,
} from '@aws-sdk/client-cognito-identity-provider';
import type { TreeNode } from '../../src/tree/nodes';
import type { Answer } from '../support/scriptedPrompter';
import { DETAILS_VIEW_TYPE } from '../../src/shared/views/viewMessages';
import { poolNode, runWithAnswers, useExtensionHost } from '../support/extensionHost';
import { activeWebviewType, renderedModel, valueOf } from '../support/renderedViews';

describe('pools and app clients in the extension host', function () {
  const poolName = `vscode pools ${Date.now()}`;
  const host = useExtensionHost();
  let poolId: string;
  let clientId: string;

  before(async () => {
    poolId = (await host.client.send(new CreateUserPoolCommand({ PoolName: poolName }))).UserPool?.Id ?? '';
    clientId =
      (await host.client.send(new CreateUserPoolClientCommand({ UserPoolId: poolId, ClientName: 'spa', ExplicitAuthFlows: ['ALLOW_USER_SRP_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH'], CallbackURLs: ['https://spa.example.com/cb'] })))
        .UserPoolClient?.ClientId ?? '';
    await vscode.commands.executeCommand('cognito.refresh');
  });

  const runWith = (answers: Answer[], command: string, ...args: unknown[]) => runWithAnswers(host.api, answers, command, ...args);

  const children = async (node?: TreeNode): Promise<TreeNode[]> => (await host.api.treeDataProvider.getChildren(node)) ?? [];
  const clientsFolder = async () => (await children(await poolNode(host.api, poolId))).find((n) => n.kind === 'appClientsFolder') as TreeNode;
  const clientNode = async () => {
    const found = (await children(await clientsFolder())).find((n) => n.kind === 'appClient' && n.client.clientId === clientId);
    assert.ok(found, 'the client is listed');
    return found;
  };

  async function activeText(scheme: string, expected: RegExp): Promise<string> {
    for (let attempt = 0; attempt < 50; attempt++) {
      const editor = vscode.window.activeTextEditor;
      if (editor?.document.uri.scheme === scheme && expected.test(editor.document.getText())) return editor.document.getText();
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    assert.fail(`no active ${scheme} editor showing ${expected}: ${vscode.window.activeTextEditor?.document.getText().slice(0, 300)}`);
  }

  it('lists an "Identity pools" folder after the pools, which on cognito-local (no Cognito Identity) says so when opened', async () => {
    const roots = await children();
    const folder = roots.at(-1);
    assert.equal(folder?.kind, 'identityPoolsFolder', roots.map((n) => n.kind).join(', '));
    const item = await host.api.treeDataProvider.getTreeItem(folder as TreeNode);
    assert.equal(item.label, 'Identity pools');
    const inside = await children(folder);
    assert.deepEqual(
      inside.map((n) => (n.kind === 'error' ? n.message : n.kind)),
      ['This Cognito endpoint does not support ListIdentityPools; it works against AWS.'],
    );
  });

  // The workbench fills a row's tooltip from resolveTreeItem only where getTreeItem left it undefined (a tooltip
  // given at first stays), so the pool's tooltip, with the ARN that ListUserPools lacks, is made on hover alone.
  it("a pool's tooltip comes on hover, with the ARN read back from cognito-local", async () => {
    const node = await poolNode(host.api, poolId);
    const item = await host.api.treeDataProvider.getTreeItem(node);
    assert.equal(item.tooltip, undefined, 'getTreeItem leaves the tooltip to the hover');
    const arn = (await host.client.send(new DescribeUserPoolCommand({ UserPoolId: poolId }))).UserPool?.Arn;
    assert.ok(arn, 'cognito-local gives the pool an ARN');
    const hovered = await host.api.treeDataProvider.resolveTreeItem?.(item, node, new vscode.CancellationTokenSource().token);
    const tooltip = hovered?.tooltip;
    assert.ok(tooltip instanceof vscode.MarkdownString, 'the hover gets a tooltip');
    assert.ok(tooltip.value.includes(`Pool Id: \`${poolId}\``), tooltip.value);
    assert.ok(tooltip.value.includes(`ARN: \`${arn}\``), tooltip.value);
  });

  it('Show Pool Details and Show App Client Details open rendered panels sent the ids; Show as Text opens the same view as Markdown', async () => {
    await runWith([], 'cognito.showPoolDetails', await poolNode(host.api, poolId));
    const pool = await renderedModel(host.api, `Pool ${poolName}`);
    assert.equal(activeWebviewType(), DETAILS_VIEW_TYPE, 'the rendered details panel is the active tab');
    assert.equal(valueOf(pool, 'Pool Id'), poolId);
    assert.equal(valueOf(pool, 'Issuer URL'), `${process.env.COGNITO_LOCAL_ENDPOINT}/${poolId}`);

    await runWith([], 'cognito.showAsText');
    const text = await activeText('cognito-details', new RegExp(`Pool Id: \`${poolId}\``));
    assert.match(text, new RegExp(`Issuer URL: \`${process.env.COGNITO_LOCAL_ENDPOINT}/${poolId}\``));

    await runWith([], 'cognito.showAppClientDetails', await clientNode());
    const client = await renderedModel(host.api, 'App client spa');
    assert.equal(valueOf(client, 'App Client Id'), clientId);
    // The OAuth section: created without AllowedOAuthFlowsUserPoolClient, its callback URL kept, no default redirect.
    assert.equal(valueOf(client, 'OAuth for this client'), 'off (the settings below are kept, unused)');
    assert.equal(valueOf(client, 'Callback URL'), 'https://spa.example.com/cb');
    assert.equal(valueOf(client, 'Default redirect URI'), 'none');
    assert.equal(activeWebviewType(), DETAILS_VIEW_TYPE);
  });

  // The callback URL is read back too, but cognito-local would keep it even if the update left it out.
  it('Edit Authentication Flows changes the flows after its summary is answered, read back from cognito-local', async () => {
    await runWith([{ pickMany: ['Secure Remote Password (SRP)', 'Username and password'] }, { confirm: true }], 'cognito.editAppClientAuthFlows', await clientNode());
    const described = (await host.client.send(new DescribeUserPoolClientCommand({ UserPoolId: poolId, ClientId: clientId }))).UserPoolClient;
    assert.deepEqual([...(described?.ExplicitAuthFlows ?? [])].sort(), ['ALLOW_REFRESH_TOKEN_AUTH', 'ALLOW_USER_PASSWORD_AUTH', 'ALLOW_USER_SRP_AUTH']);
    assert.deepEqual(described?.CallbackURLs, ['https://spa.example.com/cb']);
  });

  it('Copy Configuration For… Amplify puts the pool and client ids on the clipboard', async () => {
    await vscode.env.clipboard.writeText('before');
    await runWith([{ pick: 'Amplify JS v6' }], 'cognito.copyConfig', await clientNode());
    const text = await vscode.env.clipboard.readText();
    assert.match(text, new RegExp(`userPoolId: '${poolId}'`));
    assert.match(text, new RegExp(`userPoolClientId: '${clientId}'`));
  });

  it('Delete App Client, then Delete User Pool, remove them from the tree and the emulator', async () => {
    await runWith([{ confirm: true }], 'cognito.deleteAppClient', await clientNode());
    assert.deepEqual((await children(await clientsFolder())).map((n) => n.kind), ['empty']);
    await runWith([{ input: poolName }], 'cognito.deleteUserPool', await poolNode(host.api, poolId));
    assert.ok(!(await children()).some((n) => n.kind === 'pool' && n.pool.id === poolId), 'gone from the tree');
    const pools = (await host.client.send(new ListUserPoolsCommand({ MaxResults: 60 }))).UserPools ?? [];
    assert.ok(!pools.some((p) => p.Id === poolId), 'gone from the emulator');
  });
});
