import { partialPathOf, resumableState } from '../../../bulk/exportState';
import type { ExportFormat } from '../../../bulk/userFormats';
import type { PoolRef } from '../../../connection/connections';
import { exportIdentity, writeExport } from './exportWriter';
import type { FlowDeps } from '../deps';
import { runFlow } from '../steps';
import { poolStep } from '../targetSteps';

// Export Users:  1. the pool (palette only)  2. CSV (the layout of Cognito's own user import) or JSON
// Lines  3. with groups? (JSON Lines)  4. the file (a save dialog)  5. continue the unfinished export to
// that file, or start again (only when there is one of the same pool, format and search)
// A large pool is listed in parts side by side, paced below the ListUsers quota (exportWriter.ts); memory
// stays flat whatever the pool's size. With a search active on the Users folder, exactly its matches are
// exported. Cancel stops before the next page; the chosen file appears only once the export is whole, and
// an export in parts keeps what is whole beside it (`<file>.partial`) so it can be continued.
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
  /** The first of them (up to 20): `username (column: why, …)`. */
  inexact: string[];
  /** Stopped with this many users kept in `<path>.partial`, for "Continue the export". */
  kept?: number;
}

interface ExportAnswers {
  pool: ExportTarget;
  format: ExportFormat;
  withGroups: boolean;
  path: string;
  resume: boolean;
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
      {
        fills: 'resume',
        skip: (a) => a.path === undefined || a.pool === undefined || a.format === undefined || !resumableState(a.path, exportIdentity(a.pool, a.format, a.withGroups ?? false)),
        ask: ({ pool: target, format, withGroups, path }, step) => {
          const state = resumableState(path, exportIdentity(target, format, withGroups ?? false));
          const left = (state?.parts.length ?? 0) - (state?.done.length ?? 0);
          return deps.prompter.pick(
            [
              { label: 'Continue the export', detail: `${state?.written ?? 0} users are written; the ${left} parts of the pool not finished are listed from their start`, value: true },
              { label: 'Start again', detail: `Lists the whole pool again, replacing ${partialPathOf(path)}`, value: false },
            ],
            { ...step, placeholder: 'An unfinished export to this file was found' },
          );
        },
      },
    ],
    execute: ({ pool: target, format, withGroups, path, resume }) => exportTo(deps, target, format, withGroups ?? false, path, resume ?? false),
  });
}

async function exportTo(deps: FlowDeps, target: ExportTarget, format: ExportFormat, withGroups: boolean, path: string, resume: boolean): Promise<ExportResult> {
  const cognito = deps.connections.cognito(target.connectionId);
  const written = await deps.feedback.bulkProgress(`Exporting the users of ${target.pool.name}…`, (progress) =>
    writeExport(cognito, deps.limiter, {
      target,
      format,
      withGroups,
      path,
      resume,
      report: (listed) => progress.report(listed, 0, 0, `${listed} users written`),
      cancelled: () => progress.cancelled(),
    }),
  );
  const result: ExportResult = { path, ...written };
  deps.log.info(
    `Export of ${target.pool.name}: ${result.written} users${result.formulaValues ? `, ${result.formulaValues} values that start like formulas` : ''}${result.inexactUsers ? `, ${result.inexactUsers} not exactly in Cognito’s import format` : ''}${result.cancelled ? ', cancelled' : ''}`,
  );
  if (!result.cancelled && result.inexact.length > 0) deps.log.info(`Not exactly in Cognito’s import format: ${result.inexact.join('; ')}${result.inexactUsers > result.inexact.length ? `; and ${result.inexactUsers - result.inexact.length} more` : ''}.`);
  if (result.cancelled && result.kept !== undefined)
    void deps.feedback.info(`Export cancelled with ${result.kept} users kept in ${partialPathOf(path)}: run Export Users again with the same file and choose Continue the export.`);
  else if (result.cancelled) void deps.feedback.info(`Export cancelled after ${result.written} users; the partial file was removed.`);
  else
    void deps.feedback.info(`Exported ${result.written} users of ${target.pool.name} to ${path}.${inexactWarning(result.inexactUsers)}${formulaWarning(result.formulaValues)}`, 'Open File').then((choice) => {
      if (choice) return deps.links.showFile(path);
    });
  return result;
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
