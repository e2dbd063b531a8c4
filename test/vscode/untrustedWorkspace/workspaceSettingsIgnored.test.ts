// In a workspace the person has not trusted, the extension runs (package.json: untrustedWorkspaces "limited")
// but takes no profile, region, endpoint, connection or request rate from the workspace's settings: a folder
// someone else wrote cannot point the extension, and the person's credentials, at a profile or an endpoint of
// its choosing, nor unpace bulk work. The runner opens a folder whose .vscode/settings.json sets
// cognito.endpoint and cognito.connections to the second emulator, and a profile, a region and a rate; the
// person's own setting names the first emulator. Each emulator holds one pool, created here with a plain SDK client.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { CreateUserPoolCommand, DeleteUserPoolCommand } from '@aws-sdk/client-cognito-identity-provider';
import * as vscode from 'vscode';
import { emulatorClient } from '../../support/emulatorClient';
import { activated, runWithAnswers } from '../../support/extensionHost';

describe('an untrusted workspace', () => {
  const userEndpoint = process.env.COGNITO_LOCAL_ENDPOINT ?? '';
  const workspaceEndpoint = process.env.COGNITO_LOCAL_ENDPOINT_2 ?? '';
  const created: { endpoint: string; id: string }[] = [];

  before(async () => {
    assert.ok(userEndpoint && workspaceEndpoint, 'the runner sets COGNITO_LOCAL_ENDPOINT and COGNITO_LOCAL_ENDPOINT_2');
    for (const [endpoint, name] of [[userEndpoint, 'pool-of-the-user-setting'], [workspaceEndpoint, 'pool-of-the-workspace-setting']]) {
      const client = emulatorClient(endpoint);
      const { UserPool } = await client.send(new CreateUserPoolCommand({ PoolName: name }));
      created.push({ endpoint, id: UserPool?.Id ?? '' });
      client.destroy();
    }
  });

  after(async () => {
    for (const { endpoint, id } of created) {
      const client = emulatorClient(endpoint);
      await client.send(new DeleteUserPoolCommand({ UserPoolId: id })).catch(() => undefined);
      client.destroy();
    }
  });

  it('is untrusted, and its settings file names the other emulator', () => {
    assert.equal(vscode.workspace.isTrusted, false);
    const folder = vscode.workspace.workspaceFolders?.[0]?.uri.fsPath ?? '';
    const written = JSON.parse(fs.readFileSync(path.join(folder, '.vscode', 'settings.json'), 'utf8')) as Record<string, unknown>;
    assert.equal(written['cognito.endpoint'], workspaceEndpoint);
    assert.ok(Array.isArray(written['cognito.connections']));
    assert.equal(written['cognito.profile'], 'production-from-the-workspace');
    assert.equal(written['cognito.region'], 'ap-northeast-3');
    assert.equal(written['cognito.maxRequestsPerSecond'], 100000);
  });

  it('lists the pools of the endpoint in the user settings, not those of the workspace settings', async () => {
    const api = await activated();
    const roots = (await api.treeDataProvider.getChildren(undefined)) ?? [];
    // One connection (the user's), so no connection roots: the pools themselves.
    assert.deepEqual(roots.filter((node) => node.kind === 'connection'), []);
    const names = roots.flatMap((node) => (node.kind === 'pool' ? [node.pool.name] : []));
    assert.ok(names.includes('pool-of-the-user-setting'), `listed: ${JSON.stringify(roots)}`);
    assert.ok(!names.includes('pool-of-the-workspace-setting'), `pools listed: ${names.join(', ')}`);
  });

  it('reads the restricted settings as the user set them', () => {
    const config = vscode.workspace.getConfiguration('cognito');
    assert.equal(config.get('endpoint'), userEndpoint);
    assert.deepEqual(config.get('connections') ?? [], []);
    // The person set none of these: their defaults, not the workspace's production profile, region or rate.
    assert.equal(config.get('profile'), '');
    assert.equal(config.get('region'), '');
    assert.equal(config.get('maxRequestsPerSecond'), null);
  });

  it('Select Region writes the person’s own setting, the one that counts here, not the workspace’s', async () => {
    const api = await activated();
    try {
      await runWithAnswers(api, [{ pick: 'eu-south-2' }], 'cognito.selectRegion');
      const region = vscode.workspace.getConfiguration('cognito').inspect<string>('region');
      assert.equal(region?.globalValue, 'eu-south-2');
      assert.equal(vscode.workspace.getConfiguration('cognito').get('region'), 'eu-south-2');
      const folder = vscode.workspace.workspaceFolders?.[0]?.uri.fsPath ?? '';
      const written = JSON.parse(fs.readFileSync(path.join(folder, '.vscode', 'settings.json'), 'utf8')) as Record<string, unknown>;
      assert.equal(written['cognito.region'], 'ap-northeast-3', 'the workspace file is left as it was');
    } finally {
      await vscode.workspace.getConfiguration('cognito').update('region', undefined, vscode.ConfigurationTarget.Global);
    }
  });
});
