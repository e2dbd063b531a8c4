// The one fake clock of the tests of code that waits (the bulk runner's pacing and throttling back-off).
// Time moves only when the test advances it, and a sleep ends only then. So code that forgets to await a
// sleep runs on at once, at the same fake time, and a test that counts calls per second of fake time sees
// the burst. (A clock whose sleep moved time by itself made a missing `await` look paced: the next call
// read the moved time.) Advancing wakes each sleeper at its own time and lets what it woke run, and sleep
// again, before time moves on.
import type { Clock } from '../../src/bulk/rateLimiter';

interface Sleeper {
  until: number;
  wake: () => void;
}

/** One turn of the event loop: every promise continuation queued so far runs (and the ones they queue). */
export const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

export class FakeClock implements Clock {
  private time: number;
  private sleepers: Sleeper[] = [];
  /** Every sleep asked for, in ms, in order (awaited or not). */
  readonly slept: number[] = [];

  /** Starts at `start` ms (the double takes epoch times: give it a date). */
  constructor(start = 0) {
    this.time = start;
  }

  /** A function, so it can be handed on as it is (`now: clock.now`). */
  readonly now = (): number => this.time;

  sleep(ms: number): Promise<void> {
    this.slept.push(ms);
    return new Promise<void>((wake) => void this.sleepers.push({ until: this.time + Math.max(0, ms), wake }));
  }

  /** How many sleeps have not ended. */
  get sleeping(): number {
    return this.sleepers.length;
  }

  /** Moves time to the earliest sleeper's end and wakes every sleeper due then; false when none sleeps. */
  async wakeNext(): Promise<boolean> {
    if (this.sleepers.length === 0) return false;
    this.time = Math.max(this.time, Math.min(...this.sleepers.map((s) => s.until)));
    const due = this.sleepers.filter((s) => s.until <= this.time);
    this.sleepers = this.sleepers.filter((s) => s.until > this.time);
    for (const sleeper of due) sleeper.wake();
    await nextTurn();
    return true;
  }
}

/**
 * Runs `work` to its end on fake time: whenever nothing is in flight and someone sleeps, time jumps to the
 * next wake-up. `busy` says a call is on its way (real I/O, e.g. to the double): time stands still until it
 * is answered, as if each call took no time, so the double stamps every request with the fake time it was
 * sent at. Fails when the work can go no further: nothing sleeps, nothing is in flight, and it has not ended.
 */
export async function onFakeTime<T>(clock: FakeClock, work: Promise<T>, busy: () => boolean = () => false): Promise<T> {
  let ended = false;
  work.then(
    () => (ended = true),
    () => (ended = true),
  );
  let idleTurns = 0;
  while (!ended) {
    if (busy()) {
      idleTurns = 0;
      await new Promise((resolve) => setTimeout(resolve, 1));
    } else if (await clock.wakeNext()) idleTurns = 0;
    else if (++idleTurns > 1000) throw new Error('The work is stuck: nothing sleeps, nothing is in flight, and it has not ended.');
    else await nextTurn();
  }
  return work;
}
