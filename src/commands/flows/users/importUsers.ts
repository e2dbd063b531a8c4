import * as fs from 'node:fs';
import * as path from 'node:path';
import { checkImportFile, importUsersIn, type ImportCheck } from '../../../bulk/importFile';
import { runMany } from '../../../bulk/runMany';
import type { ImportUser } from '../../../bulk/userFormats';
import { CognitoError } from '../../../shared/errors';
import { listAll } from '../../../shared/paging';
import type { CognitoApi, InvitationDelivery, UserPoolDetails } from '../../../shared/types';
import type { PoolRef } from '../../../connection/connections';
import type { FlowDeps } from '../deps';
import { runFlow } from '../steps';
import { poolStep } from '../targetSteps';
import { applyState, createOne } from './importSteps';

// Import Users:  1. the pool (palette only)  2. the file (CSV in Cognito's import layout, or JSON Lines
// as Export Users writes it)  3. invitations: none (default) or by e-mail
// The whole file is checked against the pool before the first call; a problem and nothing is created
// (the problems open as a report, by line). Then, per user, two idempotent steps: AdminCreateUser, paced
// below the UserCreation quota, with a temporary password generated to the pool's policy whenever no
// invitation goes out (a user that already exists is counted "already there", so a re-run picks up where a
// cancelled one stopped); then the file's state — disabled, groups (created first when missing), and for
// a user already there its verified flags — applied to new and existing users alike. A user the file
// marks disabled is never sent an invitation. A report file lists every failure.

export interface ImportResult {
  created: number;
  /** Users the pool had already: not created again, the file's state applied to them. */
  alreadyThere: number;
  failed: { username: string; line: number; reason: string }[];
  cancelled: number;
  reportPath?: string;
}

/** Users are read from the file and created this many at a time, so memory stays flat whatever its size. */
const BATCH = 500;

interface ImportAnswers {
  pool: PoolRef;
  file: string;
  /** The file checked against the pool, before anything is asked about it. */
  checked: Checked;
  invitation: InvitationDelivery;
}

interface Checked {
  details: UserPoolDetails;
  check: ImportCheck;
  newGroups: string[];
}

export async function importUsers(deps: FlowDeps, given?: PoolRef): Promise<ImportResult> {
  return runFlow<ImportAnswers, ImportResult>({
    title: 'Import Users',
    given: { pool: given },
    steps: [
      poolStep(deps),
      // The open dialog shows no step counter, but the steps after it count it.
      { fills: 'file', ask: ({ pool: { pool } }) => deps.prompter.openFile({ title: `Import Users into ${pool.name}`, filters: { 'CSV or JSON Lines': ['csv', 'jsonl', 'json'] } }) },
      { fills: 'checked', load: ({ pool, file }) => checkFile(deps, pool, file) },
      {
        fills: 'invitation',
        ask: ({ pool: { pool }, checked: { check, newGroups } }, step) =>
          deps.prompter.pick<InvitationDelivery>(
            [
              { label: 'No invitations', detail: 'Users get a generated temporary password nobody is told: set one with Set Password when needed', value: 'SUPPRESS' },
              { label: 'Send invitations by e-mail', detail: 'Each enabled user gets a temporary password from Cognito at their e-mail address (each needs one; mind the daily e-mail limit)', value: 'EMAIL' },
            ],
            { ...step, placeholder: `Import ${check.users} users into ${pool.name}${whatElse(check, newGroups)}: send invitations?` },
          ),
      },
    ],
    execute: (answers) => importChecked(deps, answers),
  });
}

/** The whole file checked against the pool: a problem and nothing is created (the problems open as a report, by line). */
async function checkFile(deps: FlowDeps, { connectionId, pool }: PoolRef, file: string): Promise<Checked> {
  const name = path.basename(file);
  const cognito = deps.connections.cognito(connectionId);
  const details = await cognito.pools.describe(pool.id);
  const rules = { signIn: details.signIn, schema: details.attributes };
  const check = await checkImportFile(file, rules);
  if (check.problemCount > 0) {
    const more = check.problemCount - check.problems.length;
    const reportPath = writeReport(file, [`${check.problemCount} problem(s) in ${name}; nothing was imported.`, '', ...check.problems, ...(more > 0 ? [`… and ${more} more.`] : [])]);
    await deps.links.showFile(reportPath);
    throw new CognitoError(`${name} has ${check.problemCount} problem(s), listed by line in ${path.basename(reportPath)}; nothing was imported.`, 'invalidParameter');
  }
  if (check.users === 0) throw new CognitoError(`${name} has no users to import.`, 'invalidParameter');
  return { details, check, newGroups: await missingGroups(cognito, pool.id, check.groups) };
}

async function importChecked(deps: FlowDeps, { pool: { connectionId, pool }, file, checked: { details, check, newGroups }, invitation }: ImportAnswers): Promise<ImportResult> {
  const name = path.basename(file);
  const cognito = deps.connections.cognito(connectionId);
  const rules = { signIn: details.signIn, schema: details.attributes };
  if (invitation === 'EMAIL' && check.withoutEmailCount > 0) {
    // A user without an e-mail address under e-mail invitations is refused up front, with the file,
    // rather than created silently: created, it would have a temporary password nobody was told and no
    // way to learn it. Refused, the person decides (add the addresses, or import with No invitations and
    // set passwords). Users the file marks disabled get no invitation anyway, so they do not count.
    const count = `${check.withoutEmailCount} ${check.withoutEmailCount === 1 ? 'user' : 'users'} without an e-mail address`;
    const more = check.withoutEmailCount - check.withoutEmail.length;
    const reportPath = writeReport(file, [
      `${count} in ${name}; e-mail invitations cannot reach them, so nothing was imported.`,
      '',
      ...check.withoutEmail.map((u) => `Line ${u.line} (${u.username}): no e-mail address.`),
      ...(more > 0 ? [`… and ${more} more.`] : []),
    ]);
    await deps.links.showFile(reportPath);
    throw new CognitoError(
      `${name} has ${count} (listed in ${path.basename(reportPath)}), whom e-mail invitations cannot reach: add their addresses, or choose No invitations and set their passwords with Set Password; nothing was imported.`,
      'invalidParameter',
    );
  }

  const result: ImportResult = { created: 0, alreadyThere: 0, failed: [], cancelled: 0 };
  for (const group of newGroups) await deps.limiter.run(connectionId, 'UserPoolResourceUpdate', () => cognito.groups.create({ userPoolId: pool.id, name: group }));
  await deps.feedback.bulkProgress(`Importing ${check.users} users into ${pool.name}…`, async (progress) => {
    const note = () => `created ${result.created}, already there ${result.alreadyThere}, failed ${result.failed.length}`;
    let started = 0;
    for await (const batch of batches(importUsersIn(file, rules), BATCH)) {
      if (progress.cancelled()) break;
      // runMany retries the whole job when a call in it stays throttled: the create is done once and
      // remembered, and the state (idempotent) is applied again.
      const outcomes = new Map<ImportUser, 'created' | 'existing'>();
      const outcome = await runMany(
        {
          items: batch,
          connectionId,
          category: 'UserCreation',
          run: async (user) => {
            let done = outcomes.get(user);
            if (!done) outcomes.set(user, (done = (await createOne(cognito, pool.id, user, invitation, details.passwordPolicy)) ? 'created' : 'existing'));
            await applyState(deps.limiter, cognito, connectionId, pool.id, user, done === 'existing').catch((error: unknown) => {
              // The kind stays, so a throttled state is still retried as throttled.
              if (done === 'created' && error instanceof CognitoError) throw new CognitoError(`Created without the file's state (a re-run applies it): ${error.message}`, error.kind, error.awsName);
              throw error;
            });
            if (done === 'created') result.created++;
            else result.alreadyThere++;
          },
        },
        deps.limiter,
        { cancelled: progress.cancelled, report: (done, failed) => progress.report(started + done, result.failed.length + failed, check.users, note()) },
      );
      result.failed.push(...outcome.failed.map(({ item, reason }) => ({ username: item.username, line: item.line, reason })));
      started += batch.length - outcome.skipped.length;
    }
    result.cancelled = check.users - started;
  });

  await deps.tree.reloadUsers({ connectionId, pool });
  const summary = `Imported into ${pool.name}: created ${result.created}, already there ${result.alreadyThere}, failed ${result.failed.length}${result.cancelled ? `; cancelled before ${result.cancelled}` : ''}.`;
  deps.log.info(summary);
  if (result.failed.length > 0 || result.cancelled > 0) {
    result.reportPath = writeReport(file, [summary, '', ...result.failed.map((f) => `Line ${f.line} (${f.username}): ${f.reason}`)]);
    void deps.feedback.info(`${summary} The report lists every failure.`, 'Open Report').then((choice) => {
      if (choice && result.reportPath) return deps.links.showFile(result.reportPath);
    });
  } else deps.feedback.status(`$(check) ${summary}`);
  return result;
}

/** The users of a stream in arrays of `size`. */
async function* batches<T>(items: AsyncIterable<T>, size: number): AsyncGenerator<T[]> {
  let batch: T[] = [];
  for await (const item of items) {
    batch.push(item);
    if (batch.length === size) {
      yield batch;
      batch = [];
    }
  }
  if (batch.length > 0) yield batch;
}

/** What else the import does besides creating users, for the confirmation: " — creates 2 groups (a, b); marks 3 e-mail addresses verified". */
function whatElse(check: ImportCheck, newGroups: string[]): string {
  const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
  const parts: string[] = [];
  if (newGroups.length > 0) {
    const shown = newGroups.slice(0, 3).join(', ');
    parts.push(`creates ${count(newGroups.length, 'group', 'groups')} (${shown}${newGroups.length > 3 ? ` and ${newGroups.length - 3} more` : ''})`);
  }
  const flags = [check.verified.email > 0 ? count(check.verified.email, 'e-mail address', 'e-mail addresses') : '', check.verified.phone > 0 ? count(check.verified.phone, 'phone number', 'phone numbers') : ''].filter(Boolean);
  if (flags.length > 0) parts.push(`marks ${flags.join(' and ')} verified`);
  if (check.disabled > 0) parts.push(`${count(check.disabled, 'user', 'users')} disabled`);
  return parts.length > 0 ? ` — ${parts.join('; ')}` : '';
}

/** Groups the file names that the pool lacks: created before the users, so memberships can be applied. */
async function missingGroups(cognito: CognitoApi, userPoolId: string, wanted: string[]): Promise<string[]> {
  if (wanted.length === 0) return [];
  const existing = new Set((await listAll((token) => cognito.groups.list(userPoolId, token))).map((g) => g.name));
  return wanted.filter((name) => !existing.has(name));
}

/** "<file>.import-report.txt" beside the imported file. */
function writeReport(file: string, lines: string[]): string {
  const reportPath = `${file}.import-report.txt`;
  fs.writeFileSync(reportPath, `${lines.join('\n')}\n`);
  return reportPath;
}
