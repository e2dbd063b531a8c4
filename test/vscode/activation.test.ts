// The extension loads in a real extension host and what it registers matches its manifest.
// Generic on purpose: commands and views are read from package.json, so adding some keeps these green.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { CognitoExtensionApi } from '../../src/extension';

const EXTENSION_ID = 'cognito-user-pools.cognito-user-pools';
const VIEW_CONTAINER = 'cognito';
const VIEW = 'cognitoUserPools';

interface Manifest {
  contributes?: {
    commands?: { command: string }[];
    viewsContainers?: { activitybar?: { id: string }[] };
    views?: Record<string, { id: string }[]>;
  };
}

describe('activation', () => {
  let extension: vscode.Extension<unknown>;
  let manifest: Manifest;

  before(async () => {
    const found = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(found, `extension ${EXTENSION_ID} is not loaded`);
    extension = found;
    manifest = extension.packageJSON as Manifest;
    await extension.activate();
  });

  it('activates', () => {
    assert.equal(extension.isActive, true);
  });

  it('loads only dist/extension.js on activation: not the core, features or AWS SDK bundles', () => {
    // The view has not asked for nodes yet and no command has run (dist/core.js loads on either), nothing has
    // called AWS (dist/aws.js loads on the first call), and dist/features.js waits for the first command.
    const loaded = Object.keys(require.cache).filter((file) => file.startsWith(path.join(extension.extensionPath, 'dist')));
    assert.deepEqual(loaded.map((file) => path.basename(file)), ['extension.js']);
  });

  it('registers every command declared in package.json', async () => {
    const declared = (manifest.contributes?.commands ?? []).map((c) => c.command);
    assert.ok(declared.length > 0, 'package.json declares no commands');
    const registered = new Set(await vscode.commands.getCommands(true));
    assert.deepEqual(declared.filter((id) => !registered.has(id)), [], 'declared but not registered');
  });

  it('registers no cognito.* command that package.json does not declare', async () => {
    const declared = new Set((manifest.contributes?.commands ?? []).map((c) => c.command));
    const registered = await vscode.commands.getCommands(true);
    const undeclared = registered.filter((id) => id.startsWith('cognito.') && !declared.has(id));
    assert.deepEqual(undeclared, [], 'registered but not declared');
  });

  it("keeps the AWS bundle's compiled code in its global storage once the first AWS call has loaded it", async () => {
    const api = await extension.activate();
    assert.ok(api, 'the test seams are exported in a test run');
    // ListUserPools: loads dist/aws.js, which must work loaded this way (no error node).
    const roots = (await (api as CognitoExtensionApi).treeDataProvider.getChildren(undefined)) ?? [];
    assert.deepEqual(roots.filter((node) => node.kind === 'error'), []);
    const folder = path.join((api as CognitoExtensionApi).globalStorageUri.fsPath, 'compile-cache');
    const saved = () => (fs.existsSync(folder) ? fs.readdirSync(folder).filter((name) => name.startsWith('aws.js-')) : []);
    for (let waited = 0; saved().length === 0 && waited < 15_000; waited += 250) await new Promise((resolve) => setTimeout(resolve, 250));
    assert.equal(saved().length, 1, `one code cache of aws.js in ${folder}`);
    assert.ok(require.cache[path.join(extension.extensionPath, 'dist', 'aws.js')], 'aws.js is one module in require.cache');
  });

  it(`contributes the ${VIEW} view in the ${VIEW_CONTAINER} view container`, async () => {
    const containers = manifest.contributes?.viewsContainers?.activitybar ?? [];
    assert.ok(containers.some((c) => c.id === VIEW_CONTAINER), `no activity bar container "${VIEW_CONTAINER}"`);
    const views = manifest.contributes?.views?.[VIEW_CONTAINER] ?? [];
    assert.ok(views.some((v) => v.id === VIEW), `no view "${VIEW}" in container "${VIEW_CONTAINER}"`);
    // Resolves only when the workbench knows the container.
    await vscode.commands.executeCommand(`workbench.view.extension.${VIEW_CONTAINER}`);
  });
});
