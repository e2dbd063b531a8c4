import * as fs from 'node:fs';
import { cognitoCannotCarry, csvRow, startsLikeFormula, type CsvRowText } from '../../../bulk/csv';
import { forgetExport, forgetState, partialPathOf, resumableState, writeState, type ExportIdentity, type ExportState } from '../../../bulk/exportState';
import { fileProblem } from '../../../bulk/fileProblems';
import { FileWriter } from '../../../bulk/fileWriter';
import { listInParts } from '../../../bulk/partitionedListing';
import type { RateLimiter } from '../../../bulk/rateLimiter';
import { childrenOf, planParts, prefixesOfLength, subFilter, tooLarge, WHOLE_POOL, type PartPlan } from '../../../bulk/subPartitions';
import { csvColumns, csvHeader, csvUserFields, customColumns, jsonUserLine, type ExportFormat } from '../../../bulk/userFormats';
import { CognitoError } from '../../../shared/errors';
import { listAll } from '../../../shared/paging';
import type { CognitoApi, UserRecord } from '../../../shared/types';
import type { ExportTarget } from './exportUsers';

// Writes an export: the pool in parts listed side by side (src/bulk/subPartitions.ts, partitionedListing.ts),
// or as one stream for a small pool or a search (a search is a ListUsers filter already, and a request takes
// one). Rows go to `<file>.partial`, which becomes the chosen file only when whole, so a file at the chosen
// path is always a whole export. When a planned export in parts stops (cancelled, failed, the window closed)
// after some parts are whole, the partial file and its state (exportState.ts) stay for "Continue the export".

/** Parts in flight: enough to keep ListUsers' pace (27 calls/s) busy with answers up to 300 ms (27 × 0.3 ≈ 8). */
export const PARTS_IN_FLIGHT = 8;
/** At most this many users Cognito's import format cannot carry are named in the log. */
const NAMED_INEXACT = 20;

export interface WriteOptions {
  target: ExportTarget;
  format: ExportFormat;
  withGroups: boolean;
  path: string;
  /** Continue the unfinished export to `path` (the person chose "Continue the export"). */
  resume: boolean;
  report(listed: number): void;
  cancelled(): boolean;
}

export interface WriteOutcome {
  /** Users in the file (when whole), or listed before the stop. */
  written: number;
  cancelled: boolean;
  /** Users kept in the partial file for "Continue the export", when it was kept. */
  kept?: number;
  formulaValues: number;
  inexactUsers: number;
  inexact: string[];
}

/** The identity an unfinished export must have for the chosen answers to continue it. */
export function exportIdentity(target: ExportTarget, format: ExportFormat, withGroups: boolean): ExportIdentity {
  return { connectionId: target.connectionId, poolId: target.pool.id, format, withGroups, filter: target.filter ?? null };
}

interface Tally {
  formulaValues: number;
  inexactUsers: number;
  inexact: string[];
}

export async function writeExport(cognito: CognitoApi, limiter: RateLimiter, options: WriteOptions): Promise<WriteOutcome> {
  const { target, format, withGroups, path } = options;
  const poolId = target.pool.id;
  // A folder at the chosen path is one sentence at once (the partial file beside it could be written).
  if (fs.statSync(path, { throwIfNoEntry: false })?.isDirectory()) throw fileProblem(Object.assign(new Error('EISDIR'), { code: 'EISDIR' }), path, 'write');
  const identity = exportIdentity(target, format, withGroups);
  const earlier = options.resume ? resumableState(path, identity) : undefined;
  // Opened before anything is listed: a file that cannot be written (no permission, locked by a
  // spreadsheet) is one sentence at once.
  let out = await FileWriter.open(partialPathOf(path), { appendAt: earlier?.bytes, shownAs: path });
  let state: ExportState | undefined;
  const totals: Tally = { formulaValues: 0, inexactUsers: 0, inexact: [] };
  let listed = earlier?.written ?? 0;
  let failure: unknown;
  let outcome: 'done' | 'cancelled' = 'cancelled';
  try {
    const details = format === 'csv' || !target.filter ? await cognito.pools.describe(poolId) : undefined;
    const custom = format === 'csv' ? customColumns((details?.attributes ?? []).map((a) => a.name)) : [];
    const columns = csvColumns(custom);
    state = earlier && sameColumns(earlier.columns, custom) ? earlier : undefined;
    if (!state) {
      // A first run, started again, or a schema changed since: from the start, in a fresh partial file.
      if (earlier) {
        await out.abandon();
        out = await FileWriter.open(partialPathOf(path), { appendAt: 0, shownAs: path });
      }
      listed = 0;
      if (format === 'csv') await out.write(`${csvHeader(custom)}\n`);
      await out.flush();
      const plan: PartPlan = target.filter ? { prefixes: [WHOLE_POOL], usersPerPart: 0 } : planParts(details?.settings?.estimatedUsers);
      state = { version: 1, ...identity, columns: custom, parts: plan.prefixes, plannedLength: plan.prefixes[0].length, usersPerPart: plan.usersPerPart, done: [], bytes: out.bytes, written: 0, formulaValues: 0, inexactUsers: 0 };
    }
    totals.formulaValues = state.formulaValues;
    totals.inexactUsers = state.inexactUsers;
    const run = state;
    // Only an export in parts keeps a state: one stream has nothing whole to keep until it ends.
    const keepsState = run.parts.length > 1;
    if (keepsState) writeState(path, run);
    else forgetState(path);
    const plan: PartPlan = { prefixes: prefixesOfLength(run.plannedLength), usersPerPart: run.usersPerPart };
    const groups = withGroups ? await membership(cognito, limiter, target) : undefined;
    const tallies = new Map<string, Tally>();
    const done = new Set(run.done);
    outcome = await listInParts<UserRecord>({
      parts: run.parts.filter((part) => !done.has(part)),
      concurrency: PARTS_IN_FLIGHT,
      listPage: (part, nextToken, halted) =>
        limiter.run(target.connectionId, 'UserList', () => cognito.users.listRecords(poolId, { nextToken, filter: part === WHOLE_POOL ? target.filter : subFilter(part) }), halted),
      rowsOf: (users, part) => {
        const tally = tallies.get(part) ?? { formulaValues: 0, inexactUsers: 0, inexact: [] };
        tallies.set(part, tally);
        let chunk = '';
        for (const user of users) {
          checkInPart(user, part);
          if (format === 'csv') {
            const fields = csvUserFields(user, custom);
            tally.formulaValues += fields.filter(startsLikeFormula).length;
            const row = csvRow(fields);
            if (row.quoted.length > 0 || row.tooLong) {
              if (tally.inexactUsers++ < NAMED_INEXACT) tally.inexact.push(inexactNote(user.username, fields, columns, row));
            }
            chunk += `${row.text}\n`;
          } else chunk += `${jsonUserLine({ ...user, groups: groups ? (groups.get(user.username) ?? []) : undefined })}\n`;
        }
        return chunk;
      },
      tooLarge: (part, count) => tooLarge(plan, part, count),
      split: (part) => {
        tallies.delete(part);
        const children = childrenOf(part);
        run.parts.splice(run.parts.indexOf(part), 1, ...children);
        return children;
      },
      commit: async (part, spool, count) => {
        for await (const chunk of fs.createReadStream(spool, { encoding: 'utf8' })) await out.write(chunk as string);
        await out.flush();
        const tally = tallies.get(part);
        tallies.delete(part);
        totals.formulaValues += tally?.formulaValues ?? 0;
        totals.inexactUsers += tally?.inexactUsers ?? 0;
        totals.inexact.push(...(tally?.inexact ?? []).slice(0, NAMED_INEXACT - totals.inexact.length));
        Object.assign(run, { bytes: out.bytes, written: run.written + count, formulaValues: totals.formulaValues, inexactUsers: totals.inexactUsers });
        run.done.push(part);
        if (keepsState) writeState(path, run);
      },
      listed: (change) => {
        listed += change;
        options.report(listed);
      },
      cancelled: options.cancelled,
    });
    if (outcome === 'done') {
      await out.close();
      fs.renameSync(partialPathOf(path), path);
      forgetState(path);
      return { written: run.written, cancelled: false, ...totals };
    }
  } catch (error) {
    failure = error;
  }
  // Stopped: what is whole stays for "Continue the export"; with nothing whole, no file is left to mistake.
  await out.abandon();
  const kept = state && state.parts.length > 1 && state.done.length > 0 ? state.written : undefined;
  if (kept === undefined) forgetExport(path);
  else fs.truncateSync(partialPathOf(path), state?.bytes);
  if (failure !== undefined) throw exportStopped(failure, listed, kept);
  return { written: listed, cancelled: true, ...(kept === undefined ? {} : { kept }), ...totals };
}

function sameColumns(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((column, i) => column === b[i]);
}

/** A row outside its part would mean parts overlap (a user twice) or miss: better no file than a wrong one. */
function checkInPart(user: UserRecord, part: string): void {
  if (part === WHOLE_POOL) return;
  const sub = user.attributes.find((a) => a.name === 'sub')?.value;
  if (sub?.startsWith(part)) return;
  throw new CognitoError(`Cognito listed user ${user.username} in the part of the pool whose sub starts with "${part}", which its sub does not; export again, and report it if it happens again.`, 'internal');
}

/** `ann (email: white space at the start or end, …)`: what to fix, for the log. */
function inexactNote(username: string, fields: string[], columns: string[], row: CsvRowText): string {
  const reasons = row.quoted.map((i) => `${columns[i]}: ${cognitoCannotCarry(fields[i])}`);
  if (row.tooLong) reasons.push('a row over 16,000 characters');
  return `${username} (${reasons.join(', ')})`;
}

/** The failure's own sentence, saying also what became of the partial file. */
function exportStopped(failure: unknown, listed: number, kept: number | undefined): unknown {
  if (!(failure instanceof CognitoError)) return failure;
  const users = (n: number) => `${n} ${n === 1 ? 'user' : 'users'}`;
  const stopped =
    kept === undefined
      ? `the export stopped after ${users(listed)} and its partial file was removed`
      : `the export stopped with ${users(kept)} kept: run Export Users again with the same file and choose Continue the export`;
  return new CognitoError(`${failure.message.replace(/\.$/, '')}; ${stopped}.`, failure.kind, failure.awsName);
}

/** username → groups, from each group's member list (far fewer calls than one per user). */
async function membership(cognito: CognitoApi, limiter: RateLimiter, target: ExportTarget): Promise<Map<string, string[]>> {
  const byUser = new Map<string, string[]>();
  const groups = await listAll((token) => limiter.run(target.connectionId, 'UserPoolResourceRead', () => cognito.groups.list(target.pool.id, token)));
  for (const { name } of groups) {
    const members = await listAll((token) => limiter.run(target.connectionId, 'UserList', () => cognito.groups.listMembers(target.pool.id, name, token)));
    for (const user of members) byUser.set(user.username, [...(byUser.get(user.username) ?? []), name]);
  }
  return byUser;
}
