import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { cacheName, requireCompiled, STALE_AFTER_MS } from '../../src/aws/compiledBundle';

// requireCompiled in this very process. compiledBundleAcrossWindows.test.ts loads each window in a fresh process, which
// is the only way to see V8 take or refuse a saved cache; mutation testing cannot follow a child process, so
// what one process can see is checked here as well: the module it makes, the cache file it writes, the
// caches it touches and removes, and what it refuses. (Here V8 answers a second load from memory, so
// "took the cache" is only asked of a load after the module was dropped.)

const DAY_MS = 24 * 60 * 60 * 1000;

describe('requireCompiled, within one process', () => {
  let folder: string;
  let bundle: string;
  let cacheDir: string;
  let runs: number;

  beforeEach(() => {
    folder = fs.mkdtempSync(path.join(os.tmpdir(), 'compiled-here-'));
    bundle = path.join(folder, 'aws-like.js');
    cacheDir = path.join(folder, 'storage', 'v8');
    runs = 0;
    (globalThis as { __bundleRan?: () => void }).__bundleRan = () => runs++;
    // A unique body per test: V8's in-memory cache must not answer for another test's file.
    fs.writeFileSync(
      bundle,
      `"use strict";\nglobalThis.__bundleRan();\nconst path = require("node:path");\nmodule.exports = { product: (a, b) => a * b, folder: path.basename(__dirname), file: path.basename(__filename), self: this === module.exports, token: ${JSON.stringify(path.basename(folder))} };\n`,
    );
  });

  afterEach(() => {
    delete require.cache[bundle];
    delete (globalThis as { __bundleRan?: () => void }).__bundleRan;
    fs.rmSync(folder, { recursive: true, force: true });
  });

  const cacheFiles = () => (fs.existsSync(cacheDir) ? fs.readdirSync(cacheDir).sort() : []);

  it('runs the file once as a CommonJS module and writes one whole cache named by its bytes', () => {
    const loaded = requireCompiled(bundle, cacheDir, 0);
    const exported = loaded.exports as { product: (a: number, b: number) => number; folder: string; file: string; self: boolean };
    assert.equal(exported.product(6, 7), 42);
    assert.deepEqual([exported.folder, exported.file, exported.self], [path.basename(folder), 'aws-like.js', true]);
    assert.equal(loaded.usedCache, false);
    assert.deepEqual(cacheFiles(), [cacheName(bundle, fs.readFileSync(bundle))], 'one cache, no temporary file left');
    assert.ok(fs.statSync(path.join(cacheDir, cacheFiles()[0])).size > 0);
    // A later require() of the file, or another requireCompiled, gets the same module: it does not run twice.
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- a plain require() of the bundle, as a later caller would
    assert.equal(require(bundle), loaded.exports);
    const again = requireCompiled(bundle, cacheDir, 0);
    assert.equal(again.exports, loaded.exports);
    assert.equal(again.usedCache, false, 'nothing was compiled, so no cache was used');
    assert.equal(runs, 1);
    assert.equal(require.cache[bundle]?.loaded, true, 'a module that finished loading, as require() leaves one');
  });

  it('names the bundle’s file in the stack of an error it throws', () => {
    fs.appendFileSync(bundle, 'module.exports.fail = () => { throw new Error("from inside"); };\n');
    const { exports } = requireCompiled(bundle, cacheDir, 0);
    assert.throws(() => (exports as { fail: () => void }).fail(), (error: Error) => error.stack?.includes(`(${bundle}:5:`) === true);
  });

  it('does not write again a cache it took', () => {
    requireCompiled(bundle, cacheDir, 0);
    const cache = path.join(cacheDir, cacheFiles()[0]);
    const written = fs.statSync(cache).ino;
    delete require.cache[bundle];
    assert.equal(requireCompiled(bundle, cacheDir, 0).usedCache, true);
    assert.equal(fs.statSync(cache).ino, written, 'the same file, not a new one renamed over it');
  });

  it('names a cache by the bundle’s SHA-256, the Node version and the architecture', () => {
    const name = cacheName('/x/aws.js', Buffer.from('abc'));
    assert.equal(name, `aws.js-ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad-${process.version}-${process.arch}.v8cache`);
    assert.notEqual(cacheName('/x/aws.js', Buffer.from('abd')), name);
  });

  it('takes the saved cache on a later load, and marks it as in use', () => {
    requireCompiled(bundle, cacheDir, 0);
    const [cache] = cacheFiles();
    const weekOld = new Date(Date.now() - 6 * DAY_MS);
    fs.utimesSync(path.join(cacheDir, cache), weekOld, weekOld);
    delete require.cache[bundle];
    const later = requireCompiled(bundle, cacheDir, 0);
    assert.equal(later.usedCache, true);
    assert.ok(fs.statSync(path.join(cacheDir, cache)).mtimeMs > weekOld.getTime() + DAY_MS, 'touched: windows of other builds leave it');
    assert.equal(runs, 2, 'a new module, run again');
  });

  it('removes this bundle’s caches and leftovers unused for a week, and nothing else', () => {
    fs.mkdirSync(cacheDir, { recursive: true });
    const place = (name: string, ageMs: number) => {
      const file = path.join(cacheDir, name);
      fs.writeFileSync(file, 'old');
      const when = new Date(Date.now() - ageMs);
      fs.utimesSync(file, when, when);
    };
    place('aws-like.js-0000-v18.0.0-x64.v8cache', STALE_AFTER_MS + DAY_MS);
    place('aws-like.js-1111-v20.0.0-x64.v8cache.123-abcd.tmp', STALE_AFTER_MS + DAY_MS);
    place('aws-like.js-2222-v22.0.0-x64.v8cache', STALE_AFTER_MS - DAY_MS);
    place('features.js-3333-v18.0.0-x64.v8cache', STALE_AFTER_MS + DAY_MS);
    requireCompiled(bundle, cacheDir, 0);
    assert.deepEqual(cacheFiles(), [cacheName(bundle, fs.readFileSync(bundle)), 'aws-like.js-2222-v22.0.0-x64.v8cache', 'features.js-3333-v18.0.0-x64.v8cache'].sort());
  });

  it('saves the cache only after the given time, not at load', async () => {
    requireCompiled(bundle, cacheDir, 30);
    assert.deepEqual(cacheFiles(), [], 'not yet');
    await new Promise((resolve) => setTimeout(resolve, 300));
    assert.equal(cacheFiles().length, 1);
  });

  it('still loads when the cache folder cannot be made', () => {
    const blocked = path.join(folder, 'a-file');
    fs.writeFileSync(blocked, '');
    const loaded = requireCompiled(bundle, path.join(blocked, 'v8'), 0);
    assert.equal((loaded.exports as { product: (a: number, b: number) => number }).product(3, 5), 15);
  });

  it('leaves no module behind when the bundle throws, so a plain require() can try again', () => {
    fs.writeFileSync(bundle, `"use strict";\nthrow new TypeError("bundle broke ${path.basename(folder)}");\n`);
    assert.throws(() => requireCompiled(bundle, cacheDir, 0), /bundle broke/);
    assert.equal(require.cache[bundle], undefined);
    assert.deepEqual(cacheFiles(), [], 'no cache of a bundle that did not load');
  });

  it('refuses a bundle that still uses import(), naming the file', () => {
    fs.writeFileSync(bundle, `module.exports = () => import("node:fs");\n`);
    assert.throws(() => requireCompiled(bundle, cacheDir, 0), /^Error: aws-like\.js uses import\(\), which a vm\.Script cannot run reliably$/);
    assert.equal(require.cache[bundle], undefined);
  });
});
