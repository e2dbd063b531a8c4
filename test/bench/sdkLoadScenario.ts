// One load of the production dist/aws.js in a fresh process, run by sdkLoadRows.ts with the extension host's
// own Node (code-server's Node 24): how long the first AWS call waits for the SDK bundle.
//   node sdkLoadScenario.js require  <aws.js> <builtins>             Node's plain require(), no code cache
//   node sdkLoadScenario.js compiled <aws.js> <builtins> <cache dir> the extension's loader (src/connection/
//                                    compiledBundle.ts): the first run writes the cache, later runs use it
// <builtins>: the Node modules (comma-separated) the real extension host had loaded before our extension,
// loaded first, so the SDK's own load is timed, not Node's first load of http, tls, crypto, …
// Prints {"ms": …, "usedCache": …} as its last line.
import { performance } from 'node:perf_hooks';
import { requireCompiled } from '../../src/aws/compiledBundle';

/** As in the extension: the cache is saved a moment after the load, once the first call has compiled its code too. */
const SAVE_AFTER_MS = 200;

const [mode, bundle, builtins, cacheDir] = process.argv.slice(2);
// eslint-disable-next-line @typescript-eslint/no-require-imports
for (const name of builtins.split(',').filter(Boolean)) require(name);
const started = performance.now();
let usedCache = false;
let bundleExports: { createCognitoService(settings: { region: string; endpoint: string }): unknown };
if (mode === 'require') {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  bundleExports = require(bundle) as typeof bundleExports;
} else {
  const loaded = requireCompiled(bundle, cacheDir, SAVE_AFTER_MS);
  bundleExports = loaded.exports as typeof bundleExports;
  usedCache = loaded.usedCache;
}
const ms = performance.now() - started;
// What the first call does next: build the service (no request is sent).
bundleExports.createCognitoService({ region: 'us-east-1', endpoint: 'http://127.0.0.1:9' });
// Keep the process until the cache is saved (the extension host lives on anyway).
setTimeout(() => console.log(JSON.stringify({ ms, usedCache })), SAVE_AFTER_MS * 2);
