// One plain-Node run of the extension's own tree model (src/tree/model.ts) and connection registry, built with the
// production options into one file next to a copy of dist/aws.js (test/bench/build.ts), so the first AWS
// call loads the shipped aws.js exactly as the extension does. The bench (main.ts) forks it with
// --expose-gc, once per scenario and run, and keeps the Cognito double in its own process, so the double's
// work is not on this heap or event loop; it asks the bench for the double's recorded calls over IPC.
//   BENCH_SCENARIO=big    view open, refresh, expand "Users" of the 100,000-user pool, ten "Load more", one search
//   BENCH_SCENARIO=small  view open, expand "Users" of the 100-user pool
import { performance } from 'node:perf_hooks';
import { userFilter } from '../../src/shared/userFilter';
import { ConnectionRegistry } from '../../src/connection/connectionRegistry';
import { TreeModel } from '../../src/tree/model';
import type { LoadMoreNode, TreeNode } from '../../src/tree/nodes';
import type { FromScenario, Phase, ScenarioResult, ToScenario } from './protocol';

const gc = (globalThis as { gc?: () => void }).gc;

function askCalls(): Promise<string[]> {
  return new Promise((resolve) => {
    process.once('message', (message: ToScenario) => resolve(message.operations));
    send({ type: 'calls' });
  });
}

function send(message: FromScenario): void {
  process.send?.(message);
}

function heapUsed(): number {
  gc?.();
  gc?.();
  return process.memoryUsage().heapUsed;
}

/** Times one step: its ms, the double's calls it caused, and (with heap) the retained heap growth. */
async function phase<T>(name: string, step: () => Promise<T>, options: { heap?: boolean } = {}): Promise<{ value: T; phase: Phase }> {
  const before = (await askCalls()).length;
  const heapBefore = options.heap ? heapUsed() : 0;
  const started = performance.now();
  const value = await step();
  const ms = performance.now() - started;
  const heapGrowth = options.heap ? heapUsed() - heapBefore : undefined;
  const operations = (await askCalls()).slice(before);
  return { value, phase: { name, ms, calls: operations.length, operations, heapGrowth } };
}

function check(children: TreeNode[], where: string): TreeNode[] {
  const failed = children.find((n) => n.kind === 'error');
  if (failed) throw new Error(`${where}: the tree shows an error: ${failed.kind === 'error' ? failed.message : ''}`);
  return children;
}

const count = (children: TreeNode[], kind: TreeNode['kind']) => children.filter((n) => n.kind === kind).length;

async function main(): Promise<void> {
  const scenario = process.env.BENCH_SCENARIO;
  const endpoint = process.env.BENCH_ENDPOINT;
  const poolName = process.env.BENCH_POOL_NAME;
  if (!endpoint || !poolName || (scenario !== 'big' && scenario !== 'small')) throw new Error('BENCH_SCENARIO, BENCH_ENDPOINT and BENCH_POOL_NAME are required');
  if (!gc) throw new Error('run with --expose-gc');

  // As the extension: settings read on the first call; a loopback endpoint uses the emulator credentials.
  // The call log formats a line as the extension's does, then drops it.
  const connections = new ConnectionRegistry({ single: () => ({ endpoint, region: 'us-east-1' }), list: () => [] }, { call: (e) => void `${e.operation} ${e.region} ${e.ms} ms` });
  const model = new TreeModel(connections);
  const phases: Phase[] = [];
  const shown: Record<string, number> = {};

  // View opened → pools shown: the first call also loads aws.js (the SDK), as in the extension.
  const open = await phase('viewOpen', () => model.getChildren());
  phases.push(open.phase);
  const roots = check(open.value, 'view open');
  shown.pools = count(roots, 'pool');
  if (scenario === 'big') {
    model.refresh();
    const refreshed = await phase('refresh', () => model.getChildren());
    phases.push(refreshed.phase);
    check(refreshed.value, 'refresh');
  }

  const pool = roots.find((n) => n.kind === 'pool' && n.pool.name === poolName);
  if (!pool) throw new Error(`pool ${poolName} is not listed`);
  const folders = await phase('expandPool', () => model.getChildren(pool));
  phases.push(folders.phase);
  const usersFolder = folders.value.find((n) => n.kind === 'usersFolder');
  if (!usersFolder) throw new Error('no Users folder');

  const users = await phase('expandUsers', () => model.getChildren(usersFolder), { heap: true });
  phases.push(users.phase);
  shown.firstPageUsers = count(check(users.value, 'users'), 'user');

  if (scenario === 'big') {
    let children = users.value;
    const more = await phase(
      'loadMore10',
      async () => {
        for (let i = 0; i < 10; i++) {
          const loadMore = children.find((n): n is LoadMoreNode => n.kind === 'loadMore');
          if (!loadMore) throw new Error(`no "Load more" after ${i} pages`);
          await model.loadMore(loadMore);
          children = await model.getChildren(usersFolder);
        }
        return children;
      },
      { heap: true },
    );
    phases.push(more.phase);
    shown.usersAfterLoadMore = count(check(more.value, 'load more'), 'user');

    // Search Users: what the flow does once the prompts are answered (treeUpdates.filterUsers), then
    // the folder's children as the view asks for them after the refresh.
    const prefix = process.env.BENCH_SEARCH_PREFIX ?? 'user0001';
    const search = await phase('search', () => {
      model.setUserFilter(usersFolder.key, userFilter('email', 'startsWith', prefix));
      return model.getChildren(usersFolder);
    });
    phases.push(search.phase);
    shown.searchMatchesShown = count(check(search.value, 'search'), 'user');
  }

  const result: ScenarioResult = { scenario, phases, shown, nodeVersion: process.version };
  send({ type: 'result', result });
}

main().then(
  () => process.disconnect?.(),
  (error: unknown) => {
    send({ type: 'error', message: error instanceof Error ? (error.stack ?? error.message) : String(error) });
    process.exitCode = 1;
    process.disconnect?.();
  },
);
