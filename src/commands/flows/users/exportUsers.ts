import { FileWriter } from '../../../bulk/fileWriter';
import { cognitoCannotCarry, csvRow, startsLikeFormula, type CsvRowText } from '../../../bulk/csv';
import { csvColumns, csvHeader, csvUserFields, customColumns, jsonUserLine, type ExportFormat } from '../../../bulk/userFormats';
import { CognitoError } from '../../../shared/errors';
import { listAll } from '../../../shared/paging';
import type { CognitoApi } from '../../../shared/types';
import type { PoolRef } from '../../../connection/connections';
import type { RateLimiter } from '../../../bulk/rateLimiter';
import type { FlowDeps } from '../deps';
import { runFlow } from '../steps';
import { poolStep } from '../targetSteps';

// Export Users:  1. the pool (palette only)  2. CSV (the layout of Cognito's own user import) or JSON
// Lines  3. with groups? (JSON Lines)  4. the file (a save dialog)
// Pages are written as they arrive (memory stays flat whatever the pool's size), paced below the
// ListUsers quota. With a search active on the Users folder, exactly its matches are exported. Cancel
// stops before the next page and removes the partial file, so no half export is mistaken for a whole.
// CSV values that a spreadsheet would run as formulas are written unaltered (the file re-imports exactly),
// counted, and the closing notification says how to open the file safely. Users with values Cognito's import
// format cannot carry exactly (src/bulk/csv.ts: line breaks, white space at either end, …) are written so
// that Import Users reads them back exactly, counted, named in the log, and the notification says so.

export interface ExportTarget extends PoolRef {
  /** The ListUsers filter of the Users folder's active search. */
  filter?: string;
}

export interface ExportResult {
  path: string;
  written: number;
  cancelled: boolean;
  /** CSV values that start like a spreadsheet formula (=, +, -, @), written unaltered and counted. */
  formulaValues: number;
  /** Users written in a form Cognito's import job would alter or refuse (a value in quotes, a row too long). */
  inexactUsers: number;
  /** The first NAMED_INEXACT of them: `username (column: why, …)`. */
  inexact: string[];
}

/** At most this many of those users are named in the log. */
const NAMED_INEXACT = 20;

interface ExportAnswers {
  pool: ExportTarget;
  format: ExportFormat;
  withGroups: boolean;
  path: string;
}

export async function exportUsers(deps: FlowDeps, given?: ExportTarget): Promise<ExportResult> {
  return runFlow<ExportAnswers, ExportResult>({
    title: 'Export Users',
    given: { pool: given },
    steps: [
      poolStep(deps),
      {
        fills: 'format',
        ask: ({ pool: target }, step) =>
          deps.prompter.pick<ExportFormat>(
            [
              { label: 'CSV for Cognito’s user import', description: '.csv', detail: 'The columns Cognito’s import job expects (GetCSVHeader); re-import it here or with an import job', value: 'csv' },
              { label: 'JSON Lines', description: '.jsonl', detail: 'One user per line: every attribute, status, enabled, created and modified times', value: 'jsonl' },
            ],
            { ...step, placeholder: `Export the users of "${target.pool.name}"${target.filter ? ' that match the search' : ''} as` },
          ),
      },
      {
        fills: 'withGroups',
        skip: (a) => a.format !== undefined && a.format !== 'jsonl',
        ask: (_, step) =>
          deps.prompter.pick(
            [
              { label: 'With groups', detail: 'Each user’s groups, so an import re-applies them (one ListGroups and ListUsersInGroup per group)', value: true },
              { label: 'Without groups', value: false },
            ],
            { ...step, placeholder: 'Include the groups each user is in?' },
          ),
      },
      // The save dialog shows no step counter, but the steps before it count it.
      {
        fills: 'path',
        ask: ({ pool: target, format }) => deps.prompter.saveFile({ title: 'Export Users', defaultName: `${target.pool.name.replace(/[^\w.-]+/g, '-')}-users.${format}`, filters: format === 'csv' ? { CSV: ['csv'] } : { 'JSON Lines': ['jsonl'] } }),
      },
    ],
    execute: ({ pool: target, format, withGroups, path }) => exportTo(deps, target, format, withGroups ?? false, path),
  });
}

async function exportTo(deps: FlowDeps, target: ExportTarget, format: ExportFormat, withGroups: boolean, path: string): Promise<ExportResult> {
  const cognito = deps.connections.cognito(target.connectionId);
  const result = await deps.feedback.bulkProgress(`Exporting the users of ${target.pool.name}…`, (progress) =>
    writeExport(cognito, deps.limiter, target, format, withGroups, path, (written) => progress.report(written, 0, 0, `${written} users written`), () => progress.cancelled()),
  );
  deps.log.info(
    `Export of ${target.pool.name}: ${result.written} users${result.formulaValues ? `, ${result.formulaValues} values that start like formulas` : ''}${result.inexactUsers ? `, ${result.inexactUsers} not exactly in Cognito’s import format` : ''}${result.cancelled ? ', cancelled' : ''}`,
  );
  if (!result.cancelled && result.inexact.length > 0) deps.log.info(`Not exactly in Cognito’s import format: ${result.inexact.join('; ')}${result.inexactUsers > result.inexact.length ? `; and ${result.inexactUsers - result.inexact.length} more` : ''}.`);
  if (result.cancelled) void deps.feedback.info(`Export cancelled after ${result.written} users; the partial file was removed.`);
  else
    void deps.feedback.info(`Exported ${result.written} users of ${target.pool.name} to ${path}.${inexactWarning(result.inexactUsers)}${formulaWarning(result.formulaValues)}`, 'Open File').then((choice) => {
      if (choice) return deps.links.showFile(path);
    });
  return result;
}

async function writeExport(
  cognito: CognitoApi,
  limiter: RateLimiter,
  target: ExportTarget,
  format: ExportFormat,
  withGroups: boolean,
  path: string,
  report: (written: number) => void,
  cancelled: () => boolean,
): Promise<ExportResult> {
  const poolId = target.pool.id;
  // Opened before anything is listed: a file that cannot be written (a folder, no permission, locked by
  // a spreadsheet) is one sentence at once, and nothing is left behind.
  const out = await FileWriter.open(path);
  let written = 0;
  let formulaValues = 0;
  let inexactUsers = 0;
  const inexact: string[] = [];
  let stopped = false;
  let failure: unknown;
  try {
    const custom = format === 'csv' ? customColumns((await cognito.pools.describe(poolId)).attributes.map((a) => a.name)) : [];
    const columns = csvColumns(custom);
    const groups = withGroups ? await membership(cognito, limiter, target) : undefined;
    if (format === 'csv') await out.write(`${csvHeader(custom)}\n`);
    let token: string | undefined;
    do {
      if (cancelled()) {
        stopped = true;
        break;
      }
      const page = await limiter.run(target.connectionId, 'UserList', () => cognito.users.listRecords(poolId, { nextToken: token, filter: target.filter }));
      let chunk = '';
      for (const user of page.items) {
        if (format === 'csv') {
          const fields = csvUserFields(user, custom);
          formulaValues += fields.filter(startsLikeFormula).length;
          const row = csvRow(fields);
          if (row.quoted.length > 0 || row.tooLong) {
            if (inexactUsers++ < NAMED_INEXACT) inexact.push(inexactNote(user.username, fields, columns, row));
          }
          chunk += `${row.text}\n`;
        } else chunk += `${jsonUserLine({ ...user, groups: groups ? (groups.get(user.username) ?? []) : undefined })}\n`;
      }
      await out.write(chunk);
      written += page.items.length;
      report(written);
      token = page.nextToken;
    } while (token);
    if (!stopped) await out.close();
  } catch (error) {
    failure = error;
  }
  // A file that looks like a whole export but is not would be worse than none: cancelled or failed, it goes.
  if (stopped || failure !== undefined) await out.discard();
  if (failure !== undefined) throw exportStopped(failure, written);
  return { path, written, cancelled: stopped, formulaValues, inexactUsers, inexact };
}

/**
 * Values are never altered (a leading ' would change what re-imports), so the person is told how many
 * there are and how to open the file without running them.
 */
function formulaWarning(count: number): string {
  if (count === 0) return '';
  const values = count === 1 ? '1 value in it starts' : `${count} values in it start`;
  return ` ${values} with =, +, - or @, which a spreadsheet runs as formulas when it opens the file directly: open it with the spreadsheet’s text import (in Excel, Data > From Text/CSV) and set every column to Text.`;
}

/**
 * Values Cognito's import format cannot carry are written so Import Users reads them back exactly, never
 * changed to fit: the person is told how many users Cognito's own import job would alter or refuse.
 */
function inexactWarning(count: number): string {
  if (count === 0) return '';
  const users = count === 1 ? '1 user has values' : `${count} users have values`;
  return ` ${users} Cognito’s import job cannot take exactly (a line break, spaces at either end, a backslash before a comma or at the end, a leading double quote, or a row over 16,000 characters; the log names them): Import Users here reads them back exactly, but Cognito’s import job would alter or refuse them. Fix those values, or export JSON Lines to keep every value exactly.`;
}

/** `ann (email: white space at the start or end, …)`: what to fix, for the log. */
function inexactNote(username: string, fields: string[], columns: string[], row: CsvRowText): string {
  const reasons = row.quoted.map((i) => `${columns[i]}: ${cognitoCannotCarry(fields[i])}`);
  if (row.tooLong) reasons.push('a row over 16,000 characters');
  return `${username} (${reasons.join(', ')})`;
}

/** The failure's own sentence, saying also that the partial file is gone. */
function exportStopped(failure: unknown, written: number): unknown {
  if (!(failure instanceof CognitoError)) return failure;
  const stopped = `the export stopped after ${written} ${written === 1 ? 'user' : 'users'} and its partial file was removed`;
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
