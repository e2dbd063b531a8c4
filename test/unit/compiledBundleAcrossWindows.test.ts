import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { requireCompiled, STALE_AFTER_MS } from '../../src/aws/compiledBundle';

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
  const loader = require.resolve('../../src/aws/compiledBundle');
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
    assert.equal(loadInNewProcess(bundle, cacheDir).usedCache, true);
  });

  it('names the cache by a SHA-256 of the bundle’s bytes', () => {
    loadInNewProcess(bundle, cacheDir);
    const sha256 = createHash('sha256').update(fs.readFileSync(bundle)).digest('hex');
    assert.deepEqual(cacheFiles(), [`bundle.js-${sha256}-${process.version}-${process.arch}.v8cache`]);
  });

  it('runs a rebuilt bundle’s own code when it has the earlier build’s length and time', () => {
    // V8 checks a cache against the source's length only; an unzip or a copy can keep the file's time.
    const sameTime = new Date('2026-03-04T05:06:07Z');
    fs.writeFileSync(bundle, 'module.exports = { sum: (a, b) => a + b, here: "build-one", self: true };\n');
    fs.utimesSync(bundle, sameTime, sameTime);
    assert.equal(loadInNewProcess(bundle, cacheDir).here, 'build-one');
    fs.writeFileSync(bundle, 'module.exports = { sum: (a, b) => a * b, here: "build-two", self: true };\n');
    fs.utimesSync(bundle, sameTime, sameTime);
    const rebuilt = loadInNewProcess(bundle, cacheDir);
    assert.deepEqual([rebuilt.here, rebuilt.sum, rebuilt.usedCache], ['build-two', 6, false]);
  });

  it('keeps using the cache when the same bytes are written again with a new time (a reinstall)', () => {
    loadInNewProcess(bundle, cacheDir);
    const later = new Date(Date.now() + 60_000);
    fs.writeFileSync(bundle, fs.readFileSync(bundle));
    fs.utimesSync(bundle, later, later);
    assert.equal(loadInNewProcess(bundle, cacheDir).usedCache, true);
  });

  it('leaves the caches of other builds that windows use, and removes those unused for a week', () => {
    fs.mkdirSync(cacheDir, { recursive: true });
    const inUse = `bundle.js-${'a'.repeat(64)}-v22.15.1-${process.arch}.v8cache`; // another window's build and Node
    const unused = `bundle.js-${'b'.repeat(64)}-${process.version}-${process.arch}.v8cache`;
    const leftOver = `bundle.js-${'c'.repeat(64)}-${process.version}-${process.arch}.v8cache.4242-0a1b2c3d.tmp`; // a crashed write
    const otherFile = 'notes.txt';
    for (const name of [inUse, unused, leftOver, otherFile]) fs.writeFileSync(path.join(cacheDir, name), 'data');
    const longAgo = new Date(Date.now() - STALE_AFTER_MS - 60_000);
    for (const name of [unused, leftOver, otherFile]) fs.utimesSync(path.join(cacheDir, name), longAgo, longAgo);

    const loaded = loadInNewProcess(bundle, cacheDir);
    assert.equal(loaded.usedCache, false);
    const own = cacheFiles().find((name) => name.includes(createHash('sha256').update(fs.readFileSync(bundle)).digest('hex')));
    assert.ok(own, 'its own cache is written');
    assert.deepEqual(cacheFiles().sort(), [inUse, otherFile, own].sort());
  });

  it('marks a cache it uses as in use, so windows of other builds leave it', () => {
    loadInNewProcess(bundle, cacheDir);
    const [own] = cacheFiles();
    const longAgo = new Date(Date.now() - STALE_AFTER_MS - 60_000);
    fs.utimesSync(path.join(cacheDir, own), longAgo, longAgo);
    assert.equal(loadInNewProcess(bundle, cacheDir).usedCache, true);
    assert.ok(fs.statSync(path.join(cacheDir, own)).mtimeMs > Date.now() - STALE_AFTER_MS, 'touched when used');

    // A window of another build saves its own cache now, and leaves this one.
    const otherBundle = path.join(folder, 'other', 'bundle.js');
    fs.mkdirSync(path.dirname(otherBundle));
    fs.writeFileSync(otherBundle, fs.readFileSync(bundle, 'utf8').replace('a + b', 'b + a'));
    assert.equal(loadInNewProcess(otherBundle, cacheDir).usedCache, false);
    assert.equal(cacheFiles().length, 2);
    assert.ok(cacheFiles().includes(own));
  });

  it('puts a new cache in place by renaming a whole file over the old one: a window reading the old one reads it to the end', () => {
    loadInNewProcess(bundle, cacheDir);
    const [name] = cacheFiles();
    const file = path.join(cacheDir, name);
    fs.writeFileSync(file, 'not a code cache'); // refused by V8: the next window writes a new one
    const reader = fs.openSync(file, 'r'); // another window, reading it meanwhile
    try {
      assert.equal(loadInNewProcess(bundle, cacheDir).usedCache, false);
      const seen = Buffer.alloc(64);
      assert.equal(seen.subarray(0, fs.readSync(reader, seen, 0, seen.length, 0)).toString(), 'not a code cache');
    } finally {
      fs.closeSync(reader);
    }
    assert.deepEqual(cacheFiles(), [name], 'no temporary file left behind');
    assert.equal(loadInNewProcess(bundle, cacheDir).usedCache, true, 'the renamed file is a whole cache');
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
