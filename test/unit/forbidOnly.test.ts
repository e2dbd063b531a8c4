import * as assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { promisify } from 'node:util';

// A `.only` left in a test file must fail the run, not quietly run that one test and skip the rest: every
// level runs its files through runMocha (test/runners/mocha.ts), which forbids `.only`. The check runs the
// compiled runMocha in a child Node on a test file generated in a temp folder: in this process a second
// mocha would take over the globals (describe, it) of the one running these tests.

const RUNNER = path.join(__dirname, '..', 'runners', 'mocha.js'); // out/test/runners/mocha.js
const RESULT = 'RESULT ';

interface Outcome {
  counts?: { passed: number; failed: number };
  error?: { message: string; code?: string };
}

/** Runs runMocha over one generated file in a child process and reads what it resolved or rejected with. */
async function runMochaOn(file: string): Promise<Outcome> {
  const script = [
    `const { runMocha } = require(${JSON.stringify(RUNNER)});`,
    `const report = (outcome) => process.stdout.write('\\n' + ${JSON.stringify(RESULT)} + JSON.stringify(outcome) + '\\n');`,
    `runMocha({ files: [${JSON.stringify(file)}], color: false }).then(`,
    '  (counts) => report({ counts }),',
    '  (error) => report({ error: { message: error.message, code: error.code } }),',
    ');',
  ].join('\n');
  const { stdout } = await promisify(execFile)(process.execPath, ['-e', script], { cwd: path.dirname(file) });
  const line = stdout.split('\n').find((l) => l.startsWith(RESULT));
  assert.ok(line, `the child reported no result:\n${stdout}`);
  return JSON.parse(line.slice(RESULT.length)) as Outcome;
}

/** A test file with two tests that each leave a marker file when they run; `only` marks the first with `.only`. */
function testFile(dir: string, only: '' | 'it' | 'describe'): string {
  const file = path.join(dir, `${only || 'plain'}.test.js`);
  const marker = (name: string) => JSON.stringify(path.join(dir, `${only || 'plain'}-${name}.ran`));
  fs.writeFileSync(
    file,
    [
      "const fs = require('node:fs');",
      `describe${only === 'describe' ? '.only' : ''}('first', () => {`,
      `  it${only === 'it' ? '.only' : ''}('one', () => fs.writeFileSync(${marker('one')}, ''));`,
      '});',
      "describe('second', () => {",
      `  it('two', () => fs.writeFileSync(${marker('two')}, ''));`,
      '});',
      '',
    ].join('\n'),
  );
  return file;
}

const ran = (dir: string) => fs.readdirSync(dir).filter((name) => name.endsWith('.ran')).sort();

describe('runMocha forbids .only', function () {
  this.timeout(20_000); // three child Node processes, each loading mocha
  let dir: string;

  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'forbid-only-'));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('runs both tests of the file without .only (the check itself works)', async () => {
    assert.deepEqual(await runMochaOn(testFile(dir, '')), { counts: { passed: 2, failed: 0 } });
    assert.deepEqual(ran(dir), ['plain-one.ran', 'plain-two.ran']);
  });

  for (const only of ['it', 'describe'] as const) {
    it(`fails the run on ${only}.only and runs no test`, async () => {
      const outcome = await runMochaOn(testFile(dir, only));
      assert.equal(outcome.counts, undefined, `runMocha resolved with counts instead of failing: ${JSON.stringify(outcome.counts)}`);
      assert.equal(outcome.error?.code, 'ERR_MOCHA_FORBIDDEN_EXCLUSIVITY', outcome.error?.message);
      assert.match(outcome.error?.message ?? '', /\.only` forbidden/);
      assert.deepEqual(ran(dir), [], 'no test ran');
    });
  }
});
