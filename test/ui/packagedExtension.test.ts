// The package, not the source tree: `npm run package` makes the .vsix (in a copy of the repository, see
// test/support/workbench/packaging.ts), `code-server --install-extension` installs it into an empty extensions folder, and a
// workbench opened without any development path must show the Cognito view with the seeded pool. Nothing of
// the working tree is reachable from that code-server: its extensions folder holds only the installed copy.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { onProcessExit } from '../support/service';
import { copyProject, installVsix, npmRunPackage, zipEntries } from '../support/workbench/packaging';
import { startUiSession, type UiSession } from '../support/workbench/session';
import { afterTest } from '../support/workbench/failures';

// The budget catches a bundle that drags in what it should not (a second copy of the SDK, a source map, tests).
// It was 400 KB until the Lambda client (dist/lambda.js, Edit Lambda Triggers) and the authenticator set-up (a QR
// code encoder, TOTP) came: lambda.js carries its own copy of the SDK's core (about 80 KB of the package), since
// CommonJS bundles cannot share modules (docs/performance.md).
const MAX_VSIX_BYTES = 450 * 1024;
const EXTENSION_FOLDER = 'cognito-user-pools.cognito-user-pools-0.1.0';

describe('ui: the packaged extension (.vsix) installed into code-server', function () {
  this.timeout(60_000);
  let tmp: string;
  let unregisterRemoval: () => void;
  let vsix: string;
  let extensionsDir: string;
  let session: UiSession | undefined;

  before(async function () {
    this.timeout(240_000);
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'ui-vsix-'));
    unregisterRemoval = onProcessExit(() => fs.rmSync(tmp, { recursive: true, force: true }));
    const project = path.join(tmp, 'project');
    copyProject(project);
    vsix = path.join(tmp, 'cognito-user-pools.vsix');
    const packaged = await npmRunPackage(project, vsix);
    assert.equal(packaged.code, 0, `npm run package failed:\n${packaged.output}`);
    extensionsDir = path.join(tmp, 'extensions');
    const installed = await installVsix(vsix, extensionsDir, path.join(tmp, 'install-state'));
    assert.equal(installed.code, 0, `code-server --install-extension failed:\n${installed.output}`);
  });

  afterEach(function () {
    return afterTest(this.currentTest, session);
  });

  after(async function () {
    this.timeout(60_000);
    await session?.stop();
    if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
    unregisterRemoval?.();
  });

  it(`npm run package makes a .vsix of at most ${MAX_VSIX_BYTES / 1024} KB that holds only what runs`, () => {
    const bytes = fs.statSync(vsix).size;
    console.log(`    ${path.basename(vsix)}: ${(bytes / 1024).toFixed(1)} KB`);
    assert.ok(bytes <= MAX_VSIX_BYTES, `the .vsix is ${bytes} bytes`);
    const files = zipEntries(vsix)
      .filter((name) => name.startsWith('extension/'))
      .sort();
    const license = files.filter((name) => /^extension\/LICENSE(\.(md|txt))?$/i.test(name)); // there when the repository has one
    assert.deepEqual(files, [
      ...license,
      'extension/changelog.md',
      'extension/dist/aws.js',
      'extension/dist/codicons/codicon.css',
      'extension/dist/codicons/codicon.ttf',
      'extension/dist/core.js',
      'extension/dist/extension.js',
      'extension/dist/features.js',
      'extension/dist/lambda.js',
      'extension/dist/signin.js',
      'extension/dist/webview.js',
      'extension/media/cognito.svg',
      'extension/package.json',
      'extension/readme.md',
    ].sort());
  });

  it('code-server --install-extension puts a real copy (no link to the repository) in the extensions folder', () => {
    const folder = path.join(extensionsDir, EXTENSION_FOLDER);
    assert.deepEqual(fs.readdirSync(extensionsDir).sort(), [EXTENSION_FOLDER, 'extensions.json'], 'the only extension there');
    assert.ok(fs.lstatSync(folder).isDirectory(), `${folder} is a folder, not a symlink`);
    assert.deepEqual(fs.readdirSync(path.join(folder, 'dist')).sort(), ['aws.js', 'codicons', 'core.js', 'extension.js', 'features.js', 'lambda.js', 'signin.js', 'webview.js']);
    assert.ok(!fs.existsSync(path.join(folder, 'src')));
  });

  it('a workbench without a development path activates the installed copy: the Cognito icon shows and the tree lists the seeded pool', async function () {
    this.timeout(240_000);
    session = await startUiSession({ extension: { extensionsDir } });
    const wb = session.workbench;
    await wb.openCognitoView();
    const pool = wb.treeRow('demo-pool');
    await pool.waitFor();
    assert.match((await pool.getAttribute('aria-label')) ?? '', new RegExp(`^demo-pool ${session.seeded.poolId}\\b`));
    // The status bar item is the installed extension's, by its identifier.
    await wb.page.locator(`[id="cognito-user-pools.cognito-user-pools.cognito.connection"]`).waitFor();
  });
});
