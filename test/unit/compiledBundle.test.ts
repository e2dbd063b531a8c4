import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { requireCompiled } from '../../src/connection/compiledBundle';

// dist/aws.js loads through requireCompiled with V8's code cache in the extension's global storage.
// Each load runs in a fresh Node process, as each window's extension host is: within one process V8 keeps
// compiled scripts in memory, which would hide what the saved cache does.

interface Loaded {
  sum: number;
  here: string;
  self: boolean;
  more?: boolean;
  usedCache: boolean;
}

/** Loads `bundle` in a new process, saving the cache at once; answers what the module exported. */
function loadInNewProcess(bundle: string, cacheDir: string): Loaded {
  const loader = require.resolve('../../src/connection/compiledBundle');
  const script = `const { exports: e, usedCache } = require(${JSON.stringify(loader)}).requireCompiled(${JSON.stringify(bundle)}, ${JSON.stringify(cacheDir)}, 0);
process.stdout.write(JSON.stringify({ sum: e.sum(2, 3), here: e.here, self: e.self, more: e.more, usedCache }));`;
  return JSON.parse(execFileSync(process.execPath, ['-e', script], { encoding: 'utf8' })) as Loaded;
}

describe('requireCompiled (the AWS bundle with a kept V8 code cache)', () => {
  let folder: string;
  let bundle: string;
  let cacheDir: string;

  beforeEach(() => {
    folder = fs.mkdtempSync(path.join(os.tmpdir(), 'compiled-bundle-'));
    bundle = path.join(folder, 'bundle.js');
    cacheDir = path.join(folder, 'global-storage', 'compile-cache');
    // A CommonJS module as esbuild writes one: module.exports, require of a Node module, __dirname.
    fs.writeFileSync(bundle, `"use strict";\nconst path = require("node:path");\nmodule.exports = { sum: (a, b) => a + b, here: path.basename(__dirname), self: this === module.exports };\n`);
  });

  afterEach(() => {
    delete require.cache[bundle];
    fs.rmSync(folder, { recursive: true, force: true });
  });

  const cacheFiles = () => (fs.existsSync(cacheDir) ? fs.readdirSync(cacheDir) : []);

  it('runs the file as a CommonJS module and saves a cache the next window uses', () => {
    const first = loadInNewProcess(bundle, cacheDir);
    assert.deepEqual(first, { sum: 5, here: path.basename(folder), self: true, usedCache: false });
    assert.equal(cacheFiles().length, 1);
    assert.deepEqual(loadInNewProcess(bundle, cacheDir), { ...first, usedCache: true });
  });

  it('does not use the cache of an earlier build of the file', () => {
    loadInNewProcess(bundle, cacheDir);
    fs.appendFileSync(bundle, 'module.exports.more = true;\n');
    const rebuilt = loadInNewProcess(bundle, cacheDir);
    assert.deepEqual([rebuilt.usedCache, rebuilt.more], [false, true]);
    assert.equal(cacheFiles().length, 1, 'the earlier build\'s cache is gone');
    assert.equal(loadInNewProcess(bundle, cacheDir).usedCache, true);
  });

  it('refuses a damaged cache, still loads, and writes a good one', () => {
    loadInNewProcess(bundle, cacheDir);
    const [name] = cacheFiles();
    fs.writeFileSync(path.join(cacheDir, name), 'not a code cache');
    assert.deepEqual(loadInNewProcess(bundle, cacheDir), { sum: 5, here: path.basename(folder), self: true, usedCache: false });
    assert.equal(loadInNewProcess(bundle, cacheDir).usedCache, true);
  });

  it('loads without a cache when the folder cannot be written', () => {
    fs.writeFileSync(path.join(folder, 'global-storage'), 'a file where the folder would be');
    assert.equal((requireCompiled(bundle, cacheDir, 0).exports as { sum(a: number, b: number): number }).sum(1, 1), 2);
    assert.deepEqual(cacheFiles(), []);
  });

  it('refuses a bundle that uses import(), so the plain require() loads it instead', () => {
    fs.appendFileSync(bundle, 'module.exports.later = () => import("node:http");\n');
    assert.throws(() => requireCompiled(bundle, cacheDir, 0), /uses import\(\)/);
    assert.equal(require.cache[bundle], undefined);
  });

  it('is one module with require(): either way round, the file runs once', () => {
    const loaded = requireCompiled(bundle, cacheDir, 0).exports;
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    assert.equal(require(bundle), loaded);
    assert.equal(requireCompiled(bundle, cacheDir, 0).exports, loaded);
  });
});
