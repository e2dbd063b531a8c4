import * as fs from 'node:fs';
import * as path from 'node:path';
import { requireCompiled } from './compiledBundle';

// Loads the AWS bundle (dist/aws.js) on first use. esbuild.js turns the require below into
// require('./aws.js'), a separate file next to extension.js, so activation never pays for the SDK.
// Given a cache folder, the bundle loads with V8's code cache kept there (compiledBundle.ts).

export type AwsBundle = typeof import('../aws/index');

let loaded: AwsBundle | undefined;
let compileCacheDir: string | undefined;

/** Keep the AWS bundle's compiled code in this folder between windows (the extension's global storage). */
export function keepCompileCacheIn(folder: string): void {
  compileCacheDir = folder;
}

export function awsBundle(): AwsBundle {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  loaded ??= loadCompiled() ?? (require('../aws/index') as AwsBundle);
  return loaded;
}

/** Only the built extension has dist/aws.js beside it; compiled tests load the sources through require. */
function loadCompiled(): AwsBundle | undefined {
  const bundled = path.join(__dirname, 'aws.js');
  if (!compileCacheDir || !fs.existsSync(bundled)) return undefined;
  try {
    return requireCompiled(bundled, compileCacheDir).exports as AwsBundle;
  } catch {
    return undefined; // the plain require below still works; it only compiles from scratch
  }
}
