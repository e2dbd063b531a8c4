import { checkPassword, describePasswordPolicy } from '../../../validation/password';
import { generatePassword } from '../../../validation/generatePassword';
import type { FlowDeps } from '../deps';
import { chooseUsers, type UserRef } from './userTargets';

// Set Password: 1. permanent (the user becomes CONFIRMED: the fix for a test user stuck in
// FORCE_CHANGE_PASSWORD) or temporary   2. type it (a password box, checked against the pool's policy as
// typed) or generate one to the policy   3. the password, when typed.
// AdminSetUserPassword, then the node shows the new status. A generated password is offered with a
// copy button and is never shown in a log or a message.

const TITLE = 'Set Password';

export async function setUserPassword(deps: FlowDeps, given?: UserRef): Promise<void> {
  const { refs, steps } = await chooseUsers(deps, TITLE, given ? [given] : [], 3);
  const [{ connectionId, userPoolId, user }] = refs;
  const cognito = deps.connections.cognito(connectionId);
  const policy = (await cognito.pools.describe(userPoolId)).passwordPolicy;
  const permanent = await deps.prompter.pick(
    [
      { label: 'Permanent', detail: 'The user signs in with it as it is and becomes CONFIRMED', value: true },
      { label: 'Temporary', detail: 'The user must choose a new one at the next sign-in (FORCE_CHANGE_PASSWORD)', value: false },
    ],
    { ...steps.next(), placeholder: `A permanent or a temporary password for ${user.username}?` },
  );
  const generate = await deps.prompter.pick(
    [
      { label: 'Generate a password', detail: `A random password that meets this pool's policy (${describePasswordPolicy(policy)}); you can copy it afterwards`, value: true },
      { label: 'Type a password', detail: 'In a password box, checked against the policy as you type', value: false },
    ],
    { ...steps.next(), placeholder: `The new password of ${user.username}` },
  );
  let password: string;
  if (generate) {
    steps.skip();
    password = generatePassword(policy);
  } else {
    password = await deps.prompter.input({ ...steps.next(), prompt: `New password of ${user.username} (${describePasswordPolicy(policy)})`, password: true, validate: (value) => checkPassword(value, policy) });
  }
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
