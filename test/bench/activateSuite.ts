// Runs inside code-server's extension host (test/runners/codeServer.ts loads it as the tests module):
// times `activate()` of the extension, which nothing has activated yet (the host starts it only for its
// view or a command, and the view is not open), then the first getChildren() of its tree and the TreeItems of
// its nodes, i.e. what opening the view asks for, phase by phase (firstPoolsProbe.ts), against the Cognito
// double named by the cognito.endpoint setting.
// Writes the figures as JSON to BENCH_RESULT_FILE; the runner needs the result (file and marker) at the end.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import * as util from 'node:util';
import * as vscode from 'vscode';
import type { CognitoExtensionApi } from '../../src/extension';
import { reportResult, SUITE_PREFIX } from '../runners/protocol';
import { keepCodeCache, timeFirstPools, warmCodeCache, type FirstPoolsTiming } from './firstPoolsProbe';

export const EXTENSION_ID = 'cognito-user-pools.cognito-user-pools';

export interface ActivateResult {
  /** Whether something had activated the extension before the bench did (then activateMs means nothing). */
  wasActive: boolean;
  /** The whole `extension.activate()` as an extension (or the view) sees it. */
  activateMs: number;
  /** Of which: the host's require() of dist/extension.js (with aws.js in the eager variant). */
  loadMs?: number;
  /** Of loadMs: the host answering the extension's require('vscode') (it builds the extension's API object). */
  vscodeApiMs?: number;
  /** Of which: the extension's own activate() function. The rest is the host's (extension context, storage, …). */
  activateFunctionMs?: number;
  /** The first getChildren() of the tree and the TreeItems of its nodes: ListUserPools, and in the lazy variant
   *  the loads of core.js and aws.js. */
  viewOpenMs: number;
  /** The same, phase by phase (firstPoolsProbe.ts); not in the empty variant. */
  firstPools?: FirstPoolsTiming;
  /** Whether this window started with the code cache of an earlier one (BENCH_WARM_CACHE). */
  warmCache: boolean;
  /** How long the suite waited for the host to settle before timing. */
  settledMs: number;
  poolsShown: number;
  /** Node's public modules the host had loaded before the extension activated (the SDK load row preloads them). */
  hostBuiltins: string[];
  nodeVersion: string;
  vscodeVersion: string;
}

const print = (...args: unknown[]) => console.log(SUITE_PREFIX + util.format(...args));

const SETTLE_MIN_MS = Number(process.env.BENCH_SETTLE_MS ?? 2000);
const SETTLE_MAX_MS = 10_000;

export async function run(): Promise<void> {
  try {
    const extension = vscode.extensions.getExtension<CognitoExtensionApi>(EXTENSION_ID);
    if (!extension) throw new Error(`extension ${EXTENSION_ID} is not loaded`);
    const settledMs = await settle(SETTLE_MIN_MS, SETTLE_MAX_MS);
    const wasActive = extension.isActive;
    const hostBuiltins = loadedBuiltins();

    const timings = timeModuleLoad(path.join(extension.extensionPath, String((extension.packageJSON as { main: string }).main)));
    let api: CognitoExtensionApi | undefined;
    const started = performance.now();
    try {
      api = await extension.activate();
    } finally {
      timings.restore();
    }
    const activateMs = performance.now() - started;

    // The empty variant (test/bench/build.ts) has no tree: only its activation counts. Activation reads no code
    // cache (the core does, on the view's first request), so it is put in place after activate() and before that.
    let firstPools: FirstPoolsTiming | undefined;
    let warmCache = false;
    if (api?.treeDataProvider) {
      warmCache = warmCodeCache(api);
      firstPools = await timeFirstPools(api);
      await keepCodeCache(api);
    }

    const result: ActivateResult = {
      wasActive,
      activateMs,
      loadMs: timings.loadMs,
      activateFunctionMs: timings.activateFunctionMs,
      vscodeApiMs: timings.vscodeApiMs,
      settledMs,
      viewOpenMs: firstPools?.totalMs ?? 0,
      poolsShown: firstPools?.poolsShown ?? 0,
      firstPools,
      warmCache,
      hostBuiltins,
      nodeVersion: process.version,
      vscodeVersion: vscode.version,
    };
    const file = process.env.BENCH_RESULT_FILE;
    if (!file) throw new Error('BENCH_RESULT_FILE is not set');
    fs.writeFileSync(file, JSON.stringify(result));
    reportResult({ passed: 1, failed: 0 }, print);
  } catch (error) {
    print(`bench suite failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    reportResult({ passed: 0, failed: 1 }, print);
    throw error;
  }
}

/** The public Node modules already loaded in this process (`process.moduleLoadList` names them "NativeModule x"). */
function loadedBuiltins(): string[] {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { builtinModules } = require('node:module') as { builtinModules: string[] };
  const loaded = (process as unknown as { moduleLoadList?: string[] }).moduleLoadList ?? [];
  const names = new Set(loaded.filter((entry) => entry.startsWith('NativeModule ')).map((entry) => entry.slice('NativeModule '.length)));
  return builtinModules.filter((name) => !name.startsWith('_') && names.has(name));
}

type Load = (request: string, parent: unknown, isMain: boolean) => unknown;
interface ExtensionModule {
  activate(context: unknown): unknown;
}
interface LoadTimings {
  loadMs?: number;
  vscodeApiMs?: number;
  activateFunctionMs?: number;
  restore(): void;
}

/**
 * Splits activation in its parts: wraps Node's module loader (which the host's require() goes through)
 * while the extension's main file loads, timing that load, the host's answer to its require('vscode')
 * (the host builds the extension's API object then), and its activate() call.
 * The wrapper adds microseconds; it is installed in both variants alike.
 */
function timeModuleLoad(mainFile: string): LoadTimings {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const loader = require('node:module') as { _load: Load };
  const original = loader._load;
  const expected = path.resolve(mainFile).replace(/\.js$/, '');
  const timings: LoadTimings = { restore: () => void (loader._load = original) };
  let loadingMain = false;
  loader._load = function (this: unknown, request: string, parent: unknown, isMain: boolean) {
    if (loadingMain && request === 'vscode' && timings.vscodeApiMs === undefined) {
      const asking = performance.now();
      try {
        return original.call(this, request, parent, isMain);
      } finally {
        timings.vscodeApiMs = performance.now() - asking;
      }
    }
    if (loadingMain || typeof request !== 'string' || path.resolve(request).replace(/\.js$/, '') !== expected) {
      return original.call(this, request, parent, isMain);
    }
    loadingMain = true;
    const loading = performance.now();
    let exports: ExtensionModule;
    try {
      exports = original.call(this, request, parent, isMain) as ExtensionModule;
    } finally {
      timings.loadMs = performance.now() - loading;
      timings.restore();
    }
    return {
      ...exports,
      activate(context: unknown) {
        const calling = performance.now();
        try {
          return exports.activate(context);
        } finally {
          timings.activateFunctionMs = performance.now() - calling;
        }
      },
    };
  };
  return timings;
}

/**
 * Waits until the host has finished its own start-up work (built-in extensions, the workbench's first
 * requests), as when a person opens the view some seconds after the window: at least `minMs`, then until
 * a 500 ms window in which 10 ms timers fire no more than 3 ms late, at most `maxMs`. Returns the wait.
 */
async function settle(minMs: number, maxMs: number): Promise<number> {
  const began = performance.now();
  const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
  await sleep(minMs);
  let quietSince = performance.now();
  while (performance.now() - began < maxMs) {
    const asked = performance.now();
    await sleep(10);
    const now = performance.now();
    if (now - asked - 10 > 3) quietSince = now;
    else if (now - quietSince >= 500) break;
  }
  return performance.now() - began;
}
