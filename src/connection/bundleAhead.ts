import * as fs from 'node:fs';
import * as path from 'node:path';

// Reads a lazily loaded bundle (dist/aws.js) and its code caches off the main thread, so the view's first
// request can load core.js while the bytes of aws.js arrive: the first AWS call then compiles from memory
// instead of waiting for two synchronous reads (the bundle and its cache, about 1.3 MB). It only reads; the
// bundle still loads on the first AWS call (compiledBundle.ts picks the cache of this build by its hash).

export interface BundleBytes {
  source: Buffer;
  /** The caches of this bundle for this Node found in the folder, by file name (usually one). */
  caches: Map<string, Buffer>;
}

export async function readBundleAhead(file: string, cacheDir: string): Promise<BundleBytes> {
  const forThisNode = `-${process.version}-${process.arch}.v8cache`;
  const readCaches = async () => {
    const names = (await fs.promises.readdir(cacheDir).catch(() => [])).filter((name) => name.startsWith(`${path.basename(file)}-`) && name.endsWith(forThisNode));
    const caches = new Map<string, Buffer>();
    await Promise.all(names.map((name) => fs.promises.readFile(path.join(cacheDir, name)).then((bytes) => caches.set(name, bytes), () => undefined)));
    return caches;
  };
  const [source, caches] = await Promise.all([fs.promises.readFile(file), readCaches()]);
  return { source, caches };
}
