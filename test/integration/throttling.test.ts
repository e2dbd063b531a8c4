// What CognitoService reports when Cognito throttles or the connection drops, with the SDK's retries in
// between (against the Cognito double). Clients use the SDK's standard retry strategy with a 1 ms backoff
// (see test/double/client.ts), except the first test, which keeps the SDK default the extension uses.
import * as assert from 'node:assert/strict';
import { ListUsersCommand, type CognitoIdentityProviderClient } from '@aws-sdk/client-cognito-identity-provider';
import { DEFAULT_MAX_ATTEMPTS } from '@smithy/core/retry';
import { RateLimiter } from '../../src/bulk/rateLimiter';
import { runMany } from '../../src/bulk/runMany';
import { CognitoError } from '../../src/shared/errors';
import { doubleClient, doubleService, type DoubleClientOptions } from '../support/doubleClient';
import { FakeClock, onFakeTime } from '../support/fakeClock';
import { listAll } from '../support/paging';
import { useDouble } from '../support/sessionHooks';

/** One sentence: starts with a capital, ends with a period, no sentence break inside. */
const ONE_SENTENCE = /^[A-Z][^.!?]*(\.[^\s.!?][^.!?]*)*\.$/;

describe('throttling and dropped connections against the Cognito double', () => {
  const session = useDouble({ pools: [{ name: 'busy', users: 5 }] });
  const clients: CognitoIdentityProviderClient[] = [];
  const service = (options?: DoubleClientOptions) => {
    const client = doubleClient(session.endpoint, options);
    clients.push(client);
    return doubleService(client);
  };
  const poolId = () => session.double.pools[0].id;

  afterEach(() => {
    session.double.setFaults({ throttle: 0, drop: 0 });
    session.double.calls.length = 0;
    for (const client of clients.splice(0)) client.destroy();
  });

  it('retries a throttled call with the SDK default retry settings, and it succeeds', async function () {
    this.timeout(10_000); // the default throttling backoff waits up to 1 s before the retry
    session.double.throttleNext(1);

    const page = await service({ sdkDefaultRetries: true }).users.list(poolId());

    assert.equal(page.items.length, 5);
    assert.deepEqual(session.double.calls.map((c) => c.outcome), ['throttled', 'ok']);
    assert.equal(session.double.calls[0].error, 'TooManyRequestsException');
  });

  it('fails with kind throttled and a one-sentence message when throttled on every attempt', async () => {
    session.double.throttleNext(10);

    await assert.rejects(service().pools.list(), (error: unknown) => {
      assert.ok(error instanceof CognitoError);
      assert.equal(error.kind, 'throttled');
      assert.equal(error.awsName, 'TooManyRequestsException');
      assert.match(error.message, ONE_SENTENCE);
      return true;
    });
    assert.equal(session.double.calls.length, DEFAULT_MAX_ATTEMPTS);
    assert.ok(session.double.calls.every((c) => c.operation === 'ListUserPools' && c.outcome === 'throttled'));
  });

  it('makes exactly maxAttempts attempts', async () => {
    session.double.throttleNext(10);

    await assert.rejects(service({ maxAttempts: 1 }).clients.list(poolId()), (error: unknown) => error instanceof CognitoError && error.kind === 'throttled');
    assert.equal(session.double.calls.length, 1);
  });

  it('retries a dropped connection, and it succeeds', async () => {
    session.double.dropNext(1);

    const page = await service().users.list(poolId());

    assert.equal(page.items.length, 5);
    assert.deepEqual(session.double.calls.map((c) => c.outcome), ['dropped', 'ok']);
  });

  it('fails with kind unreachable when the connection drops on every attempt', async () => {
    session.double.dropNext(10);

    await assert.rejects(service().users.list(poolId()), (error: unknown) => {
      assert.ok(error instanceof CognitoError);
      assert.equal(error.kind, 'unreachable');
      assert.match(error.message, ONE_SENTENCE);
      return true;
    });
    assert.equal(session.double.calls.length, DEFAULT_MAX_ATTEMPTS);
    assert.ok(session.double.calls.every((c) => c.outcome === 'dropped' && c.input.UserPoolId === poolId()));
  });
});

// The bulk runner's pace as Cognito would see it: the rate limiter and the double share one fake clock, and
// time stands still while a call is on its way, so the double stamps each request with the fake time it was
// sent at and its per-second count is exact (no wall-clock bound). The limiter must keep to the quota (no
// second holds more than it, the double never throttles for it) and use at least 90 % of it.
describe('a bulk run against the double’s quotas, on fake time', () => {
  const USERS = 120;
  const clock = new FakeClock(Date.UTC(2026, 5, 17, 4, 31, 7));
  const session = useDouble({ pools: [{ name: 'paced', users: USERS }], quotas: 'cognito-defaults', now: clock.now }, (endpoint) => doubleClient(endpoint));

  it('disables 120 users at no more than UserUpdate’s 25 a second in any second the double saw, and at no less than 90 % of it', async () => {
    const service = doubleService(session.client);
    const poolId = session.double.pools[0].id;
    const usernames = Array.from({ length: USERS }, (_, i) => session.double.pools[0].user(i).username);
    let inFlight = 0;
    const disable = async (username: string) => {
      inFlight++;
      try {
        await service.users.setEnabled(poolId, username, false);
      } finally {
        inFlight--;
      }
    };
    const started = clock.now();

    const result = await onFakeTime(
      clock,
      runMany({ items: usernames, connectionId: 'double', category: 'UserUpdate', run: disable }, new RateLimiter(() => undefined, clock), {
        report: () => undefined,
        cancelled: () => false,
      }),
      () => inFlight > 0,
    );

    assert.deepEqual([result.succeeded.length, result.failed, result.skipped], [USERS, [], []]);
    const usage = session.double.quotaUsage().UserUpdate;
    assert.deepEqual({ calls: usage?.calls, overQuota: usage?.overQuota }, { calls: USERS, overQuota: 0 }, 'one call a user, none refused for the quota');
    assert.ok((usage?.busiestSecond ?? 0) <= 25, `${usage?.busiestSecond} calls in one second, above the quota of 25`);
    assert.ok((usage?.busiestSecond ?? 0) >= 22, `at most ${usage?.busiestSecond} calls in any second, below 90 % of the quota (22.5)`);
    // At 90 % of the quota after a burst of 2, the last call goes at (120 − 2) / 22.5 s ≈ 5.24 s of fake time.
    assert.ok(clock.now() - started <= ((USERS - 2) / 22.5) * 1000 + 1, `the run took ${clock.now() - started} ms of fake time`);
    const listed = await listAll(async (token) => {
      const out = await session.client.send(new ListUsersCommand({ UserPoolId: poolId, PaginationToken: token }));
      return { items: out.Users ?? [], nextToken: out.PaginationToken };
    });
    assert.deepEqual(
      listed.filter((u) => u.Enabled !== false).map((u) => u.Username),
      [],
      'every user disabled, read back with a plain SDK session.client',
    );
  });
});
