// The bulk rows of `npm run bench`: Export Users and Import Users run through the extension's own flows,
// LazyCognito, SDK client and rate limiter (real clock), against the AWS-faithful double enforcing
// Cognito's default quotas. Run in its own `node --expose-gc` process; prints one JSON line (BulkResult).
//   export of 10,000 and 100,000 users: users/s against the ListUsers ceiling, heap growth
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

export interface BulkResult {
  exports: { users: number; seconds: number; usersPerSecond: number; heapGrowthMb: number; throttledShown: number }[];
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
  const double = await startCognitoDouble({
    pools: [
      { name: 'export-10k', users: 10_000 },
      { name: 'export-100k', users: 100_000 },
      { name: 'import-target', users: 0 },
      { name: 'import-throttled', users: 0 },
    ],
    quotas: 'cognito-defaults',
  });
  const result: BulkResult = { exports: [], imports: [] };
  try {
    const cognito = lazyCognito(() => ({ region: 'us-east-1', endpoint: double.endpoint }));
    const deps = (answers: Parameters<typeof flowRun>[0]) => {
      const run = flowRun(answers);
      run.deps.connections = singleConnection(cognito);
      run.deps.limiter = new RateLimiter();
      return run;
    };
    const [tenK, hundredK, target, throttledTarget] = double.pools;

    for (const pool of [tenK, hundredK]) {
      const file = path.join(dir, `${pool.name}.jsonl`);
      const run = deps([{ pick: 'JSON Lines' }, { pick: 'Without groups' }, { file }]);
      // Heap before and after, both after gc: growth is what the export keeps, not what it passed through.
      const before = heapMb();
      const started = performance.now();
      const exported = await exportUsers(run.deps, onDefault({ id: pool.id, name: pool.name }));
      const seconds = (performance.now() - started) / 1000;
      result.exports.push({ users: exported.written, seconds, usersPerSecond: exported.written / seconds, heapGrowthMb: heapMb() - before, throttledShown: run.notifications.filter((n) => /throttl/i.test(n.message)).length });
      fs.rmSync(file);
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
