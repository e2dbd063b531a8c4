import * as assert from 'node:assert/strict';
import { DEFAULT_RATES, paceFor } from '../../src/bulk/quotas';
import { RateLimiter, type Clock } from '../../src/bulk/rateLimiter';
import { runMany, summarize } from '../../src/bulk/runMany';
import { CognitoError } from '../../src/cognito/errors';

/** A clock that only moves when someone sleeps: start times are exact. */
function fakeClock(): Clock & { slept: number[] } {
  let now = 0;
  const slept: number[] = [];
  return {
    slept,
    now: () => now,
    sleep: async (ms) => {
      slept.push(ms);
      now += ms;
    },
  };
}

const throttled = () => new CognitoError('Cognito is throttling requests right now; wait a moment and retry.', 'throttled', 'TooManyRequestsException');

describe('rate limiter', () => {
  it('starts a small burst at once, then paces a category at 90 % of its default quota, never above the quota in any second', async () => {
    const clock = fakeClock();
    const limiter = new RateLimiter(() => undefined, clock);
    const starts: number[] = [];
    for (let i = 0; i < 200; i++) await limiter.run('c', 'UserUpdate', async () => void starts.push(clock.now()));
    const pace = DEFAULT_RATES.UserUpdate * 0.9; // 22.5 a second
    const burst = Math.floor(DEFAULT_RATES.UserUpdate - pace); // the 10 % left of the quota: 2
    assert.equal(starts.filter((t) => t === 0).length, burst, 'the burst starts at once');
    for (let i = burst + 1; i < starts.length; i++) assert.ok(Math.abs(starts[i] - starts[i - 1] - 1000 / pace) < 1e-6, `call ${i} spaced by the pace`);
    // In any one-second window: no more than a second's share plus the pace, below the quota itself.
    for (const start of starts) assert.ok(starts.filter((t) => t >= start && t < start + 1000).length <= DEFAULT_RATES.UserUpdate, 'never above the quota in a second');
    assert.equal(paceFor('UserCreation'), 45);
  });

  it('keeps connections and categories apart', async () => {
    const clock = fakeClock();
    const limiter = new RateLimiter(() => undefined, clock);
    await limiter.run('a', 'UserUpdate', async () => undefined);
    await limiter.run('b', 'UserUpdate', async () => undefined);
    await limiter.run('a', 'UserRead', async () => undefined);
    assert.deepEqual(clock.slept, [], 'first calls of other connections or categories do not wait');
  });

  it('follows cognito.maxRequestsPerSecond when set', async () => {
    const clock = fakeClock();
    const limiter = new RateLimiter(() => 10, clock);
    for (let i = 0; i < 11; i++) await limiter.run('c', 'UserCreation', async () => undefined);
    assert.deepEqual(clock.slept.slice(0, 2).map((ms) => Math.round(ms)), [111, 111], 'a burst of 1 (the 10 % of 10), then 9 a second');
    assert.equal(clock.slept.length, 10);
  });

  it('retries throttling, slower, and reports it only when it goes on', async () => {
    const clock = fakeClock();
    const limiter = new RateLimiter(() => undefined, clock);
    let attempts = 0;
    const result = await limiter.run('c', 'UserUpdate', async () => {
      attempts += 1;
      if (attempts < 3) throw throttled();
      return 'done';
    });
    assert.equal(result, 'done');
    assert.equal(attempts, 3);
    assert.ok(limiter.intervalMs('c', 'UserUpdate') > 1000 / (DEFAULT_RATES.UserUpdate * 0.9), 'slower after throttling');
    await assert.rejects(limiter.run('c', 'UserUpdate', async () => Promise.reject(throttled())), /throttling/);
  });

  it('does not retry other errors', async () => {
    const limiter = new RateLimiter(() => undefined, fakeClock());
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
    const result = await runMany(
      {
        items: ['a', 'b', 'c'],
        connectionId: 'c',
        category: 'UserUpdate',
        run: async (item) => {
          if (item === 'b') throw new CognitoError('This user is disabled; enable the user, then sign in.', 'signInRefused');
        },
      },
      new RateLimiter(() => undefined, fakeClock()),
      { report: (done, failed, total) => void reports.push([done, failed, total]), cancelled: () => false },
    );
    assert.deepEqual(result.succeeded.sort(), ['a', 'c']);
    assert.deepEqual(reports.at(-1), [3, 1, 3]);
    assert.equal(summarize('Disabled', ['user', 'users'], result, (x) => x), 'Disabled 2 of 3 users. b failed: This user is disabled; enable the user, then sign in.');
    assert.equal(summarize('Disabled', ['user', 'users'], { succeeded: ['a'], failed: [], skipped: [] }, (x) => x), 'Disabled a.', 'one user is named');
    const one = { succeeded: [], failed: [{ item: 'a', reason: 'This user is disabled; enable the user, then sign in.' }], skipped: [] };
    assert.equal(summarize('Disabled', ['user', 'users'], one, (x) => x), 'This user is disabled; enable the user, then sign in.', 'one user failed: its one sentence');
  });
});

/**
 * A clock whose sleeps end only when the test wakes them. A call that skipped its wait (a missing
 * await) is sent before the test can press Cancel, so these tests cannot pass with one.
 */
function heldClock(): Clock & { sleeping: number; wakeAll(): void } {
  let now = 0;
  const sleepers: { ms: number; wake: () => void }[] = [];
  return {
    now: () => now,
    sleep: (ms) => new Promise<void>((wake) => void sleepers.push({ ms, wake })),
    get sleeping() {
      return sleepers.length;
    },
    wakeAll() {
      now += Math.max(0, ...sleepers.map((s) => s.ms));
      for (const sleeper of sleepers.splice(0)) sleeper.wake();
    },
  };
}

/** Lets pending promise work run until `done()` holds (a bounded number of event-loop turns, no clock). */
async function settle(done: () => boolean): Promise<void> {
  for (let turn = 0; turn < 100 && !done(); turn++) await new Promise((resolve) => setImmediate(resolve));
  assert.ok(done(), 'the run did not reach the expected state');
}

describe('Cancel in a bulk run', () => {
  it('sends no call that was waiting for its turn when Cancel came, and counts those as not done', async () => {
    const clock = heldClock();
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
    clock.wakeAll();
    const result = await run;
    assert.deepEqual(sent, ['ann'], 'no call waiting for its turn is sent after Cancel');
    assert.deepEqual([result.succeeded, result.failed, [...result.skipped].sort()], [['ann'], [], ['ben', 'cai', 'dot', 'eve']]);
    assert.equal(summarize('Deleted', ['user', 'users'], result, (x) => x), 'Deleted 1 of 5 users. Cancelled: 4 users not started.');
  });

  it('does not send again a call that Cancel found in a throttling back-off', async () => {
    const clock = heldClock();
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
    clock.wakeAll();
    const result = await run;
    assert.equal(attempts, 1, 'the call in back-off is not sent again after Cancel');
    assert.deepEqual([result.succeeded, result.failed, result.skipped], [[], [], ['fay']], 'counted as not done, not as failed');
  });
});
