import { checkPassword, describePasswordPolicy } from '../../../validation/password';
import { generatePassword } from '../../../validation/generatePassword';
import type { PasswordPolicy } from '../../../shared/types';
import type { FlowDeps } from '../deps';
import { runFlow } from '../steps';
import { givenUsers, userSteps, type UsersAnswers, type UserRef } from './userTargets';

// Set Password: 1. permanent (the user becomes CONFIRMED: the fix for a test user stuck in
// FORCE_CHANGE_PASSWORD) or temporary   2. type it (a password box, checked against the pool's policy as
// typed) or generate one to the policy   3. the password, when typed.
// AdminSetUserPassword, then the node shows the new status. A generated password is offered with a
// copy button and is never shown in a log or a message.

const TITLE = 'Set Password';

interface SetPasswordAnswers extends UsersAnswers {
  policy: PasswordPolicy;
  permanent: boolean;
  generate: boolean;
  typed: string;
}

export async function setUserPassword(deps: FlowDeps, given?: UserRef): Promise<void> {
  return runFlow<SetPasswordAnswers, void>({
    title: TITLE,
    given: givenUsers(given),
    steps: [
      ...userSteps(deps),
      { fills: 'policy', load: async ({ refs: [{ connectionId, userPoolId }] }) => (await deps.connections.cognito(connectionId).pools.describe(userPoolId)).passwordPolicy },
      {
        fills: 'permanent',
        ask: ({ refs: [{ user }] }, step) =>
          deps.prompter.pick(
            [
              { label: 'Permanent', detail: 'The user signs in with it as it is and becomes CONFIRMED', value: true },
              { label: 'Temporary', detail: 'The user must choose a new one at the next sign-in (FORCE_CHANGE_PASSWORD)', value: false },
            ],
            { ...step, placeholder: `A permanent or a temporary password for ${user.username}?` },
          ),
      },
      {
        fills: 'generate',
        ask: ({ refs: [{ user }], policy }, step) =>
          deps.prompter.pick(
            [
              { label: 'Generate a password', detail: `A random password that meets this pool's policy (${describePasswordPolicy(policy)}); you can copy it afterwards`, value: true },
              { label: 'Type a password', detail: 'In a password box, checked against the policy as you type', value: false },
            ],
            { ...step, placeholder: `The new password of ${user.username}` },
          ),
      },
      {
        fills: 'typed',
        skip: (a) => a.generate === true,
        ask: ({ refs: [{ user }], policy }, step) => deps.prompter.input({ ...step, prompt: `New password of ${user.username} (${describePasswordPolicy(policy)})`, password: true, validate: (value) => checkPassword(value, policy) }),
      },
    ],
    execute: ({ refs: [ref], policy, permanent, generate, typed }) => setPassword(deps, ref, generate ? generatePassword(policy) : typed, permanent, generate),
  });
}

async function setPassword(deps: FlowDeps, { connectionId, userPoolId, user }: UserRef, password: string, permanent: boolean, generate: boolean): Promise<void> {
  const cognito = deps.connections.cognito(connectionId);
  await deps.feedback.progress(`Setting the password of ${user.username}…`, () => cognito.users.setPassword(userPoolId, user.username, password, permanent));
  deps.log.info(`Set a ${permanent ? 'permanent' : 'temporary'} password for ${user.username}`);
  await deps.tree.userChanged(connectionId, userPoolId, { ...user, status: permanent ? 'CONFIRMED' : 'FORCE_CHANGE_PASSWORD' });
  const done = `Set a ${permanent ? 'permanent' : 'temporary'} password for ${user.username}.`;
  if (!generate) return deps.feedback.status(`$(check) ${done}`);
  void deps.feedback.info(`${done} Copy it now: it is not shown or kept anywhere.`, 'Copy Password').then(async (choice) => {
    if (choice) {
      await deps.clipboard.writeText(password);
      deps.feedback.status(`$(check) Copied the new password of ${user.username}`);
    }
  });
}
