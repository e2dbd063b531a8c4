import { runMany, summarize } from '../../../bulk/runMany';
import type { QuotaCategory } from '../../../bulk/quotas';
import { CognitoError } from '../../../shared/errors';
import type { User } from '../../../shared/types';
import { userNode } from '../../../tree/nodes';
import type { ConfirmRequest, StepInfo } from '../../../ui/prompter';
import type { FlowDeps } from '../deps';
import { runFlow } from '../steps';
import { describeUsers, givenUsers, userSteps, type UsersAnswers, type UserRef } from './userTargets';

type ResendAnswers = UsersAnswers & { current: User; mediums: Medium[] };

// The one-click user actions. Enable, Disable and Delete take every selected user and run through the
// bulk runner (paced below Cognito's UserUpdate quota, throttling retried, one progress notification
// with Cancel, one summary); the others act on one user. Afterwards each node shows its new state in
// place, and deleted nodes leave the tree.

export async function setUsersEnabled(deps: FlowDeps, given: UserRef[], enabled: boolean): Promise<void> {
  return runFlow<UsersAnswers, void>({ title: `${enabled ? 'Enable' : 'Disable'} User`, given: givenUsers(given), steps: userSteps(deps), execute: ({ refs }) => setEnabled(deps, refs, enabled) });
}

async function setEnabled(deps: FlowDeps, refs: UserRef[], enabled: boolean): Promise<void> {
  const verb = enabled ? 'Enabled' : 'Disabled';
  const result = await bulk(deps, refs, `${enabled ? 'Enabling' : 'Disabling'} ${describeUsers(refs)}…`, 'UserUpdate', (ref) =>
    deps.connections.cognito(ref.connectionId).users.setEnabled(ref.userPoolId, ref.user.username, enabled),
  );
  for (const ref of result.succeeded) await deps.tree.userChanged(ref.connectionId, ref.userPoolId, { ...ref.user, enabled });
  report(deps, summarize(verb, ['user', 'users'], result, (r) => r.user.username), result.failed.length + result.skipped.length > 0);
}

export async function deleteUsers(deps: FlowDeps, given: UserRef[]): Promise<void> {
  return runFlow<UsersAnswers, void>({
    title: 'Delete User',
    given: givenUsers(given),
    steps: [
      ...userSteps(deps),
      {
        confirm: ({ refs }) =>
          deps.prompter.confirm({
            message: refs.length === 1 ? `Delete the user ${refs[0].user.username}?` : `Delete ${refs.length} users?`,
            detail: `${refs.length === 1 ? 'The user' : namesOf(refs)} cannot sign in again, and this cannot be undone.`,
            action: 'Delete',
          }),
      },
    ],
    execute: ({ refs }) => deleteAll(deps, refs),
  });
}

async function deleteAll(deps: FlowDeps, refs: UserRef[]): Promise<void> {
  const result = await bulk(deps, refs, `Deleting ${describeUsers(refs)}…`, 'UserUpdate', (ref) => deps.connections.cognito(ref.connectionId).users.delete(ref.userPoolId, ref.user.username));
  await deps.tree.removed(result.succeeded.map((ref) => userNode(ref.connectionId, ref.userPoolId, ref.user)));
  report(deps, summarize('Deleted', ['user', 'users'], result, (r) => r.user.username), result.failed.length + result.skipped.length > 0);
}

/** AdminConfirmSignUp: an UNCONFIRMED user (signed up, never confirmed) becomes CONFIRMED. */
export async function confirmUser(deps: FlowDeps, given?: UserRef): Promise<void> {
  return runFlow<UsersAnswers, void>({ title: 'Confirm User', given: givenUsers(given), steps: userSteps(deps), execute: ({ refs: [ref] }) => confirmOne(deps, ref) });
}

async function confirmOne(deps: FlowDeps, { connectionId, userPoolId, user }: UserRef): Promise<void> {
  await deps.feedback.progress(`Confirming ${user.username}…`, () => deps.connections.cognito(connectionId).users.confirm(userPoolId, user.username));
  await deps.tree.userChanged(connectionId, userPoolId, { ...user, status: 'CONFIRMED' });
  deps.feedback.status(`$(check) Confirmed ${user.username}`);
}

/** AdminResetUserPassword: the user must set a new password with a code Cognito sends. */
export async function resetUserPassword(deps: FlowDeps, given?: UserRef): Promise<void> {
  const confirmation = (user: User) => ({
    message: `Reset the password of ${user.username}?`,
    detail: 'The current password stops working; Cognito sends the user a code to choose a new one (RESET_REQUIRED).',
    action: 'Reset Password',
  });
  return confirmedForOneUser(deps, given, 'Reset Password', confirmation, (ref) => resetOne(deps, ref));
}

async function resetOne(deps: FlowDeps, { connectionId, userPoolId, user }: UserRef): Promise<void> {
  const cognito = deps.connections.cognito(connectionId);
  await deps.feedback.progress(`Resetting the password of ${user.username}…`, () => cognito.users.resetPassword(userPoolId, user.username));
  await deps.tree.userChanged(connectionId, userPoolId, await cognito.users.get(userPoolId, user.username).catch(() => ({ ...user, status: 'RESET_REQUIRED' })));
  deps.feedback.status(`$(check) Reset the password of ${user.username}; Cognito sent a code`);
}

/**
 * AdminCreateUser with MessageAction RESEND: a new temporary password. Cognito does not tell how the
 * first invitation went, and sends one message per medium asked (both, were it given both): a user with
 * only an e-mail address or only a phone number gets it that way; a user with both is asked.
 */
export async function resendInvitation(deps: FlowDeps, given?: UserRef): Promise<void> {
  return runFlow<ResendAnswers, void>({
    title: 'Resend Invitation',
    given: givenUsers(given),
    steps: [
      ...userSteps<ResendAnswers>(deps),
      { fills: 'current', load: async ({ refs: [{ connectionId, userPoolId, user }] }) => reachable(await deps.connections.cognito(connectionId).users.get(userPoolId, user.username)) },
      // Asked only when the user has both an e-mail address and a phone number (mediumsWithoutAsking).
      { fills: 'mediums', skip: (a) => a.current !== undefined && mediumsWithoutAsking(a.current) !== undefined, ask: ({ current }, step) => askMediums(deps, current, step) },
    ],
    execute: ({ refs: [ref], current, mediums }) => resend(deps, ref, mediums ?? (mediumsWithoutAsking(current) as Medium[])),
  });
}

async function resend(deps: FlowDeps, { connectionId, userPoolId, user }: UserRef, mediums: Medium[]): Promise<void> {
  const cognito = deps.connections.cognito(connectionId);
  await deps.feedback.progress(`Resending the invitation of ${user.username}…`, () => cognito.users.resendInvitation(userPoolId, user.username, mediums));
  deps.feedback.status(`$(check) Sent ${user.username} a new invitation with a new temporary password by ${mediums.map((m) => MEDIUM_NAMES[m]).join(' and ')}`);
}

type Medium = 'EMAIL' | 'SMS';

const MEDIUM_NAMES: Record<Medium, string> = { EMAIL: 'e-mail', SMS: 'SMS' };

function reachable(user: User): User {
  if (!user.email && !user.phoneNumber) {
    throw new CognitoError(`${user.username} has neither an e-mail address nor a phone number, so Cognito cannot send an invitation; add one with Edit Attribute, or set a password with Set Password.`, 'invalidParameter');
  }
  return user;
}

/** The mediums when there is nothing to ask, or undefined when the user has both and may be asked. */
function mediumsWithoutAsking(user: User): Medium[] | undefined {
  if (!user.phoneNumber) return ['EMAIL'];
  if (!user.email) return ['SMS'];
  // Cognito refuses a RESEND for a user who has signed in; let it say so before anything is asked.
  if (user.status !== 'FORCE_CHANGE_PASSWORD') return ['EMAIL'];
  return undefined;
}

async function askMediums(deps: FlowDeps, user: User, step: StepInfo): Promise<Medium[]> {
  return deps.prompter.pick<Medium[]>(
    [
      { label: 'E-mail', description: user.email, value: ['EMAIL'] },
      { label: 'SMS', description: user.phoneNumber, value: ['SMS'] },
      { label: 'E-mail and SMS', description: 'Two messages, each with the same new temporary password', value: ['EMAIL', 'SMS'] },
    ],
    { ...step, placeholder: `${user.username} has an e-mail address and a phone number: send the new invitation by…` },
  );
}

/** AdminUserGlobalSignOut: every refresh token of the user stops working. */
export async function signOutEverywhere(deps: FlowDeps, given?: UserRef): Promise<void> {
  const confirmation = (user: User) => ({
    message: `Sign ${user.username} out of every device?`,
    detail: "All of the user's refresh tokens are revoked; access and ID tokens stay valid until they expire.",
    action: 'Sign Out Everywhere',
  });
  return confirmedForOneUser(deps, given, 'Sign Out Everywhere', confirmation, (ref) => signOutOne(deps, ref));
}

/** An action on one user that cannot be undone: the pool and the user (unless given), the modal, then the action. */
function confirmedForOneUser(deps: FlowDeps, given: UserRef | undefined, title: string, confirmation: (user: User) => ConfirmRequest, act: (ref: UserRef) => Promise<void>): Promise<void> {
  return runFlow<UsersAnswers, void>({
    title,
    given: givenUsers(given),
    steps: [...userSteps(deps), { confirm: ({ refs: [{ user }] }) => deps.prompter.confirm(confirmation(user)) }],
    execute: ({ refs: [ref] }) => act(ref),
  });
}

async function signOutOne(deps: FlowDeps, { connectionId, userPoolId, user }: UserRef): Promise<void> {
  await deps.feedback.progress(`Signing ${user.username} out everywhere…`, () => deps.connections.cognito(connectionId).users.signOutEverywhere(userPoolId, user.username));
  deps.feedback.status(`$(check) Signed ${user.username} out everywhere`);
}

/** "alice and dave", "alice, bob and carol", "alice, bob, … and 12 more". */
function namesOf(refs: UserRef[]): string {
  const names = refs.map((r) => r.user.username);
  if (names.length <= 3) return `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
  return `${names.slice(0, 3).join(', ')} and ${names.length - 3} more`;
}

function bulk(deps: FlowDeps, refs: UserRef[], title: string, category: QuotaCategory, run: (ref: UserRef) => Promise<void>) {
  // One connection per selection in practice; pacing is per connection, so take the first's.
  return deps.feedback.bulkProgress(title, (progress) => runMany({ items: refs, connectionId: refs[0].connectionId, category, run }, deps.limiter, progress));
}

/** A clean run is a status-bar line; failures or a cancel get a notification that stays. */
function report(deps: FlowDeps, summary: string, problems: boolean): void {
  if (problems) void deps.feedback.info(summary);
  else deps.feedback.status(`$(check) ${summary}`);
}
