// The SDK load of the first AWS call, with and without the V8 code cache the extension keeps in its global
// storage (src/aws/compiledBundle.ts): each load in a fresh process of the extension host's Node, with
// the Node modules the real host had loaded already loaded first (sdkLoadScenario.ts).
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';

export interface SdkLoadResult {
  nodeVersion: string;
  hostBuiltins: string[];
  plain: number[];
  /** The first load, which compiles and writes the cache. */
  firstWithCache: number;
  /** Later loads, which use it. */
  cached: number[];
}

export const TARGET_SDK_LOAD_MS = 20;

export function measureSdkLoad(node: string, awsJs: string, hostBuiltins: string[], tmp: string, runs: number): SdkLoadResult {
  const scenario = path.join(__dirname, 'sdkLoadScenario.js');
  const cacheDir = path.join(tmp, 'compile-cache');
  fs.rmSync(cacheDir, { recursive: true, force: true });
  const load = (mode: string, ...args: string[]) => {
    const ran = spawnSync(node, [scenario, mode, awsJs, hostBuiltins.join(','), ...args], { encoding: 'utf8' });
    const last = ran.stdout.trim().split('\n').at(-1) ?? '';
    if (ran.status !== 0 || !last.startsWith('{')) throw new Error(`the SDK load scenario failed (${mode}): ${ran.stderr}`);
    return JSON.parse(last) as { ms: number; usedCache: boolean };
  };
  const plain: number[] = [];
  const cached: number[] = [];
  const first = load('compiled', cacheDir);
  if (first.usedCache) throw new Error('the first load with a cache found one already');
  for (let run = 0; run < runs; run++) {
    plain.push(load('require').ms);
    const warm = load('compiled', cacheDir);
    if (!warm.usedCache) throw new Error('V8 refused the cache the first load wrote');
    cached.push(warm.ms);
  }
  const nodeVersion = spawnSync(node, ['--version'], { encoding: 'utf8' }).stdout.trim();
  return { nodeVersion, hostBuiltins, plain, firstWithCache: first.ms, cached };
}
