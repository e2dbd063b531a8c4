import { CognitoError } from '../shared/errors';
import type { QuotaCategory } from './quotas';
import { CancelledBeforeSending, type RateLimiter } from './rateLimiter';

// Runs one action over many items: paced by the rate limiter, a few at a time, reporting done and
// failed as it goes, and ending with a summary of who failed and why. Cancel is checked right before
// each call is sent, so a call still waiting for its turn or in a throttling back-off is not sent.

export interface BulkProgress {
  /** `note` replaces the default "done of total, failed" text, e.g. "created 5, skipped 2". */
  report(done: number, failed: number, total: number, note?: string): void;
  cancelled(): boolean;
}

export interface BulkResult<T> {
  succeeded: T[];
  failed: { item: T; reason: string }[];
  /** Items not done because the person cancelled before their call was sent. */
  skipped: T[];
}

export interface BulkJob<T> {
  items: T[];
  connectionId: string;
  category: QuotaCategory;
  run: (item: T) => Promise<void>;
  /** At most this many calls at once (default 4); the limiter sets the pace. */
  concurrency?: number;
}

export async function runMany<T>(job: BulkJob<T>, limiter: RateLimiter, progress: BulkProgress): Promise<BulkResult<T>> {
  const result: BulkResult<T> = { succeeded: [], failed: [], skipped: [] };
  let next = 0;
  const worker = async () => {
    while (next < job.items.length) {
      const item = job.items[next++];
      if (progress.cancelled()) {
        result.skipped.push(item);
        continue;
      }
      try {
        await limiter.run(job.connectionId, job.category, () => job.run(item), progress.cancelled);
        result.succeeded.push(item);
      } catch (error) {
        if (error instanceof CancelledBeforeSending) {
          result.skipped.push(item);
          continue;
        }
        result.failed.push({ item, reason: error instanceof CognitoError ? error.message : 'it failed for an unexpected reason' });
      }
      progress.report(result.succeeded.length + result.failed.length, result.failed.length, job.items.length);
    }
  };
  await Promise.all(Array.from({ length: Math.min(job.concurrency ?? 4, job.items.length) }, worker));
  return result;
}

/** "Disabled alice." / "Disabled 3 users." / "Disabled 2 of 3 users. bob failed: <reason>" / "… Cancelled: 1 user not started." */
export function summarize<T>(verb: string, noun: [string, string], result: BulkResult<T>, name: (item: T) => string): string {
  const total = result.succeeded.length + result.failed.length + result.skipped.length;
  if (total === 1 && result.succeeded.length === 1) return `${verb} ${name(result.succeeded[0])}.`;
  // One item, and it failed: its reason is the one sentence to show (the person knows which item it was).
  if (total === 1 && result.failed.length === 1) return result.failed[0].reason;
  const count = (n: number) => `${n} ${n === 1 ? noun[0] : noun[1]}`;
  const parts = [result.failed.length === 0 && result.skipped.length === 0 ? `${verb} ${count(total)}.` : `${verb} ${result.succeeded.length} of ${count(total)}.`];
  for (const { item, reason } of result.failed) parts.push(`${name(item)} failed: ${reason}`);
  if (result.skipped.length > 0) parts.push(`Cancelled: ${count(result.skipped.length)} not started.`);
  return parts.join(' ');
}
