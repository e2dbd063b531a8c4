// The double's fixed latency (`latencyMs`), which the bench sets to 150 ms for the export in parts: AWS answers
// a ListUsers page in 100–300 ms, and a listing in one stream waits that long per page. Every call waits at
// least the latency before its answer, and the answer is the one the double gives without it. Only a lower bound
// is checked: how much longer a busy machine takes says nothing about the double.
import * as assert from 'node:assert/strict';
import { performance } from 'node:perf_hooks';
import { ListUsersCommand } from '@aws-sdk/client-cognito-identity-provider';
import { doubleClient } from '../../support/doubleClient';
import { useDouble } from '../../support/sessionHooks';

const LATENCY_MS = 150;

describe('the Cognito double waits its configured latency before every answer', () => {
  const context = useDouble({ region: 'me-central-1', latencyMs: LATENCY_MS, pools: [{ name: 'slow', users: 70 }] }, doubleClient);

  it('answers a filtered ListUsers page no sooner than the latency, with the same users', async () => {
    const poolId = context.double.pools[0].id;
    const started = performance.now();
    const page = await context.client.send(new ListUsersCommand({ UserPoolId: poolId, Filter: 'username ^= "user00006"' }));
    // Timers may fire up to a millisecond early.
    assert.ok(performance.now() - started >= LATENCY_MS - 1, `answered after ${performance.now() - started} ms`);
    assert.deepEqual(page.Users?.map((u) => u.Username), ['user000060', 'user000061', 'user000062', 'user000063', 'user000064', 'user000065', 'user000066', 'user000067', 'user000068', 'user000069']);
  });
});
