import * as fs from 'node:fs';
import Module from 'node:module';
import * as path from 'node:path';
import * as vm from 'node:vm';

// Loads a CommonJS bundle (dist/aws.js) with V8's code cache kept in a folder of ours (the extension's
// global storage): the second window and every one after skip most of the SDK's compiling. Only this
// one file is cached. Node's module.enableCompileCache() would do the same for the whole extension host,
// which other extensions share, so it is not used. A stale or foreign cache is refused by V8 and written anew.

/** How long after loading to save the cache: by then the first call has compiled what it needed too. */
const SAVE_AFTER_MS = 3000;

export interface CompiledBundle {
  exports: unknown;
  /** Whether V8 took the saved cache (false on the first load, or when it was stale). */
  usedCache: boolean;
}

export function requireCompiled(file: string, cacheDir: string, saveAfterMs = SAVE_AFTER_MS): CompiledBundle {
  const already = require.cache[file];
  if (already) return { exports: already.exports, usedCache: false };
  const source = fs.readFileSync(file, 'utf8');
  // import() in a vm.Script needs a loader, which Node 20 loses when the script comes from a code cache:
  // esbuild.js turns the SDK's import() calls into require(), and a bundle that still has one is refused.
  if (source.includes('import(')) throw new Error(`${path.basename(file)} uses import(), which a vm.Script cannot run reliably`);
  const cacheFile = path.join(cacheDir, cacheName(file));
  const cachedData = readIfThere(cacheFile);
  const script = new vm.Script(Module.wrap(source), { filename: file, cachedData });
  const usedCache = cachedData !== undefined && !script.cachedDataRejected;

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
        fs.writeFileSync(cacheFile, script.createCachedData());
        // The caches of earlier builds (or Node versions) would only take space.
        const stale = fs.readdirSync(cacheDir).filter((name) => name.startsWith(`${path.basename(file)}-`) && name !== path.basename(cacheFile));
        for (const name of stale) fs.rmSync(path.join(cacheDir, name), { force: true });
      } catch {
        // No cache this time; the next window tries again.
      }
    };
    if (saveAfterMs > 0) setTimeout(save, saveAfterMs).unref();
    else save();
  }
  return { exports: module.exports, usedCache };
}

/** One cache per bundle build and per V8: the file's size and time, and the Node version (which fixes V8's). */
function cacheName(file: string): string {
  const { size, mtimeMs } = fs.statSync(file);
  return `${path.basename(file)}-${size}-${Math.trunc(mtimeMs)}-${process.version}-${process.arch}.v8cache`;
}

function readIfThere(file: string): Buffer | undefined {
  try {
    return fs.readFileSync(file);
  } catch {
    return undefined;
  }
}
