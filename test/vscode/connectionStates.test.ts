// Connection states in the real extension host: with no credentials anywhere the tree is empty so the
// view's welcome content shows; with a missing profile the same; restoring the emulator endpoint and
// refreshing recovers without a reload.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { CognitoExtensionApi } from '../../src/extension';
import type { TreeNode } from '../../src/tree/nodes';
import { isolateAwsEnvironment } from '../runners/awsIsolation';

describe('connection states', function () {
  const saved = { ...process.env };
  let api: CognitoExtensionApi;
  const config = () => vscode.workspace.getConfiguration('cognito');
  let endpoint: string | undefined;

  before(async function () {
    endpoint = process.env.COGNITO_LOCAL_ENDPOINT;
    assert.ok(endpoint, 'the runner starts cognito-local and sets COGNITO_LOCAL_ENDPOINT');
    // Nowhere to find credentials (no keys, no config files, no instance metadata), so a moment with
    // no endpoint can never reach AWS: it ends in "no credentials" before any request.
    isolateAwsEnvironment();
    const extension = vscode.extensions.getExtension<CognitoExtensionApi>('cognito-user-pools.cognito-user-pools');
    assert.ok(extension);
    api = await extension.activate();
    assert.ok(api, 'the test seams are exported in a test run (ExtensionMode.Test)');
  });

  afterEach(async () => {
    await config().update('endpoint', endpoint, vscode.ConfigurationTarget.Global);
    await config().update('profile', undefined, vscode.ConfigurationTarget.Global);
  });

  after(() => {
    process.env = saved;
  });

  const roots = async (): Promise<TreeNode[]> => (await api.treeDataProvider.getChildren()) ?? [];

  it('declares welcome content for the no-credentials state', () => {
    const manifest = vscode.extensions.getExtension('cognito-user-pools.cognito-user-pools')?.packageJSON as {
      contributes: { viewsWelcome: { view: string; when: string; contents: string }[] };
    };
    const welcome = manifest.contributes.viewsWelcome.find((w) => w.view === 'cognitoUserPools' && w.when === 'cognito.noCredentials');
    assert.ok(welcome);
    assert.match(welcome.contents, /command:cognito\.selectProfile/);
    assert.match(welcome.contents, /cognito\.endpoint/);
  });

  it('leaves the tree empty for the welcome content when no credentials exist, and recovers', async () => {
    await config().update('endpoint', '', vscode.ConfigurationTarget.Global);
    assert.deepEqual(await roots(), []);

    await config().update('endpoint', endpoint, vscode.ConfigurationTarget.Global);
    const recovered = await roots();
    assert.ok(recovered.length > 0 && recovered.every((n) => n.kind === 'pool' || n.kind === 'empty' || n.kind === 'identityPoolsFolder'), 'pools again after fixing the cause');
  });

  it('names a missing profile in one error node, and recovers when another is chosen', async () => {
    // Profile first, then no endpoint (and back in the reverse order): never a moment aimed at AWS.
    await config().update('profile', 'no-such-profile', vscode.ConfigurationTarget.Global);
    await config().update('endpoint', '', vscode.ConfigurationTarget.Global);
    const [node, ...rest] = await roots();
    assert.deepEqual(rest, []);
    assert.equal((await api.treeDataProvider.getTreeItem(node)).label, 'The AWS profile "no-such-profile" is not in your AWS config or credentials file; select another profile.');
    await config().update('endpoint', endpoint, vscode.ConfigurationTarget.Global);
    await config().update('profile', undefined, vscode.ConfigurationTarget.Global);
    assert.ok((await roots()).length > 0);
  });

  it('shows an unreachable endpoint as one error node that retries when clicked', async () => {
    await config().update('endpoint', 'http://127.0.0.1:9', vscode.ConfigurationTarget.Global);
    const [node, ...rest] = await roots();
    assert.deepEqual(rest, []);
    assert.equal(node.kind, 'error');
    const item = await api.treeDataProvider.getTreeItem(node);
    assert.equal(item.label, 'Cannot reach the Cognito endpoint; check your network connection or that the local emulator is running.');
    assert.equal(item.command?.command, 'cognito.refresh');
  });
});
