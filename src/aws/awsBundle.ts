import * as fs from 'node:fs';
import * as path from 'node:path';
import type { PhaseMark } from '../connection/phaseMark';
import { requireCompiled, type CompiledBundle } from './compiledBundle';

// Loads the AWS bundle (dist/aws.js) on first use. esbuild.js turns the require below into
// require('./aws.js'), a separate file next to extension.js, so activation never pays for the SDK.
// Given a cache folder, the bundle loads with V8's code cache kept there (compiledBundle.ts).

export type AwsBundle = typeof import('./index');

let loaded: AwsBundle | undefined;
let compileCacheDir: string | undefined;
/** Set only by the bench (phaseMark.ts). */
let markLoaded: PhaseMark | undefined;

/** Keep the AWS bundle's compiled code in this folder between windows (the extension's global storage). */
export function keepCompileCacheIn(folder: string): void {
  compileCacheDir = folder;
}

/** The bench's mark for the moment aws.js has loaded (phaseMark.ts). */
export function markAwsBundleLoad(mark: PhaseMark | undefined): void {
  markLoaded = mark;
}

export function awsBundle(): AwsBundle {
  if (!loaded) {
    const compiled = loadCompiled();
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    loaded = (compiled?.exports as AwsBundle | undefined) ?? (require('./index') as AwsBundle);
    markLoaded?.('aws.js loaded', compiled?.usedCache ? 'code cache' : 'compiled');
  }
  return loaded;
}

/** Only the built extension has dist/aws.js beside it; compiled tests load the sources through require. */
function loadCompiled(): CompiledBundle | undefined {
  const bundled = path.join(__dirname, 'aws.js');
  if (!compileCacheDir || !fs.existsSync(bundled)) return undefined;
  try {
    return requireCompiled(bundled, compileCacheDir);
  } catch {
    return undefined; // the plain require below still works; it only compiles from scratch
  }
}
