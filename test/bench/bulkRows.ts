// Runs the bulk scenario (bulkScenario.ts) in its own process and formats its rows beside Cognito's
// quotas: the ceiling each figure is measured against and the target the issue sets for it.
import { fork } from 'node:child_process';
import * as path from 'node:path';
import type { BulkResult } from './bulkScenario';

/** ListUsers: 30 requests/s (UserList), 60 users a page; AdminCreateUser: 50/s (UserCreation). */
const EXPORT_CEILING = 30 * 60;
const IMPORT_CEILING = 50;
const SHARE = 0.9;

export function runBulkScenario(): Promise<BulkResult> {
  return new Promise((resolve, reject) => {
    const child = fork(path.join(__dirname, 'bulkScenario.js'), [], { execArgv: ['--expose-gc'], stdio: ['ignore', 'pipe', 'pipe', 'ipc'] });
    let output = '';
    child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('exit', (code) => {
      const last = output.trim().split('\n').at(-1) ?? '';
      if (code === 0 && last.startsWith('{')) resolve(JSON.parse(last) as BulkResult);
      else reject(new Error(`the bulk scenario failed (exit code ${code}):\n${output}`));
    });
  });
}

export function bulkTable(result: BulkResult): string {
  const verdict = (ok: boolean) => (ok ? 'met' : '**missed**');
  const rows = ['| What | Result | Cognito\'s limit | Target |', '|---|---|---|---|'];
  const inParts = result.exports.filter((e) => e.label === 'in parts');
  const largest = Math.max(...inParts.map((e) => e.users));
  const latency = `${result.latencyMs} ms a call`;
  for (const e of result.exports) {
    const share = e.usersPerSecond / EXPORT_CEILING;
    // The rate target is the 100,000-user export's (issues #13, #26); the others are there for comparison.
    const target = e.label === 'in parts' && e.users === largest ? `≥ 90 %: ${verdict(share >= SHARE)}${share < SHARE ? `, by ${((SHARE - share) * 100).toFixed(1)} points` : ''}` : '— (comparison)';
    const resumed = e.resumed
      ? `; first session ${e.resumed.firstSeconds.toFixed(1)} s and ${e.resumed.firstCalls} calls, ${e.resumed.keptUsers.toLocaleString('en-US')} users kept; the continuation ${e.resumed.secondSeconds.toFixed(1)} s and ${e.resumed.secondCalls} calls; file: ${e.resumed.lines.toLocaleString('en-US')} lines, ${e.resumed.distinct.toLocaleString('en-US')} distinct`
      : '';
    rows.push(
      `| Export of a ${e.users.toLocaleString('en-US')}-user pool (JSON Lines), ${e.label}, ${latency} | ${Math.round(e.usersPerSecond).toLocaleString('en-US')} users/s (${(share * 100).toFixed(1)} % of the ceiling), ${e.seconds.toFixed(1)} s, ${e.listUsersCalls} ListUsers calls, heap +${e.heapGrowthMb.toFixed(1)} MB${resumed} | ${EXPORT_CEILING.toLocaleString('en-US')} users/s (ListUsers 30/s × 60) | ${target} |`,
    );
  }
  const [small, big] = inParts;
  if (small && big) {
    const growth = Math.abs(big.heapGrowthMb - small.heapGrowthMb);
    rows.push(`| Heap growth, 100,000 vs 10,000 users | ${growth.toFixed(1)} MB apart | — | no growth with pool size (within 10 MB): ${verdict(growth <= 10)} |`);
  }
  const resumed = result.exports.find((e) => e.resumed);
  if (resumed?.resumed) {
    const whole = resumed.resumed.lines === resumed.users && resumed.resumed.distinct === resumed.users;
    rows.push(`| Resumed export: every user once, and less listed again than a fresh start | ${resumed.resumed.secondCalls} calls to continue vs ${big?.listUsersCalls ?? '?'} for a whole export | — | complete, nothing twice: ${verdict(whole)}; continuation lists less than a fresh export: ${verdict(resumed.resumed.secondCalls < (big?.listUsersCalls ?? 0))} |`);
  }
  for (const i of result.imports) {
    const share = i.usersPerSecond / IMPORT_CEILING;
    const complete = i.listedAfter === 2000 && i.distinctAfter === 2000;
    const target = i.label === 'import' ? `≥ 90 % and 0 throttling failures: ${verdict(share >= SHARE && i.failed === 0)}` : `completes, nothing twice, nothing missing: ${verdict(complete && i.failed === 0)}`;
    rows.push(
      `| ${i.label[0].toUpperCase()}${i.label.slice(1)} of 2,000 users | ${i.usersPerSecond.toFixed(1)} users/s (${(share * 100).toFixed(1)} % of the rate), ${i.seconds.toFixed(1)} s; ${i.failed} failed; ${i.throttledByDouble} calls throttled by the double; ${i.listedAfter} users listed after, ${i.distinctAfter} distinct | ${IMPORT_CEILING} users/s (AdminCreateUser) | ${target} |`,
    );
  }
  return rows.join('\n');
}
