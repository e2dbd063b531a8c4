import * as assert from 'node:assert/strict';
import { DEFAULT_RATES, paceFor, type QuotaCategory } from '../../src/bulk/quotas';
import { RateLimiter } from '../../src/bulk/rateLimiter';
import { runMany, summarize } from '../../src/bulk/runMany';
import { CognitoError } from '../../src/shared/errors';
import { FakeClock, onFakeTime } from '../support/fakeClock';

/** Fake times are sums of fractions of a second: a microsecond's slack keeps float rounding from moving a call across a window's edge. */
const SLACK = 1e-3;

/** Calls at most `quota` in any one second: counted in every window [t, t + 1 s) that starts at a call. */
function assertAtMostQuota(starts: number[], quota: number, what: string): void {
  for (const start of starts) {
    const inWindow = starts.filter((t) => t >= start && t < start + 1000 - SLACK).length;
    assert.ok(inWindow <= quota, `${what}: ${inWindow} calls in the second from ${start} ms, above the quota of ${quota}`);
  }
}

/** Calls at least 90 % of `quota` in every whole second of the run: every window (t, t + 1 s] that starts at a call
 *  and ends before the last one (the fewest a window holds are right after a call). */
function assertAtLeastNinetyPercent(starts: number[], quota: number, what: string): void {
  const least = Math.floor(quota * 0.9);
  const last = Math.max(...starts);
  for (const start of starts.filter((t) => t + 1000 <= last)) {
    const inWindow = starts.filter((t) => t > start + SLACK && t <= start + 1000 + SLACK).length;
    assert.ok(inWindow >= least, `${what}: only ${inWindow} calls in the second after ${start} ms, below 90 % of the quota of ${quota}`);
  }
}

/** Start times (fake ms) of n calls run one after another through the limiter, on fake time. */
async function startTimes(clock: FakeClock, limiter: RateLimiter, category: QuotaCategory, n: number): Promise<number[]> {
  const starts: number[] = [];
  await onFakeTime(
    clock,
    (async () => {
      for (let i = 0; i < n; i++) await limiter.run('c', category, async () => void starts.push(clock.now()));
    })(),
  );
  return starts;
}

const throttled = () => new CognitoError('Cognito is throttling requests right now; wait a moment and retry.', 'throttled', 'TooManyRequestsException');

describe('rate limiter', () => {
  it('starts a small burst at once, then paces a category at 90 % of its default quota: never above the quota in any second, never below 90 % of it', async () => {
    const clock = new FakeClock();
    const starts = await startTimes(clock, new RateLimiter(() => undefined, clock), 'UserUpdate', 200);
    const pace = DEFAULT_RATES.UserUpdate * 0.9; // 22.5 a second
    const burst = Math.floor(DEFAULT_RATES.UserUpdate - pace); // the 10 % left of the quota: 2
    assert.equal(starts.filter((t) => t === 0).length, burst, 'the burst starts at once');
    for (let i = burst + 1; i < starts.length; i++) assert.ok(Math.abs(starts[i] - starts[i - 1] - 1000 / pace) < 1e-6, `call ${i} spaced by the pace`);
    assertAtMostQuota(starts, DEFAULT_RATES.UserUpdate, 'UserUpdate');
    assertAtLeastNinetyPercent(starts, DEFAULT_RATES.UserUpdate, 'UserUpdate');
    assert.equal(paceFor('UserCreation'), 45);
  });

  it('paces the calls of a bulk run (four at a time) within the quota and at 90 % of it', async () => {
    const clock = new FakeClock();
    const starts: number[] = [];
    const items = Array.from({ length: 150 }, (_, i) => `user${i}`);
    const result = await onFakeTime(
      clock,
      runMany({ items, connectionId: 'c', category: 'UserCreation', run: async () => void starts.push(clock.now()) }, new RateLimiter(() => undefined, clock), {
        report: () => undefined,
        cancelled: () => false,
      }),
    );
    assert.equal(result.succeeded.length, 150);
    assertAtMostQuota(starts, DEFAULT_RATES.UserCreation, 'UserCreation');
    assertAtLeastNinetyPercent(starts, DEFAULT_RATES.UserCreation, 'UserCreation');
  });

  it('keeps connections and categories apart', async () => {
    const clock = new FakeClock();
    const limiter = new RateLimiter(() => undefined, clock);
    await limiter.run('a', 'UserUpdate', async () => undefined);
    await limiter.run('b', 'UserUpdate', async () => undefined);
    await limiter.run('a', 'UserRead', async () => undefined);
    assert.deepEqual(clock.slept, [], 'first calls of other connections or categories do not wait');
  });

  it('follows cognito.maxRequestsPerSecond when set, on both sides', async () => {
    const clock = new FakeClock();
    const starts = await startTimes(clock, new RateLimiter(() => 10, clock), 'UserCreation', 31);
    assert.deepEqual(clock.slept.slice(0, 2).map((ms) => Math.round(ms)), [111, 111], 'a burst of 1 (the 10 % of 10), then 9 a second');
    assert.equal(clock.slept.length, 30);
    assertAtMostQuota(starts, 10, 'maxRequestsPerSecond 10');
    assertAtLeastNinetyPercent(starts, 10, 'maxRequestsPerSecond 10');
  });

  it('retries throttling, slower, and reports it only when it goes on', async () => {
    const clock = new FakeClock();
    const limiter = new RateLimiter(() => undefined, clock);
    let attempts = 0;
    const result = await onFakeTime(
      clock,
      limiter.run('c', 'UserUpdate', async () => {
        attempts += 1;
        if (attempts < 3) throw throttled();
        return 'done';
      }),
    );
    assert.equal(result, 'done');
    assert.equal(attempts, 3);
    assert.ok(limiter.intervalMs('c', 'UserUpdate') > 1000 / (DEFAULT_RATES.UserUpdate * 0.9), 'slower after throttling');
    await assert.rejects(onFakeTime(clock, limiter.run('c', 'UserUpdate', async () => Promise.reject(throttled()))), /throttling/);
  });

  it('does not retry other errors', async () => {
    const limiter = new RateLimiter(() => undefined, new FakeClock());
    let attempts = 0;
    await assert.rejects(
      limiter.run('c', 'UserUpdate', async () => {
        attempts += 1;
        throw new CognitoError('There is no user with that username in this pool; check the username.', 'notFound');
      }),
    );
    assert.equal(attempts, 1);
  });
});

describe('runMany', () => {
  it('runs every item, counts as it goes, and summarises who failed and why', async () => {
    const reports: number[][] = [];
    const clock = new FakeClock();
    const result = await onFakeTime(clock, runMany(
      {
        items: ['a', 'b', 'c'],
        connectionId: 'c',
        category: 'UserUpdate',
        run: async (item) => {
          if (item === 'b') throw new CognitoError('This user is disabled; enable the user, then sign in.', 'signInRefused');
        },
      },
      new RateLimiter(() => undefined, clock),
      { report: (done, failed, total) => void reports.push([done, failed, total]), cancelled: () => false },
    ));
    assert.deepEqual(result.succeeded.sort(), ['a', 'c']);
    assert.deepEqual(reports.at(-1), [3, 1, 3]);
    assert.equal(summarize('Disabled', ['user', 'users'], result, (x) => x), 'Disabled 2 of 3 users. b failed: This user is disabled; enable the user, then sign in.');
    assert.equal(summarize('Disabled', ['user', 'users'], { succeeded: ['a'], failed: [], skipped: [] }, (x) => x), 'Disabled a.', 'one user is named');
    const one = { succeeded: [], failed: [{ item: 'a', reason: 'This user is disabled; enable the user, then sign in.' }], skipped: [] };
    assert.equal(summarize('Disabled', ['user', 'users'], one, (x) => x), 'This user is disabled; enable the user, then sign in.', 'one user failed: its one sentence');
  });
});

/** Lets pending promise work run until `done()` holds (a bounded number of event-loop turns, no clock). */
async function settle(done: () => boolean): Promise<void> {
  for (let turn = 0; turn < 100 && !done(); turn++) await new Promise((resolve) => setImmediate(resolve));
  assert.ok(done(), 'the run did not reach the expected state');
}

describe('Cancel in a bulk run', () => {
  it('sends no call that was waiting for its turn when Cancel came, and counts those as not done', async () => {
    const clock = new FakeClock();
    // 10 a second: a burst of one, then every call waits its turn.
    const limiter = new RateLimiter(() => 10, clock);
    const sent: string[] = [];
    let cancelled = false;
    const run = runMany(
      { items: ['ann', 'ben', 'cai', 'dot', 'eve'], connectionId: 'c', category: 'UserUpdate', concurrency: 4, run: async (item) => void sent.push(item) },
      limiter,
      { report: () => undefined, cancelled: () => cancelled },
    );
    // ann went at once; ben, cai and dot wait their turn, then eve, after ann, waits too.
    await settle(() => clock.sleeping === 4);
    assert.deepEqual(sent, ['ann']);
    cancelled = true;
    const result = await onFakeTime(clock, run);
    assert.deepEqual(sent, ['ann'], 'no call waiting for its turn is sent after Cancel');
    assert.deepEqual([result.succeeded, result.failed, [...result.skipped].sort()], [['ann'], [], ['ben', 'cai', 'dot', 'eve']]);
    assert.equal(summarize('Deleted', ['user', 'users'], result, (x) => x), 'Deleted 1 of 5 users. Cancelled: 4 users not started.');
  });

  it('does not send again a call that Cancel found in a throttling back-off', async () => {
    const clock = new FakeClock();
    const limiter = new RateLimiter(() => undefined, clock);
    let attempts = 0;
    let cancelled = false;
    const run = runMany(
      {
        items: ['fay'],
        connectionId: 'c',
        category: 'UserUpdate',
        run: async () => {
          attempts += 1;
          if (attempts === 1) throw throttled();
        },
      },
      limiter,
      { report: () => undefined, cancelled: () => cancelled },
    );
    await settle(() => clock.sleeping === 1); // throttled once, now backing off
    assert.equal(attempts, 1);
    cancelled = true;
    const result = await onFakeTime(clock, run);
    assert.equal(attempts, 1, 'the call in back-off is not sent again after Cancel');
    assert.deepEqual([result.succeeded, result.failed, result.skipped], [[], [], ['fay']], 'counted as not done, not as failed');
  });
});
