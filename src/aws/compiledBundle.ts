import { createHash, randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import Module from 'node:module';
import * as path from 'node:path';
import * as vm from 'node:vm';

// Loads a CommonJS bundle (dist/aws.js) with V8's code cache kept in a folder of ours (the extension's
// global storage): the second window and every one after skip most of the SDK's compiling. Only this
// one file is cached. Node's module.enableCompileCache() would do the same for the whole extension host,
// which other extensions share, so it is not used. A damaged cache is refused by V8 and written anew.
//
// The cache is named by a SHA-256 of the bundle's bytes (and the Node version and architecture, which fix
// V8's): V8 itself checks only the source's length, so a cache named by size and time would run an earlier
// build's code for a rebuilt bundle of the same length whose time was kept (an unzip, a copy that keeps
// times). Windows share the folder: a cache is written to a temporary file and renamed into place, so a
// window never reads a half-written one, and two windows writing the same cache each write a whole file.
//
// Which caches are of "older" builds cannot be read from their names (a hash has no order), and a window
// cannot know which builds other windows start with: after an update, windows of the earlier version run
// until reloaded, and another VS Code build may share the folder with another Node. So a cache of another
// build goes only when no window has used it for STALE_AFTER_MS: every window that uses a cache touches it.

/** How long after loading to save the cache: by then the first call has compiled what it needed too. */
const SAVE_AFTER_MS = 3000;

/** A cache of another build or Node that no window has used for this long is removed (a week: past an update's
 *  reload and a weekend, while a cache of the SDK bundle is a few megabytes a build). */
export const STALE_AFTER_MS = 7 * 24 * 60 * 60 * 1000;

export interface CompiledBundle {
  exports: unknown;
  /** Whether V8 took the saved cache (false on the first load, or when it was stale). */
  usedCache: boolean;
}

export function requireCompiled(file: string, cacheDir: string, saveAfterMs = SAVE_AFTER_MS): CompiledBundle {
  const already = require.cache[file];
  if (already) return { exports: already.exports, usedCache: false };
  const bytes = fs.readFileSync(file);
  const source = bytes.toString('utf8');
  // import() in a vm.Script needs a loader, which Node 20 loses when the script comes from a code cache:
  // esbuild.js turns the SDK's import() calls into require(), and a bundle that still has one is refused.
  if (source.includes('import(')) throw new Error(`${path.basename(file)} uses import(), which a vm.Script cannot run reliably`);
  const cacheFile = path.join(cacheDir, cacheName(file, bytes));
  const cachedData = readIfThere(cacheFile);
  const script = new vm.Script(Module.wrap(source), { filename: file, cachedData });
  const usedCache = cachedData !== undefined && !script.cachedDataRejected;
  if (usedCache) markUsed(cacheFile);

  // A module in require.cache like any other: a later require() of the file gets this one, never a second copy.
  const module = new Module(file);
  module.filename = file;
  require.cache[file] = module;
  const wrapper = script.runInThisContext() as (exports: unknown, require: NodeJS.Require, module: Module, filename: string, dirname: string) => void;
  try {
    wrapper.call(module.exports, module.exports, Module.createRequire(file), module, file, path.dirname(file));
  } catch (error) {
    delete require.cache[file];
    throw error;
  }
  module.loaded = true;

  if (!usedCache) {
    const save = () => {
      try {
        fs.mkdirSync(cacheDir, { recursive: true });
        writeWhole(cacheFile, script.createCachedData());
        removeUnused(cacheDir, path.basename(file), path.basename(cacheFile));
      } catch {
        // No cache this time; the next window tries again.
      }
    };
    if (saveAfterMs > 0) setTimeout(save, saveAfterMs).unref();
    else save();
  }
  return { exports: module.exports, usedCache };
}

/** One cache per bundle build and per V8: a SHA-256 of the file's bytes, and the Node version (which fixes V8's). */
export function cacheName(file: string, bytes: Buffer): string {
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  return `${path.basename(file)}-${sha256}-${process.version}-${process.arch}.v8cache`;
}

/** Written beside its place under a name of its own, then renamed over it: readers see the old file or the new, whole. */
function writeWhole(file: string, data: Buffer): void {
  const temporary = `${file}.${process.pid}-${randomBytes(4).toString('hex')}.tmp`;
  try {
    fs.writeFileSync(temporary, data);
    fs.renameSync(temporary, file);
  } finally {
    fs.rmSync(temporary, { force: true });
  }
}

/** Caches (and temporary files a crashed window left) of this bundle that no window has used for STALE_AFTER_MS. */
function removeUnused(cacheDir: string, bundleName: string, current: string): void {
  const before = Date.now() - STALE_AFTER_MS;
  for (const name of fs.readdirSync(cacheDir)) {
    if (!name.startsWith(`${bundleName}-`) || name === current) continue;
    const where = path.join(cacheDir, name);
    try {
      if (fs.statSync(where).mtimeMs < before) fs.rmSync(where, { force: true });
    } catch {
      // Gone already: another window removed it.
    }
  }
}

/** A used cache is touched, so the windows of other builds see it is still in use and leave it. */
function markUsed(cacheFile: string): void {
  try {
    const now = new Date();
    fs.utimesSync(cacheFile, now, now);
  } catch {
    // The cache still works; only its age is not renewed.
  }
}

function readIfThere(file: string): Buffer | undefined {
  try {
    return fs.readFileSync(file);
  } catch {
    return undefined;
  }
}
