// The bulk rows of `npm run bench`: Export Users and Import Users run through the extension's own flows,
// LazyCognito, SDK client and rate limiter (real clock), against the AWS-faithful double enforcing
// Cognito's default quotas. Run in its own `node --expose-gc` process; prints one JSON line (BulkResult).
//   export of 10,000 and 100,000 users, the double answering each call after EXPORT_LATENCY_MS as AWS does
//   (100–300 ms a page): users/s against the ListUsers ceiling, heap growth, ListUsers calls
//   the 10,000 as one stream (a search that matches everyone), as every export was before parts
//   the 100,000 cancelled halfway and continued: time and calls of both sessions, the file complete
//   import of 2,000 users: users/s against the AdminCreateUser rate, failures reported to the person
//   the same import with 10 % of all calls throttled at random: complete, nothing twice, nothing missing
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import { exportUsers } from '../../src/commands/flows/users/exportUsers';
import { importUsers } from '../../src/commands/flows/users/importUsers';
import { RateLimiter } from '../../src/bulk/rateLimiter';
import { lazyCognito } from '../../src/connection/lazyCognito';
import { startCognitoDouble } from '../double/cognitoDouble';
import { onDefault, singleConnection } from '../support/connections';
import { listAll } from '../support/paging';
import { flowRun } from '../support/flowHarness';

/** The double's delay before every export answer (BENCH_EXPORT_LATENCY_MS changes it). */
export const EXPORT_LATENCY_MS = Number(process.env.BENCH_EXPORT_LATENCY_MS ?? 150);

export interface ExportRun {
  label: string;
  users: number;
  seconds: number;
  usersPerSecond: number;
  heapGrowthMb: number;
  listUsersCalls: number;
  throttledShown: number;
  /** For the resumed export: users kept by the cancelled session, its time and calls, and the file checked. */
  resumed?: { keptUsers: number; firstSeconds: number; firstCalls: number; secondSeconds: number; secondCalls: number; lines: number; distinct: number };
}

export interface BulkResult {
  latencyMs: number;
  exports: ExportRun[];
  imports: { label: string; users: number; seconds: number; usersPerSecond: number; failed: number; throttledByDouble: number; listedAfter: number; distinctAfter: number }[];
}

const gc = (globalThis as { gc?: () => void }).gc;

function heapMb(): number {
  gc?.();
  return process.memoryUsage().heapUsed / 1024 / 1024;
}

async function main(): Promise<void> {
  if (!gc) throw new Error('run with --expose-gc');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cognito-bulk-bench-'));
  const exportDouble = await startCognitoDouble({
    pools: [
      { name: 'export-10k', users: 10_000 },
      { name: 'export-100k', users: 100_000 },
    ],
    quotas: 'cognito-defaults',
    latencyMs: EXPORT_LATENCY_MS,
  });
  const double = await startCognitoDouble({
    pools: [
      { name: 'import-target', users: 0 },
      { name: 'import-throttled', users: 0 },
    ],
    quotas: 'cognito-defaults',
  });
  const result: BulkResult = { latencyMs: EXPORT_LATENCY_MS, exports: [], imports: [] };
  try {
    const cognito = lazyCognito(() => ({ region: 'us-east-1', endpoint: double.endpoint }));
    const exportCognito = lazyCognito(() => ({ region: 'us-east-1', endpoint: exportDouble.endpoint }));
    const deps = (answers: Parameters<typeof flowRun>[0], api = cognito) => {
      const run = flowRun(answers);
      run.deps.connections = singleConnection(api);
      run.deps.limiter = new RateLimiter();
      return run;
    };
    const [tenK, hundredK] = exportDouble.pools;
    const [target, throttledTarget] = double.pools;
    const listUsersCalls = () => exportDouble.calls.filter((c) => c.operation === 'ListUsers').length;
    const jsonl = [{ pick: 'JSON Lines' }, { pick: 'Without groups' }];

    const timedExport = async (label: string, pool: { id: string; name: string }, filter?: string): Promise<ExportRun> => {
      const file = path.join(dir, `${pool.name}.jsonl`);
      const run = deps([...jsonl, { file }], exportCognito);
      // Heap before and after, both after gc: growth is what the export keeps, not what it passed through.
      const before = heapMb();
      const calls = listUsersCalls();
      const started = performance.now();
      const exported = await exportUsers(run.deps, { ...onDefault({ id: pool.id, name: pool.name }), filter });
      const seconds = (performance.now() - started) / 1000;
      fs.rmSync(file);
      exportDouble.resetQuotas();
      return { label, users: exported.written, seconds, usersPerSecond: exported.written / seconds, heapGrowthMb: heapMb() - before, listUsersCalls: listUsersCalls() - calls, throttledShown: run.notifications.filter((n) => /throttl/i.test(n.message)).length };
    };
    result.exports.push(await timedExport('in parts', tenK));
    result.exports.push(await timedExport('in parts', hundredK));
    result.exports.push(await timedExport('one stream (a search matching everyone)', tenK, 'username ^= "user"'));
    result.exports.push(await resumedExport(hundredK));

    /** Cancelled when about half the pages are listed, then continued in a second session. */
    async function resumedExport(pool: { id: string; name: string; userCount: number }): Promise<ExportRun> {
      const file = path.join(dir, `${pool.name}-resumed.jsonl`);
      const first = deps([...jsonl, { file }], exportCognito);
      first.cancelAfter = Math.round(pool.userCount / 60 / 2);
      let calls = listUsersCalls();
      let started = performance.now();
      const stopped = await exportUsers(first.deps, onDefault({ id: pool.id, name: pool.name }));
      const firstSeconds = (performance.now() - started) / 1000;
      const firstCalls = listUsersCalls() - calls;
      const second = deps([...jsonl, { file }, { pick: 'Continue the export' }], exportCognito);
      calls = listUsersCalls();
      const before = heapMb();
      started = performance.now();
      const exported = await exportUsers(second.deps, onDefault({ id: pool.id, name: pool.name }));
      const secondSeconds = (performance.now() - started) / 1000;
      const secondCalls = listUsersCalls() - calls;
      const names = fs.readFileSync(file, 'utf8').split('\n').filter((line) => line !== '').map((line) => (JSON.parse(line) as { username: string }).username);
      fs.rmSync(file);
      const seconds = firstSeconds + secondSeconds;
      return {
        label: 'cancelled halfway, then continued',
        users: exported.written,
        seconds,
        usersPerSecond: exported.written / seconds,
        heapGrowthMb: heapMb() - before,
        listUsersCalls: firstCalls + secondCalls,
        throttledShown: 0,
        resumed: { keptUsers: stopped.kept ?? 0, firstSeconds, firstCalls, secondSeconds, secondCalls, lines: names.length, distinct: new Set(names).size },
      };
    }

    // 2,000 users to import, written as Export Users would write them.
    const file = path.join(dir, 'import.jsonl');
    fs.writeFileSync(file, Array.from({ length: 2000 }, (_, i) => JSON.stringify({ username: `imported${String(i).padStart(4, '0')}`, attributes: { email: `imported${i}@example.com` } })).join('\n'));
    for (const [label, pool, fraction] of [
      ['import', target, 0],
      ['import, 10 % of calls throttled', throttledTarget, 0.1],
    ] as const) {
      double.setFaults({ throttleFraction: fraction });
      const throttledBefore = Object.values(double.quotaUsage()).reduce((sum, usage) => sum + (usage?.throttled ?? 0), 0);
      const run = deps([{ file }, { pick: 'No invitations' }]);
      const started = performance.now();
      const imported = await importUsers(run.deps, onDefault({ id: pool.id, name: pool.name }));
      const seconds = (performance.now() - started) / 1000;
      double.setFaults({ throttleFraction: 0 });
      const listed = await listAll((token) => cognito.users.list(pool.id, { nextToken: token }));
      result.imports.push({
        label,
        users: imported.created,
        seconds,
        usersPerSecond: imported.created / seconds,
        failed: imported.failed.length,
        throttledByDouble: Object.values(double.quotaUsage()).reduce((sum, usage) => sum + (usage?.throttled ?? 0), 0) - throttledBefore,
        listedAfter: listed.length,
        distinctAfter: new Set(listed.map((u) => u.username)).size,
      });
    }
  } finally {
    await exportDouble.stop();
    await double.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
  console.log(JSON.stringify(result));
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error instanceof Error ? (error.stack ?? error.message) : error);
    process.exit(1);
  },
);
