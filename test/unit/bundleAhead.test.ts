import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { readBundleAhead } from '../../src/connection/bundleAhead';
import { cacheName, requireCompiled } from '../../src/connection/compiledBundle';

// The view's first request reads aws.js and its code caches ahead, off the main thread, while core.js loads
// (src/extension.ts); the first AWS call then loads from those bytes. What is read must be exactly what
// requireCompiled would have read itself: the bundle, and the caches of this bundle for this Node.

describe('reading a bundle and its code cache ahead', () => {
  let folder: string;
  let bundle: string;
  let cacheDir: string;

  beforeEach(() => {
    folder = fs.mkdtempSync(path.join(os.tmpdir(), 'bundle-ahead-'));
    bundle = path.join(folder, 'aws-like.js');
    cacheDir = path.join(folder, 'storage', 'v8');
    fs.writeFileSync(bundle, `"use strict";\nmodule.exports = { sum: (a, b) => a + b, token: ${JSON.stringify(path.basename(folder))} };\n`);
  });

  afterEach(() => {
    delete require.cache[bundle];
    fs.rmSync(folder, { recursive: true, force: true });
  });

  it('reads the bundle and only its caches for this Node, and requireCompiled takes the cache from them', async () => {
    requireCompiled(bundle, cacheDir, 0); // the first window: writes the cache
    delete require.cache[bundle];
    const ours = cacheName(bundle, fs.readFileSync(bundle));
    fs.writeFileSync(path.join(cacheDir, 'aws-like.js-0000-v18.0.0-x64.v8cache'), 'another Node');
    fs.writeFileSync(path.join(cacheDir, `features.js-1111-${process.version}-${process.arch}.v8cache`), 'another bundle');

    const ahead = await readBundleAhead(folder, 'aws-like.js', cacheDir);
    assert.deepEqual(ahead.source, fs.readFileSync(bundle));
    assert.deepEqual([...ahead.caches.keys()], [ours]);

    // Nothing is read again: with the files gone, the load still runs the bytes read ahead, from their cache.
    fs.rmSync(bundle);
    fs.rmSync(path.join(cacheDir, ours));
    const loaded = requireCompiled(bundle, cacheDir, 0, ahead);
    assert.equal(loaded.usedCache, true);
    assert.equal((loaded.exports as { sum: (a: number, b: number) => number }).sum(19, 23), 42);
  });

  it('reads no cache where there is none yet, and the load then compiles and writes one', async () => {
    const ahead = await readBundleAhead(folder, 'aws-like.js', cacheDir);
    assert.equal(ahead.caches.size, 0);
    const loaded = requireCompiled(bundle, cacheDir, 0, ahead);
    assert.equal(loaded.usedCache, false);
    assert.deepEqual(fs.readdirSync(cacheDir), [cacheName(bundle, ahead.source)]);
  });

  it('fails when the bundle is not there, so the caller falls back to loading it the usual way', async () => {
    await assert.rejects(readBundleAhead(folder, 'missing.js', cacheDir), /ENOENT/);
  });
});
