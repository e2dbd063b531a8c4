import type { CreateUserRequest, InvitationDelivery, PasswordPolicy, SignInOption, User, UserPool } from '../../cognito/types';
import type { PoolRef } from '../../connection/connections';
import { userNode } from '../../tree/nodes';
import { StepCounter, type PickItem, type Prompter } from '../../ui/prompter';
import { checkEmail, checkPhoneNumber, optional } from '../../validation/contact';
import { checkPassword, describePasswordPolicy } from '../../validation/password';
import { checkUsername } from '../../validation/username';
import type { FlowDeps } from './deps';
import { pickUserPool } from './pickers';

// Create User, as the console's "Create user":
//   1. the pool (only from the palette); then DescribeUserPool for its sign-in and password policy
//   2. username (an e-mail or phone number when the pool signs in with those)
//   3. e-mail (optional)            4. mark it verified?
//   5. phone number (optional)      6. mark it verified? (default no)
//   7. send the invitation by e-mail, SMS, or not at all
//   8. temporary password in a password box, checked against the pool's policy as it is typed;
//      empty lets Cognito generate one, allowed only when an invitation carries it to the user
// then AdminCreateUser and reveal the user.

const TITLE = 'Create User';

export interface UserPoolFacts {
  signIn: SignInOption;
  passwordPolicy: PasswordPolicy;
  /** Without an SMS configuration Cognito cannot text an invitation. */
  smsConfigured: boolean;
}

export async function askCreateUser(prompter: Prompter, steps: StepCounter, pool: UserPool, facts: UserPoolFacts): Promise<CreateUserRequest> {
  const usernameIs = facts.signIn === 'email' || facts.signIn === 'phone' || facts.signIn === 'emailOrPhone' ? facts.signIn : undefined;
  const username = await prompter.input({
    ...steps.next(),
    prompt: usernamePrompt(facts.signIn, pool.name),
    validate: (value) => checkUsername(value, facts.signIn),
  });

  const usernameIsEmail = usernameIs !== undefined && !username.startsWith('+');
  const usernameIsPhone = usernameIs !== undefined && username.startsWith('+');
  const email = usernameIsEmail ? username : await askOptional(prompter, steps, 'E-mail address (optional; Enter to skip)', checkEmail);
  const emailVerified = email ? await askVerified(prompter, steps, 'Mark e-mail address as verified?', true) : skip(steps);
  const phoneNumber = usernameIsPhone ? username : await askOptional(prompter, steps, 'Phone number in E.164 form, e.g. +14155550123 (optional; Enter to skip)', checkPhoneNumber);
  const phoneNumberVerified = phoneNumber ? await askVerified(prompter, steps, 'Mark phone number as verified?', false) : skip(steps);
  const invitation = await prompter.pick(invitationItems(email, facts.smsConfigured ? phoneNumber : ''), { ...steps.next(), placeholder: 'Send the user an invitation with the temporary password?' });
  const temporaryPassword = await askTemporaryPassword(prompter, steps, facts.passwordPolicy, invitation);

  return {
    userPoolId: pool.id,
    username,
    temporaryPassword: temporaryPassword || undefined,
    email: email || undefined,
    emailVerified,
    phoneNumber: phoneNumber || undefined,
    phoneNumberVerified,
    invitation,
  };
}

export async function createUser(deps: FlowDeps, pool?: PoolRef): Promise<User> {
  const steps = new StepCounter(TITLE, pool ? 7 : 8);
  const { connectionId, pool: target } = pool ?? (await pickUserPool(deps.prompter, deps.connections, steps.next()));
  const cognito = deps.connections.cognito(connectionId);
  const details = await cognito.pools.describe(target.id);
  // The username doubles as the e-mail or phone number, so that question is not asked.
  if (details.signIn === 'email' || details.signIn === 'phone' || details.signIn === 'emailOrPhone') steps.skip(1);
  const request = await askCreateUser(deps.prompter, steps, target, details);
  const user = await deps.feedback.progress(`Creating user ${request.username}…`, () => cognito.users.create(request));
  await deps.tree.showCreated(userNode(connectionId, target.id, user));
  deps.feedback.status(`$(check) Created user ${request.username} in ${target.name}${user.recovered ? " (Cognito's first answer was lost; the user is there)" : ''}`);
  return user;
}

function usernamePrompt(signIn: SignInOption, poolName: string): string {
  switch (signIn) {
    case 'email':
      return `E-mail address of the new user in "${poolName}" (this pool signs in with e-mail)`;
    case 'phone':
      return `Phone number of the new user in "${poolName}", E.164 form such as +14155550123 (this pool signs in with phone numbers)`;
    case 'emailOrPhone':
      return `E-mail address or phone number (+14155550123) of the new user in "${poolName}"`;
    default:
      return `Username of the new user in "${poolName}"`;
  }
}

/** Without an invitation nobody would learn a generated password, so then one must be typed. */
async function askTemporaryPassword(prompter: Prompter, steps: StepCounter, policy: PasswordPolicy, invitation: InvitationDelivery): Promise<string> {
  const rules = describePasswordPolicy(policy);
  const checkAgainstPolicy = (value: string) => checkPassword(value, policy);
  return prompter.input({
    ...steps.next(),
    prompt: invitation === 'SUPPRESS' ? `Temporary password (${rules})` : `Temporary password (${rules}), or leave empty to let Cognito generate one and send it`,
    password: true,
    validate: invitation === 'SUPPRESS' ? checkAgainstPolicy : optional(checkAgainstPolicy),
  });
}

async function askOptional(prompter: Prompter, steps: StepCounter, prompt: string, check: (value: string) => string | undefined): Promise<string> {
  return (await prompter.input({ ...steps.next(), prompt, validate: optional(check) })).trim();
}

async function askVerified(prompter: Prompter, steps: StepCounter, placeholder: string, defaultYes: boolean): Promise<boolean> {
  const yes: PickItem<boolean> = { label: 'Yes', detail: 'Treat it as verified now (no code is sent)', value: true };
  const no: PickItem<boolean> = { label: 'No', detail: 'It stays unverified until the user confirms it', value: false };
  return prompter.pick(defaultYes ? [yes, no] : [no, yes], { ...steps.next(), placeholder });
}

/** A question that does not apply (its field was left empty) drops out of the step count. */
function skip(steps: StepCounter): false {
  steps.skip();
  return false;
}

function invitationItems(email: string, phoneNumber: string): PickItem<InvitationDelivery>[] {
  const items: PickItem<InvitationDelivery>[] = [];
  if (email) items.push({ label: 'Send by e-mail', detail: `Cognito e-mails the username and temporary password to ${email}`, value: 'EMAIL' });
  if (phoneNumber) items.push({ label: 'Send by SMS', detail: `Cognito texts the username and temporary password to ${phoneNumber}`, value: 'SMS' });
  items.push({ label: "Don't send an invitation", detail: 'Give the user the temporary password yourself', value: 'SUPPRESS' });
  return items;
}
