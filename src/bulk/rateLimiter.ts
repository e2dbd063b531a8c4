import { CognitoError } from '../cognito/errors';
import { paceFor, type QuotaCategory } from './quotas';

// One pacer per connection and quota category: calls start no faster than the category's pace, and a
// throttling answer (after the SDK's own retries) slows the pace and tries again, so throttling is
// never reported as a failure unless it goes on.

export interface Clock {
  now(): number;
  sleep(ms: number): Promise<void>;
}

export const realClock: Clock = {
  now: () => Date.now(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};

const MAX_THROTTLED_RETRIES = 6;

export class RateLimiter {
  private readonly nextStart = new Map<string, number>();
  private readonly slowdown = new Map<string, number>();

  constructor(
    private readonly maxRequestsPerSecond: () => number | undefined = () => undefined,
    private readonly clock: Clock = realClock,
  ) {}

  /** Runs call when the pace allows; retries it on throttling with a slower pace. */
  async run<T>(connectionId: string, category: QuotaCategory, call: () => Promise<T>): Promise<T> {
    const key = `${connectionId}|${category}`;
    for (let attempt = 0; ; attempt++) {
      await this.turn(key, category);
      try {
        const result = await call();
        // Back towards the full pace after a success.
        this.slowdown.set(key, Math.max(1, (this.slowdown.get(key) ?? 1) * 0.9));
        return result;
      } catch (error) {
        if (!(error instanceof CognitoError && error.kind === 'throttled') || attempt >= MAX_THROTTLED_RETRIES) throw error;
        this.slowdown.set(key, Math.min(16, (this.slowdown.get(key) ?? 1) * 2));
        await this.clock.sleep(Math.min(8000, 200 * 2 ** attempt));
      }
    }
  }

  /** The current interval between calls of a category, in ms. */
  intervalMs(connectionId: string, category: QuotaCategory): number {
    return (1000 / paceFor(category, this.maxRequestsPerSecond())) * (this.slowdown.get(`${connectionId}|${category}`) ?? 1);
  }

  private async turn(key: string, category: QuotaCategory): Promise<void> {
    const interval = (1000 / paceFor(category, this.maxRequestsPerSecond())) * (this.slowdown.get(key) ?? 1);
    const now = this.clock.now();
    const start = Math.max(now, this.nextStart.get(key) ?? now);
    this.nextStart.set(key, start + interval);
    if (start > now) await this.clock.sleep(start - now);
  }
}
