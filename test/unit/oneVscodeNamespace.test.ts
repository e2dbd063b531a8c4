// Each bundle asks the extension host for `vscode` once (scripts/oneVscodeNamespace.js): esbuild would otherwise
// give every importing file its own copy of the API's members, which loading core.js paid five times on the view's
// first request. Built with esbuild.js's own options, as shipped.
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import * as esbuild from 'esbuild';
import { repoRoot } from '../runners/paths';

describe('one vscode namespace per bundle', function () {
  this.timeout(60_000);

  it('requires vscode once in every bundle that uses it, and copies no namespace per file', async () => {
    const root = repoRoot();
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { buildOptions } = require(path.join(root, 'esbuild.js')) as { buildOptions(mode: { production: boolean }): esbuild.BuildOptions };
    const result = await esbuild.build({ ...buildOptions({ production: false }), absWorkingDir: root, write: false, sourcemap: false, minify: false });
    const requires = Object.fromEntries(
      result.outputFiles.filter((file) => file.path.endsWith('.js')).map((file) => [path.basename(file.path), (file.text.match(/require\("vscode"\)/g) ?? []).length]),
    );
    assert.deepEqual(requires, { 'aws.js': 0, 'core.js': 1, 'extension.js': 1, 'features.js': 1, 'identity.js': 0, 'lambda.js': 0, 'signin.js': 0 });
  });
});
