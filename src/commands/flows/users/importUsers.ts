import * as fs from 'node:fs';
import * as path from 'node:path';
import { readImport } from '../../../bulk/importFile';
import { runMany } from '../../../bulk/runMany';
import type { ImportUser } from '../../../bulk/userFormats';
import { CognitoError } from '../../../cognito/errors';
import { listAll } from '../../../cognito/paging';
import type { CognitoApi, InvitationDelivery } from '../../../cognito/types';
import type { PoolRef } from '../../../connection/connections';
import { StepCounter } from '../../../ui/prompter';
import { generatePassword } from '../../../validation/generatePassword';
import type { FlowDeps } from '../deps';
import { pickUserPool } from '../pickers';

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
  created: string[];
  skipped: string[];
  failed: { username: string; line: number; reason: string }[];
  cancelled: number;
  reportPath?: string;
}

export async function importUsers(deps: FlowDeps, given?: PoolRef): Promise<ImportResult> {
  const steps = new StepCounter('Import Users', given ? 2 : 3);
  const { connectionId, pool } = given ?? (await pickUserPool(deps.prompter, deps.connections, steps.next()));
  steps.next(); // the file: the open dialog shows no step counter, but the steps after it count it
  const file = await deps.prompter.openFile({ title: `Import Users into ${pool.name}`, filters: { 'CSV or JSON Lines': ['csv', 'jsonl', 'json'] } });
  const cognito = deps.connections.cognito(connectionId);
  const details = await cognito.describeUserPool(pool.id);
  const plan = readImport(fs.readFileSync(file, 'utf8'), path.basename(file), { signIn: details.signIn, schema: details.attributes });
  if (plan.problems.length > 0) {
    const reportPath = writeReport(file, [`${plan.problems.length} problem(s) in ${path.basename(file)}; nothing was imported.`, '', ...plan.problems]);
    await deps.links.showFile(reportPath);
    throw new CognitoError(`${path.basename(file)} has ${plan.problems.length} problem(s), listed by line in ${path.basename(reportPath)}; nothing was imported.`, 'invalidParameter');
  }
  if (plan.users.length === 0) throw new CognitoError(`${path.basename(file)} has no users to import.`, 'invalidParameter');
  const invitation = await deps.prompter.pick<InvitationDelivery>(
    [
      { label: 'No invitations', detail: 'Users get a generated temporary password nobody is told: set one with Set Password when needed', value: 'SUPPRESS' },
      { label: 'Send invitations by e-mail', detail: 'Each user with an e-mail address gets a temporary password from Cognito (mind the daily e-mail limit)', value: 'EMAIL' },
    ],
    { ...steps.next(), placeholder: `Import ${plan.users.length} users into ${pool.name}: send invitations?` },
  );

  if (invitation === 'EMAIL') {
    // A user without an e-mail address under e-mail invitations is refused up front, with the file,
    // rather than created silently: created, it would have a temporary password nobody was told and no
    // way to learn it. Refused, the person decides (add the addresses, or import with No invitations and
    // set passwords). Users the file marks disabled get no invitation anyway, so they do not count.
    const unreachable = plan.users.filter((u) => u.enabled !== false && !u.attributes.email);
    if (unreachable.length > 0) {
      const name = path.basename(file);
      const count = `${unreachable.length} ${unreachable.length === 1 ? 'user' : 'users'} without an e-mail address`;
      const reportPath = writeReport(file, [`${count} in ${name}; e-mail invitations cannot reach them, so nothing was imported.`, '', ...unreachable.map((u) => `Line ${u.line} (${u.username}): no e-mail address.`)]);
      await deps.links.showFile(reportPath);
      throw new CognitoError(
        `${name} has ${count} (listed in ${path.basename(reportPath)}), whom e-mail invitations cannot reach: add their addresses, or choose No invitations and set their passwords with Set Password; nothing was imported.`,
        'invalidParameter',
      );
    }
  }
  const result: ImportResult = { created: [], skipped: [], failed: [], cancelled: 0 };
  const outcomes = new Map<ImportUser, 'created' | 'existing'>();
  await ensureGroups(deps, cognito, connectionId, pool.id, plan.users);
  await deps.feedback.bulkProgress(`Importing ${plan.users.length} users into ${pool.name}…`, async (progress) => {
    const note = () => `created ${result.created.length}, skipped ${result.skipped.length}, failed ${result.failed.length}`;
    const outcome = await runMany(
      {
        items: plan.users,
        connectionId,
        category: 'UserCreation',
        run: async (user) => {
          // runMany retries the whole job when a call in it stays throttled: the create is done once and
          // remembered, and the state (idempotent) is applied again.
          let outcome = outcomes.get(user);
          if (!outcome) outcomes.set(user, (outcome = (await createOne(cognito, pool.id, user, invitation, details.passwordPolicy)) ? 'created' : 'existing'));
          await applyState(deps, cognito, connectionId, pool.id, user, outcome === 'existing').catch((error: unknown) => {
            // The kind stays, so a throttled state is still retried as throttled.
            if (outcome === 'created' && error instanceof CognitoError) {
              throw new CognitoError(`Created without the file's state (a re-run applies it): ${error.message}`, error.kind, error.awsName);
            }
            throw error;
          });
          (outcome === 'created' ? result.created : result.skipped).push(user.username);
        },
      },
      deps.limiter,
      { cancelled: progress.cancelled, report: (done, failed, total) => progress.report(done, failed, total, note()) },
    );
    result.failed = outcome.failed.map(({ item, reason }) => ({ username: item.username, line: item.line, reason }));
    result.cancelled = outcome.skipped.length;
  });

  await deps.tree.reloadUsers({ connectionId, pool });
  const summary = `Imported into ${pool.name}: created ${result.created.length}, skipped ${result.skipped.length} (already there), failed ${result.failed.length}${result.cancelled ? `; cancelled before ${result.cancelled}` : ''}.`;
  deps.log.info(summary);
  if (result.failed.length > 0 || result.cancelled > 0) {
    result.reportPath = writeReport(file, [summary, '', ...result.failed.map((f) => `Line ${f.line} (${f.username}): ${f.reason}`)]);
    void deps.feedback.info(`${summary} The report lists every failure.`, 'Open Report').then((choice) => {
      if (choice && result.reportPath) return deps.links.showFile(result.reportPath);
    });
  } else deps.feedback.status(`$(check) ${summary}`);
  return result;
}

/** True when created, false when the user was already there (a re-run). */
async function createOne(cognito: CognitoApi, userPoolId: string, user: ImportUser, invitation: InvitationDelivery, policy: Parameters<typeof generatePassword>[0]): Promise<boolean> {
  const { email, phone_number: phoneNumber, email_verified: emailVerified, phone_number_verified: phoneVerified, ...others } = user.attributes;
  // No invitation ever goes to a user the file marks disabled: a working temporary password must not be
  // e-mailed to someone who is to be shut out. Such a user is created silently, then disabled.
  // (A user without an e-mail address never gets here under e-mail invitations: the check refuses the file.)
  const delivery: InvitationDelivery = user.enabled === false || (invitation === 'EMAIL' && !email) ? 'SUPPRESS' : invitation;
  try {
    await cognito.createUser({
      userPoolId,
      username: user.username,
      // Generated here whenever no invitation goes out, so Cognito never makes a password of its own for
      // a user nobody tells it to.
      temporaryPassword: delivery === 'SUPPRESS' ? generatePassword(policy) : undefined,
      email,
      emailVerified: emailVerified === 'true',
      phoneNumber,
      phoneNumberVerified: phoneVerified === 'true',
      invitation: delivery,
      otherAttributes: Object.entries(others).map(([name, value]) => ({ name, value })),
    });
    return true;
  } catch (error) {
    if (error instanceof CognitoError && error.kind === 'alreadyExists' && error.awsName === 'UsernameExistsException') return false;
    throw error;
  }
}

/**
 * The file's state, for a user just created and for one already there (a re-run, or a retried job):
 * disabled, its groups and, for a user already there, the verified flags of the addresses it has.
 * Every call is idempotent, so applying it twice is harmless. A user the file marks enabled is never
 * enabled here: an import does not re-open an account someone disabled in the pool.
 */
async function applyState(deps: FlowDeps, cognito: CognitoApi, connectionId: string, userPoolId: string, user: ImportUser, existing: boolean): Promise<void> {
  if (user.enabled === false) await deps.limiter.run(connectionId, 'UserUpdate', () => cognito.setUserEnabled(userPoolId, user.username, false));
  for (const group of user.groups ?? []) await deps.limiter.run(connectionId, 'UserResourceUpdate', () => cognito.addUserToGroup(userPoolId, user.username, group));
  if (existing) await applyVerifiedFlags(deps, cognito, connectionId, userPoolId, user);
}

/** A verified flag only for the address the file verifies: a user already there with another address keeps it unverified. */
async function applyVerifiedFlags(deps: FlowDeps, cognito: CognitoApi, connectionId: string, userPoolId: string, user: ImportUser): Promise<void> {
  const flags = [
    ['email', 'email_verified'],
    ['phone_number', 'phone_number_verified'],
  ].filter(([, flag]) => user.attributes[flag] === 'true');
  if (flags.length === 0) return;
  const current = Object.fromEntries((await deps.limiter.run(connectionId, 'UserRead', () => cognito.getUserDetails(userPoolId, user.username))).attributes.map((a) => [a.name, a.value]));
  const writes = flags.filter(([address, flag]) => current[address] === user.attributes[address] && current[flag] !== 'true').map(([, flag]) => ({ name: flag, value: 'true' }));
  if (writes.length > 0) await deps.limiter.run(connectionId, 'UserUpdate', () => cognito.updateUserAttributes(userPoolId, user.username, writes));
}

/** Groups the file names that the pool lacks are created first, so memberships can be re-applied. */
async function ensureGroups(deps: FlowDeps, cognito: CognitoApi, connectionId: string, userPoolId: string, users: ImportUser[]): Promise<void> {
  const wanted = new Set(users.flatMap((u) => u.groups ?? []));
  if (wanted.size === 0) return;
  for (const group of await listAll((token) => cognito.listGroups(userPoolId, token))) wanted.delete(group.name);
  for (const name of wanted) await deps.limiter.run(connectionId, 'UserPoolResourceUpdate', () => cognito.createGroup({ userPoolId, name }));
}

/** "<file>.import-report.txt" beside the imported file. */
function writeReport(file: string, lines: string[]): string {
  const reportPath = `${file}.import-report.txt`;
  fs.writeFileSync(reportPath, `${lines.join('\n')}\n`);
  return reportPath;
}
