import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { Page } from '../shared/types';
import { FileWriter } from './fileWriter';
import { CancelledBeforeSending } from './rateLimiter';

// Lists parts of a listing side by side (at most `concurrency` at once; the caller's listPage goes through
// the one rate limiter, which paces them all together) and hands each part to `commit` once it is whole.
// A part's pages are written, as they arrive, to a spool file of its own in a temporary folder, and a
// finished part is appended to the output whole: the output (and the state a resume reads) then only ever
// holds whole parts, so a part cut off midway is simply listed again, with nothing of it to remove. Memory
// stays flat: a page at a time per part in flight. Commits run one at a time, in the order parts finish.
// A part that turns out too large is dropped (its spool deleted) and its children take its place at the
// front of the queue, so concurrency holds up to the end instead of waiting on one long stream.

export interface PartsJob<T> {
  /** The parts to list, in order. */
  parts: string[];
  concurrency: number;
  /** One page of a part; `halted` is for the rate limiter, so a call waiting its turn is not sent after a stop. */
  listPage(part: string, nextToken: string | undefined, halted: () => boolean): Promise<Page<T>>;
  /** The text a page's items take in the output (one line each). */
  rowsOf(items: T[], part: string): string;
  /** Whether a part that has listed `listed` items and goes on should be split instead. */
  tooLarge(part: string, listed: number): boolean;
  /** The parts that replace a part found too large. */
  split(part: string): string[];
  /** Appends a whole part's rows (the spool file at `spool`, `count` items) to the output and records it done. */
  commit(part: string, spool: string, count: number): Promise<void>;
  /** Items listed (negative when a split drops a part's rows), for progress. */
  listed(change: number): void;
  cancelled(): boolean;
}

export type PartsOutcome = 'done' | 'cancelled';

export async function listInParts<T>(job: PartsJob<T>): Promise<PartsOutcome> {
  const queue = [...job.parts];
  const spoolDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cognito-export-parts-'));
  let failure: { error: unknown } | undefined;
  let cancelled = false;
  let spools = 0;
  let commits: Promise<void> = Promise.resolve();
  const halted = () => {
    if (!cancelled && job.cancelled()) cancelled = true;
    return cancelled || failure !== undefined;
  };

  const runPart = async (part: string): Promise<void> => {
    const spoolPath = path.join(spoolDir, `${spools++}.part`);
    const spool = await FileWriter.open(spoolPath);
    let listed = 0;
    let token: string | undefined;
    try {
      do {
        if (halted()) return;
        const page = await job.listPage(part, token, halted);
        await spool.write(job.rowsOf(page.items, part));
        listed += page.items.length;
        job.listed(page.items.length);
        token = page.nextToken;
        if (token !== undefined && job.tooLarge(part, listed)) {
          job.listed(-listed);
          queue.unshift(...job.split(part));
          return;
        }
      } while (token !== undefined);
      await spool.close();
      const commit = commits.then(() => (failure === undefined ? job.commit(part, spoolPath, listed) : undefined));
      commits = commit.catch(() => undefined);
      await commit;
    } finally {
      await spool.discard();
    }
  };

  // Keeps `concurrency` parts in flight while there are parts left, and settles once none is in flight.
  try {
    await new Promise<void>((resolve) => {
      let active = 0;
      const fill = () => {
        while (!halted() && active < job.concurrency && queue.length > 0) {
          const part = queue.shift() as string;
          active++;
          runPart(part)
            .catch((error: unknown) => {
              if (error instanceof CancelledBeforeSending) cancelled = true;
              else failure ??= { error };
            })
            .finally(() => {
              active--;
              fill();
            });
        }
        if (active === 0) resolve();
      };
      fill();
    });
  } finally {
    fs.rmSync(spoolDir, { recursive: true, force: true });
  }
  if (failure) throw failure.error;
  return cancelled ? 'cancelled' : 'done';
}
