// Reads a lazily loaded bundle (dist/aws.js) and its code caches off the main thread, so the view's first
// request can load core.js while the bytes of aws.js arrive: the first AWS call then compiles from memory
// instead of waiting for two synchronous reads (the bundle and its cache, about 1.3 MB). It only reads; the
// bundle still loads on the first AWS call (compiledBundle.ts picks the cache of this build by its hash).
// It lives in extension.js, so Node's modules are required on the first read, not when activation loads it.

export interface BundleBytes {
  source: Buffer;
  /** The caches of this bundle for this Node found in the folder, by file name (usually one). */
  caches: Map<string, Buffer>;
}

/** `folder/name` and its caches in cacheDir. */
export async function readBundleAhead(folder: string, name: string, cacheDir: string): Promise<BundleBytes> {
  /* eslint-disable @typescript-eslint/no-require-imports -- required on first use, see above */
  const { promises: fs } = require('node:fs') as typeof import('node:fs');
  const path = require('node:path') as typeof import('node:path');
  /* eslint-enable @typescript-eslint/no-require-imports */
  const forThisNode = `-${process.version}-${process.arch}.v8cache`;
  const readCaches = async () => {
    const names = (await fs.readdir(cacheDir).catch(() => [])).filter((file) => file.startsWith(`${name}-`) && file.endsWith(forThisNode));
    const caches = new Map<string, Buffer>();
    await Promise.all(names.map((file) => fs.readFile(path.join(cacheDir, file)).then((bytes) => caches.set(file, bytes), () => undefined)));
    return caches;
  };
  const [source, caches] = await Promise.all([fs.readFile(path.join(folder, name)), readCaches()]);
  return { source, caches };
}
