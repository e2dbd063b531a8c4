import { CognitoError } from '../shared/errors';
import { paceFor, QUOTA_SHARE, type QuotaCategory } from './quotas';

// One pacer per connection and quota category: a token bucket refilled at the category's pace (90 % of
// the quota) and holding the other 10 %, so a small burst starts at once, the average is the pace, and
// no one-second window ever holds more calls than the quota itself. A throttling answer (after the SDK's own retries) empties the bucket,
// halves the pace and tries again, so throttling is never reported as a failure unless it goes on.

export interface Clock {
  now(): number;
  sleep(ms: number): Promise<void>;
}

export const realClock: Clock = {
  now: () => Date.now(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};

const MAX_THROTTLED_RETRIES = 6;

/** A call that was not sent because the person cancelled while it waited for its turn or backed off. */
export class CancelledBeforeSending extends Error {
  constructor() {
    super('Cancelled before this call was sent.');
    this.name = 'CancelledBeforeSending';
  }
}

export class RateLimiter {
  private readonly buckets = new Map<string, { tokens: number; at: number }>();
  private readonly slowdown = new Map<string, number>();

  constructor(
    private readonly maxRequestsPerSecond: () => number | undefined = () => undefined,
    private readonly clock: Clock = realClock,
  ) {}

  /**
   * Runs call when the pace allows; retries it on throttling with a slower pace. `cancelled` is asked
   * right before each attempt is sent, after any wait: a Cancel pressed while the call waited for its
   * turn or backed off throws CancelledBeforeSending instead of sending it.
   */
  async run<T>(connectionId: string, category: QuotaCategory, call: () => Promise<T>, cancelled: () => boolean = () => false): Promise<T> {
    const key = `${connectionId}|${category}`;
    for (let attempt = 0; ; attempt++) {
      await this.turn(key, category);
      if (cancelled()) throw new CancelledBeforeSending();
      try {
        const result = await call();
        // Back towards the full pace after a success.
        this.slowdown.set(key, Math.max(1, (this.slowdown.get(key) ?? 1) * 0.9));
        return result;
      } catch (error) {
        if (!(error instanceof CognitoError && error.kind === 'throttled') || attempt >= MAX_THROTTLED_RETRIES) throw error;
        this.slowdown.set(key, Math.min(16, (this.slowdown.get(key) ?? 1) * 2));
        const bucket = this.buckets.get(key);
        if (bucket) bucket.tokens = Math.min(bucket.tokens, 0);
        await this.clock.sleep(Math.min(8000, 200 * 2 ** attempt));
      }
    }
  }

  /** The current interval between calls of a category, in ms. */
  intervalMs(connectionId: string, category: QuotaCategory): number {
    return (1000 / paceFor(category, this.maxRequestsPerSecond())) * (this.slowdown.get(`${connectionId}|${category}`) ?? 1);
  }

  /** Takes a token now (the bucket may go below zero: that is the wait before this call may start). */
  private async turn(key: string, category: QuotaCategory): Promise<void> {
    const pace = paceFor(category, this.maxRequestsPerSecond());
    const rate = pace / (this.slowdown.get(key) ?? 1);
    const capacity = Math.max(1, Math.floor(pace / QUOTA_SHARE - pace));
    const now = this.clock.now();
    const bucket = this.buckets.get(key) ?? { tokens: capacity, at: now };
    bucket.tokens = Math.min(capacity, bucket.tokens + ((now - bucket.at) / 1000) * rate) - 1;
    bucket.at = now;
    this.buckets.set(key, bucket);
    if (bucket.tokens < 0) await this.clock.sleep((-bucket.tokens / rate) * 1000);
  }
}
