#!/usr/bin/env node
// Builds the extension, compiles the tests and runs the test levels in order: unit, integration, vscode, ui.
// Each level runs in its own process (out/test/runners/level.js) and reports its counts through a file;
// the summary at the end is one line per level and a totals line, e.g. `unit: 12 passed, 0 failed`.
// Exits non-zero when a test failed, a level crashed or a level ran no tests (both counted as one failure;
// with --grep a level may match nothing, but some test must run).
//
//   node scripts/test-all.js [--level unit|integration|vscode|ui]... [--grep PATTERN]
//   VSCODE_TEST_RUNNER=electron  runs the vscode level in downloaded VS Code instead of code-server.
'use strict';
const { spawn } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const ROOT = path.resolve(__dirname, '..');
const LEVELS = ['unit', 'integration', 'vscode', 'ui'];

function parseArgs(argv) {
  const levels = [];
  let grep;
  for (let i = 0; i < argv.length; i++) {
    const [name, inline] = argv[i].split(/=(.*)/s);
    const value = () => (inline !== undefined ? inline : argv[++i]);
    if (name === '--level') levels.push(value());
    else if (name === '--grep') grep = value();
    else throw new Error(`unknown argument ${argv[i]}`);
  }
  const unknown = levels.filter((level) => !LEVELS.includes(level));
  if (unknown.length) throw new Error(`unknown level ${unknown.join(', ')}; use ${LEVELS.join(', ')}`);
  // Keep the fixed order whatever order the flags came in.
  return { levels: levels.length ? LEVELS.filter((level) => levels.includes(level)) : LEVELS, grep };
}

let current; // the child running now, so Ctrl-C / SIGTERM reach it and it can stop its services
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    if (current) current.kill(signal);
    process.exitCode = 130;
  });
}

function run(command, args) {
  return new Promise((resolve) => {
    current = spawn(command, args, { cwd: ROOT, stdio: 'inherit' });
    current.on('error', (error) => {
      console.error(`${command}: ${error.message}`);
      resolve(1);
    });
    current.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  }).finally(() => (current = undefined));
}

async function runLevel(level, grep, tmp) {
  const resultFile = path.join(tmp, `${level}.json`);
  const args = [path.join(ROOT, 'out/test/runners/level.js'), level, '--result', resultFile];
  if (grep) args.push('--grep', grep);
  console.log(`\n=== ${level} ===`);
  const code = await run(process.execPath, args);
  if (!fs.existsSync(resultFile)) return { passed: 0, failed: 1, note: `crashed (exit code ${code}), counted as 1 failure` };
  const counts = JSON.parse(fs.readFileSync(resultFile, 'utf8'));
  if (counts.passed + counts.failed > 0) return counts;
  // With --grep, a level without a match is fine as long as some level ran something (checked in main).
  if (grep) return { passed: 0, failed: 0, note: `no test matches --grep ${JSON.stringify(grep)}` };
  return { passed: 0, failed: 1, note: 'ran no tests, counted as 1 failure' };
}

async function main() {
  const { levels, grep } = parseArgs(process.argv.slice(2));

  // Stale compiled tests of deleted sources would still run: start from an empty out/.
  fs.rmSync(path.join(ROOT, 'out'), { recursive: true, force: true });
  if ((await run(process.execPath, ['esbuild.js'])) !== 0) throw new Error('build failed (node esbuild.js)');
  const tsc = require.resolve('typescript/bin/tsc', { paths: [ROOT] });
  if ((await run(process.execPath, [tsc, '-p', 'tsconfig.test.json'])) !== 0) {
    throw new Error('compiling the tests failed (tsc -p tsconfig.test.json)');
  }

  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'test-all-'));
  const results = [];
  try {
    for (const level of levels) {
      if (process.exitCode === 130) break; // interrupted
      results.push({ level, ...(await runLevel(level, grep, tmp)) });
    }
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }

  const passed = results.reduce((sum, r) => sum + r.passed, 0);
  const failed = results.reduce((sum, r) => sum + r.failed, 0);
  console.log('');
  for (const { level, note } of results) if (note) console.log(`${level}: ${note}`);
  if (passed + failed === 0) console.log('no test ran');
  // The summary comes last: one line per level, then the totals.
  for (const { level, passed, failed } of results) console.log(`${level}: ${passed} passed, ${failed} failed`);
  console.log(`${passed} passed, ${failed} failed`);
  if (failed > 0 || passed === 0 || results.length < levels.length) process.exitCode = process.exitCode || 1;
}

main().catch((error) => {
  console.error(`test-all: ${error.message}`);
  process.exitCode = 1;
});
