#!/usr/bin/env node
// `npm start` (after scripts/ensure-setup.sh): try the extension in a browser against a local Cognito.
//   1. builds the extension (node esbuild.js) and compiles test/demo/ and what it imports into out/,
//   2. starts cognito-local with its data in .cache/demo-data/cognito-local and, on the first start only,
//      seeds it: pool "demo-pool" (plain usernames), app client "demo-web" (no secret, SRP + refresh token),
//      users alice (CONFIRMED), bob (FORCE_CHANGE_PASSWORD), carol (CONFIRMED, disabled), dave (UNCONFIRMED).
//      .cache/demo-data/seeded.json records it; later starts reuse the data (same pool id). Delete
//      .cache/demo-data to start over.
//   3. starts code-server (from .cache/, as the tests use it) with the extension installed as a symlink to
//      this folder, the user setting cognito.endpoint pointing at the emulator, and the folder
//      .cache/demo-data/workspace open, then prints:
//        Cognito emulator: http://127.0.0.1:9229
//        Open http://127.0.0.1:8080/ in a browser
//   Ctrl+C (SIGINT), SIGTERM or SIGHUP stops both (SIGTERM, then waits for their ports to close) and exits 0;
//   a second Ctrl+C while stopping kills them at once.
//
// Ports: code-server 8080 and cognito-local 9229 (each tool's own default), or any free port when that one
// is taken (the printed lines say which). PORT and COGNITO_LOCAL_PORT choose them; a chosen port that is
// taken is an error.
// Other variables: COGNITO_DEMO_DATA_DIR (instead of .cache/demo-data; the test uses a temp folder),
// COGNITO_DEMO_VERBOSE=1 (print both services' logs), COGNITO_CACHE_DIR (where code-server is, as for the tests).
//
//   node scripts/start-demo.js [--no-build]     --no-build: use dist/ and out/ as they are
'use strict';
const { spawnSync } = require('node:child_process');
const path = require('node:path');

const ROOT = path.resolve(__dirname, '..');

function run(what, args) {
  const result = spawnSync(process.execPath, args, { cwd: ROOT, stdio: 'inherit' });
  if (result.status !== 0) {
    console.error(`npm start: ${what} failed`);
    process.exit(result.status || 1);
  }
}

const args = process.argv.slice(2);
const unknown = args.filter((arg) => arg !== '--no-build');
if (unknown.length) {
  console.error(`npm start: unknown argument ${unknown.join(' ')}; the only one is --no-build`);
  process.exit(2);
}
if (!args.includes('--no-build')) {
  console.log('Building the extension and the demo');
  run('building the extension (node esbuild.js)', ['esbuild.js']);
  run('compiling test/demo (tsc)', [require.resolve('typescript/bin/tsc', { paths: [ROOT] }), '-p', 'test/demo/tsconfig.json']);
}
// The AWS SDK's notice that its future versions need Node 22 (docs/testing.md, "Node versions"): nine lines of noise above the address.
const emitWarning = process.emitWarning;
process.emitWarning = (warning, ...rest) =>
  String(warning && warning.message !== undefined ? warning.message : warning).startsWith('NodeVersionSupportWarning')
    ? undefined
    : emitWarning.call(process, warning, ...rest);

require(path.join(ROOT, 'out/test/demo/main.js')).main();
