// Runs inside code-server's extension host, in the bench's suite (activateSuite.ts): times "view opened → pools
// shown" phase by phase, where each phase happens. The extension marks what only it sees (core.js loaded, the core
// started, aws.js loaded and whether V8 took the code cache) through its test seam (src/connection/phaseMark.ts);
// this probe marks the rest from outside: when the SDK hands the request to Node's http module, when it is on
// the socket and when the answer's headers arrive (a wrapper on http.request / https.request for this one
// open: VS Code's extension host wraps them too, to check the proxy settings first), when getChildren()
// resolves, and when getTreeItem() has been asked for every node, as VS Code does next to draw them.
// It also gives the host a warm code cache (every window after the first) or keeps the one this window wrote.
import * as fs from 'node:fs';
import * as inspector from 'node:inspector';
import type * as http from 'node:http';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import type { CognitoExtensionApi } from '../../src/extension';

/** A folder holding aws.js's code cache from an earlier window: copied into this window's global storage first. */
export const WARM_CACHE_ENV = 'BENCH_WARM_CACHE';
/** A folder to copy the code cache this window writes into, for the windows after it. */
export const KEEP_CACHE_ENV = 'BENCH_KEEP_CACHE';
/** A folder for a V8 CPU profile of the open (`.cpuprofile`, opens in VS Code or Chrome's DevTools), to see inside a phase. */
export const PROFILE_ENV = 'BENCH_PROFILE';

/** The phases in order: each lasts from the end of the one before (the first from getChildren's call) to its mark. */
export const FIRST_POOLS_PHASES = [
  { mark: 'core.js loaded', phase: 'loading core.js' },
  { mark: 'core started', phase: 'starting the core (settings, connections, tree model, status bar, log)' },
  { mark: 'aws.js loaded', phase: 'loading aws.js' },
  { mark: 'request made', phase: 'client and credentials, until the SDK hands ListUserPools to Node' },
  { mark: 'request written', phase: "the host's proxy check and the connection, until the request is on the socket" },
  { mark: 'answer arrived', phase: 'the round trip' },
  { mark: 'children', phase: 'reading the answer into the tree\'s nodes' },
  { mark: 'tree items', phase: 'the render: a TreeItem for every node' },
] as const;

export interface FirstPoolsTiming {
  /** ms of each phase of FIRST_POOLS_PHASES, in order; undefined when its mark did not come. */
  phases: (number | undefined)[];
  /** From getChildren()'s call to the last TreeItem. */
  totalMs: number;
  /** How aws.js loaded: 'code cache' or 'compiled'. */
  awsLoad: string;
  poolsShown: number;
  /** Requests the SDK handed to Node during the open. */
  requests: number;
}

const cacheFolder = (api: CognitoExtensionApi) => path.join(api.globalStorageUri.fsPath, 'compile-cache');
const cacheFiles = (folder: string) => (fs.existsSync(folder) ? fs.readdirSync(folder).filter((name) => name.endsWith('.v8cache')) : []);

/** With WARM_CACHE_ENV: this window starts with the cache an earlier window wrote, as every window after the first. */
export function warmCodeCache(api: CognitoExtensionApi): boolean {
  const from = process.env[WARM_CACHE_ENV];
  if (!from) return false;
  const to = cacheFolder(api);
  fs.mkdirSync(to, { recursive: true });
  const files = cacheFiles(from);
  if (files.length === 0) throw new Error(`no code cache in ${from}`);
  for (const name of files) fs.copyFileSync(path.join(from, name), path.join(to, name));
  return true;
}

/** With KEEP_CACHE_ENV: waits for the cache this window writes (a few seconds after the load) and copies it there. */
export async function keepCodeCache(api: CognitoExtensionApi): Promise<void> {
  const to = process.env[KEEP_CACHE_ENV];
  if (!to) return;
  const from = cacheFolder(api);
  for (let waited = 0; cacheFiles(from).length === 0 && waited < 20_000; waited += 250) await new Promise((resolve) => setTimeout(resolve, 250));
  const files = cacheFiles(from);
  if (files.length === 0) throw new Error(`the window wrote no code cache in ${from}`);
  fs.mkdirSync(to, { recursive: true });
  for (const name of files) fs.copyFileSync(path.join(from, name), path.join(to, name));
}

/** The first getChildren() of the view, as opening it asks, and the TreeItems of what it returned. */
export async function timeFirstPools(api: CognitoExtensionApi): Promise<FirstPoolsTiming> {
  const marks = new Map<string, number>();
  /** The same moments on the profiler's clock (µs of the monotonic clock), written beside a profile. */
  const clock: Record<string, number> = {};
  const mark = (name: string) => {
    if (marks.has(name)) return;
    marks.set(name, performance.now());
    clock[name] = Number(process.hrtime.bigint() / 1000n);
  };
  let awsLoad = 'not loaded';
  api.timePhasesForBench((phase, detail) => {
    mark(phase);
    if (phase === 'aws.js loaded') awsLoad = detail ?? '?';
  });
  let requests = 0;
  // Node's own module objects (an `import *` gives a read-only copy), whose request the SDK calls.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const restore = [require('node:http') as typeof http, require('node:https') as typeof http].map((module) => {
    const original = module.request;
    module.request = function (this: unknown, ...args: unknown[]) {
      requests++;
      mark('request made');
      const request = (original as (...a: unknown[]) => http.ClientRequest).apply(this, args);
      // 'finish': the whole request is handed to the socket (after VS Code's proxy agent has let it through).
      request.once('finish', () => mark('request written'));
      request.once('response', () => mark('answer arrived'));
      return request;
    } as typeof module.request;
    return () => (module.request = original);
  });
  let poolsShown = 0;
  let started: number;
  const profiler = await startProfile(clock);
  try {
    started = performance.now();
    clock.started = Number(process.hrtime.bigint() / 1000n);
    const roots = (await api.treeDataProvider.getChildren(undefined)) ?? [];
    mark('children');
    for (const node of roots) await api.treeDataProvider.getTreeItem(node);
    mark('tree items');
    poolsShown = roots.filter((node) => node.kind === 'pool').length;
  } finally {
    await profiler?.stop();
    restore.forEach((undo) => undo());
    api.timePhasesForBench(() => undefined);
  }
  // A phase without its mark (aws.js in the eager variant, loaded with extension.js) is undefined; the next one
  // starts where the last marked one ended.
  let previous = started;
  const phases = FIRST_POOLS_PHASES.map((p) => {
    const at = marks.get(p.mark);
    if (at === undefined) return undefined;
    const ms = at - previous;
    previous = at;
    return ms;
  });
  return { phases, totalMs: previous - started, awsLoad, poolsShown, requests };
}

/** With PROFILE_ENV: V8's sampling profiler over the open, written to that folder when stopped. */
async function startProfile(marks: Record<string, number>): Promise<{ stop(): Promise<void> } | undefined> {
  const folder = process.env[PROFILE_ENV];
  if (!folder) return undefined;
  const session = new inspector.Session();
  session.connect();
  const post = (method: string, params?: object) =>
    new Promise<unknown>((resolve, reject) => session.post(method, params, (error, result) => (error ? reject(error) : resolve(result))));
  await post('Profiler.enable');
  await post('Profiler.setSamplingInterval', { interval: 100 });
  await post('Profiler.start');
  return {
    stop: async () => {
      const { profile } = (await post('Profiler.stop')) as { profile: unknown };
      session.disconnect();
      fs.mkdirSync(folder, { recursive: true });
      fs.writeFileSync(path.join(folder, `first-pools-${process.pid}.cpuprofile`), JSON.stringify(profile));
      fs.writeFileSync(path.join(folder, `first-pools-${process.pid}.marks.json`), JSON.stringify(marks));
    },
  };
}
