import type { CreateUserRequest, InvitationDelivery, PasswordPolicy, SignInOption, User } from '../../shared/types';
import type { PoolRef } from '../../connection/connections';
import { userNode } from '../../tree/nodes';
import type { PickItem, Prompter, StepInfo } from '../../ui/prompter';
import { checkEmail, checkPhoneNumber, optional } from '../../validation/contact';
import { checkPassword, describePasswordPolicy } from '../../validation/password';
import { checkUsername } from '../../validation/username';
import type { FlowDeps } from './deps';
import { runFlow } from './steps';
import { poolStep } from './targetSteps';

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

interface CreateUserAnswers {
  pool: PoolRef;
  facts: UserPoolFacts;
  username: string;
  email: string;
  emailVerified: boolean;
  phoneNumber: string;
  phoneNumberVerified: boolean;
  invitation: InvitationDelivery;
  temporaryPassword: string;
}

export async function createUser(deps: FlowDeps, pool?: PoolRef): Promise<User> {
  const { prompter } = deps;
  return runFlow<CreateUserAnswers, User>({
    title: TITLE,
    given: { pool },
    steps: [
      poolStep(deps),
      { fills: 'facts', load: ({ pool: { connectionId, pool: target } }) => deps.connections.cognito(connectionId).pools.describe(target.id) },
      { fills: 'username', ask: ({ pool: { pool: target }, facts }, step) => prompter.input({ ...step, prompt: usernamePrompt(facts.signIn, target.name), validate: (value) => checkUsername(value, facts.signIn) }) },
      // The username doubles as the e-mail address or phone number, so that question is not asked; until
      // the username tells which, the e-mail question stands for the one left out.
      { fills: 'email', skip: (a) => usernameIsContact(a) && !a.username?.startsWith('+'), ask: (_, step) => askOptional(prompter, step, 'E-mail address (optional; Enter to skip)', checkEmail) },
      { fills: 'emailVerified', skip: (a) => emailOf(a) === '', ask: (_, step) => askVerified(prompter, step, 'Mark e-mail address as verified?', true) },
      { fills: 'phoneNumber', skip: (a) => usernameIsContact(a) && a.username?.startsWith('+') === true, ask: (_, step) => askOptional(prompter, step, 'Phone number in E.164 form, e.g. +14155550123 (optional; Enter to skip)', checkPhoneNumber) },
      { fills: 'phoneNumberVerified', skip: (a) => phoneOf(a) === '', ask: (_, step) => askVerified(prompter, step, 'Mark phone number as verified?', false) },
      {
        fills: 'invitation',
        ask: (a, step) => prompter.pick(invitationItems(emailOf(a) ?? '', a.facts.smsConfigured ? (phoneOf(a) ?? '') : ''), { ...step, placeholder: 'Send the user an invitation with the temporary password?' }),
      },
      { fills: 'temporaryPassword', ask: ({ facts, invitation }, step) => askTemporaryPassword(prompter, step, facts.passwordPolicy, invitation) },
    ],
    execute: (answers) => create(deps, answers),
  });
}

async function create(deps: FlowDeps, answers: CreateUserAnswers): Promise<User> {
  const { connectionId, pool: target } = answers.pool;
  const cognito = deps.connections.cognito(connectionId);
  const request: CreateUserRequest = {
    userPoolId: target.id,
    username: answers.username,
    temporaryPassword: answers.temporaryPassword || undefined,
    email: emailOf(answers) || undefined,
    emailVerified: answers.emailVerified ?? false,
    phoneNumber: phoneOf(answers) || undefined,
    phoneNumberVerified: answers.phoneNumberVerified ?? false,
    invitation: answers.invitation,
  };
  const user = await deps.feedback.progress(`Creating user ${request.username}…`, () => cognito.users.create(request));
  await deps.tree.showCreated(userNode(connectionId, target.id, user));
  deps.feedback.status(`$(check) Created user ${request.username} in ${target.name}${user.recovered ? " (Cognito's first answer was lost; the user is there)" : ''}`);
  return user;
}

/** The pool signs in with e-mail or phone numbers, so the username is one of them. */
function usernameIsContact(a: Partial<CreateUserAnswers>): boolean {
  return a.facts?.signIn === 'email' || a.facts?.signIn === 'phone' || a.facts?.signIn === 'emailOrPhone';
}

/** The user's e-mail address: the username, or the answer; undefined while not known yet. */
function emailOf(a: Partial<CreateUserAnswers>): string | undefined {
  return usernameIsContact(a) && a.username !== undefined && !a.username.startsWith('+') ? a.username : a.email;
}

function phoneOf(a: Partial<CreateUserAnswers>): string | undefined {
  return usernameIsContact(a) && a.username?.startsWith('+') ? a.username : a.phoneNumber;
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
async function askTemporaryPassword(prompter: Prompter, step: StepInfo, policy: PasswordPolicy, invitation: InvitationDelivery): Promise<string> {
  const rules = describePasswordPolicy(policy);
  const checkAgainstPolicy = (value: string) => checkPassword(value, policy);
  return prompter.input({
    ...step,
    prompt: invitation === 'SUPPRESS' ? `Temporary password (${rules})` : `Temporary password (${rules}), or leave empty to let Cognito generate one and send it`,
    password: true,
    validate: invitation === 'SUPPRESS' ? checkAgainstPolicy : optional(checkAgainstPolicy),
  });
}

async function askOptional(prompter: Prompter, step: StepInfo, prompt: string, check: (value: string) => string | undefined): Promise<string> {
  return (await prompter.input({ ...step, prompt, validate: optional(check) })).trim();
}

async function askVerified(prompter: Prompter, step: StepInfo, placeholder: string, defaultYes: boolean): Promise<boolean> {
  const yes: PickItem<boolean> = { label: 'Yes', detail: 'Treat it as verified now (no code is sent)', value: true };
  const no: PickItem<boolean> = { label: 'No', detail: 'It stays unverified until the user confirms it', value: false };
  return prompter.pick(defaultYes ? [yes, no] : [no, yes], { ...step, placeholder });
}

function invitationItems(email: string, phoneNumber: string): PickItem<InvitationDelivery>[] {
  const items: PickItem<InvitationDelivery>[] = [];
  if (email) items.push({ label: 'Send by e-mail', detail: `Cognito e-mails the username and temporary password to ${email}`, value: 'EMAIL' });
  if (phoneNumber) items.push({ label: 'Send by SMS', detail: `Cognito texts the username and temporary password to ${phoneNumber}`, value: 'SMS' });
  items.push({ label: "Don't send an invitation", detail: 'Give the user the temporary password yourself', value: 'SUPPRESS' });
  return items;
}
