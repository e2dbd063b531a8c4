#!/usr/bin/env node
// `npm run bench`: compiles the tests (the bench lives in test/bench/), then runs the bench, which does the
// production build itself and prints one table. See test/bench/main.ts. BENCH_RUNS=N changes the run count.
'use strict';
const { spawnSync } = require('node:child_process');
const path = require('node:path');

const ROOT = path.resolve(__dirname, '..');
const tsc = require.resolve('typescript/bin/tsc', { paths: [ROOT] });
const compiled = spawnSync(process.execPath, [tsc, '-p', 'tsconfig.test.json'], { cwd: ROOT, stdio: 'inherit' });
if (compiled.status !== 0) {
  console.error('bench: compiling the tests failed (tsc -p tsconfig.test.json)');
  process.exit(1);
}
const bench = spawnSync(process.execPath, [path.join(ROOT, 'out/test/bench/main.js')], { cwd: ROOT, stdio: 'inherit' });
process.exit(bench.status ?? 1);
