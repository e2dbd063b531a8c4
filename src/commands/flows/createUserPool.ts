import { SIGN_IN_LABELS } from '../../cognito/signIn';
import { COGNITO_DEFAULT_PASSWORD_POLICY, type CreateUserPoolRequest, type PasswordPolicy, type SignInOption, type UserPool } from '../../cognito/types';
import { poolNode } from '../../tree/nodes';
import { pickConnection } from './pickers';
import { checkPoolName } from '../../validation/names';
import { checkMinimumLength, describePasswordPolicy } from '../../validation/password';
import { StepCounter, type PickItem, type Prompter } from '../../ui/prompter';
import { copyToClipboard } from './copyIds';
import type { FlowDeps } from './deps';

// Create User Pool, as the console's "Review defaults" path:
//   0. the connection (only from the palette, and only when there are several)
//   1. pool name
//   2. review: accept Cognito's defaults, or change how people sign in, the password policy or
//      e-mail verification (each change returns to the review)
// then CreateUserPool, reveal the pool, and offer to copy its Pool Id.

const TITLE = 'Create User Pool';

type ReviewChoice = 'create' | 'signIn' | 'passwordPolicy' | 'emailVerification';

export async function askCreateUserPool(prompter: Prompter, steps = new StepCounter(TITLE, 2)): Promise<CreateUserPoolRequest> {
  const name = await prompter.input({
    ...steps.next(),
    prompt: 'Pool name: letters, digits, spaces and + = , . @ - _ (up to 128 characters)',
    placeholder: 'my-app-users',
    validate: checkPoolName,
  });
  const request: CreateUserPoolRequest = {
    name,
    signIn: 'username',
    passwordPolicy: COGNITO_DEFAULT_PASSWORD_POLICY,
    autoVerifyEmail: true,
  };
  steps.next();
  for (;;) {
    const choice = await prompter.pick(reviewItems(request), { ...steps.same(), placeholder: `Review the settings of "${name}"` });
    if (choice === 'create') return request;
    if (choice === 'signIn') request.signIn = await askSignIn(prompter, steps, request.signIn);
    if (choice === 'passwordPolicy') request.passwordPolicy = await askPasswordPolicy(prompter, steps);
    if (choice === 'emailVerification') request.autoVerifyEmail = await askEmailVerification(prompter, steps);
  }
}

export async function createUserPool(deps: FlowDeps, connectionId?: string): Promise<UserPool> {
  const askConnection = connectionId === undefined && deps.connections.list().length > 1;
  const steps = new StepCounter(TITLE, askConnection ? 3 : 2);
  const target = connectionId ?? (await pickConnection(deps.prompter, deps.connections, askConnection ? steps.next() : steps.same())).id;
  const request = await askCreateUserPool(deps.prompter, steps);
  const pool = await deps.feedback.progress(`Creating user pool "${request.name}"…`, () => deps.connections.cognito(target).pools.create(request));
  await deps.tree.showCreated(poolNode(target, pool));
  // Not awaited: a notification stays pending until dismissed, and the command should finish now.
  const lost = pool.recovered ? " (Cognito's answer was lost on the way; the new pool was found, so it was not created twice)" : '';
  void deps.feedback.info(`Created user pool "${pool.name}"${lost}. Pool Id: ${pool.id}`, 'Copy Pool Id').then((choice) => {
    if (choice) return copyToClipboard(deps, 'Pool Id', pool.id);
  });
  return pool;
}

function reviewItems(request: CreateUserPoolRequest): PickItem<ReviewChoice>[] {
  return [
    { label: '$(check) Create pool', description: 'with the settings below', value: 'create' },
    { label: `Sign-in: ${SIGN_IN_LABELS[request.signIn]}`, description: 'change…', value: 'signIn' },
    { label: `Password policy: ${describePasswordPolicy(request.passwordPolicy)}`, description: 'change…', value: 'passwordPolicy' },
    {
      label: `E-mail verification: ${request.autoVerifyEmail ? 'on' : 'off'}`,
      description: 'change…',
      detail: request.autoVerifyEmail ? 'Cognito sends a code to verify new e-mail addresses' : 'E-mail addresses stay unverified unless an admin marks them',
      value: 'emailVerification',
    },
  ];
}

async function askSignIn(prompter: Prompter, steps: StepCounter, current: SignInOption): Promise<SignInOption> {
  const options: SignInOption[] = ['username', 'usernameOrEmail', 'email', 'phone', 'emailOrPhone'];
  const details: Record<SignInOption, string> = {
    username: 'People choose a username (the AWS default)',
    usernameOrEmail: 'A username, and the verified e-mail address works too',
    email: 'The e-mail address is the username',
    phone: 'The phone number is the username',
    emailOrPhone: 'Either the e-mail address or the phone number is the username',
  };
  return prompter.pick(
    options.map((value) => ({ label: SIGN_IN_LABELS[value], detail: details[value], description: value === current ? '(current)' : undefined, value })),
    { ...steps.same(), placeholder: 'How will people sign in? (cannot be changed after the pool is created)' },
  );
}

async function askPasswordPolicy(prompter: Prompter, steps: StepCounter): Promise<PasswordPolicy> {
  const useDefault = await prompter.pick(
    [
      { label: 'Cognito defaults', description: describePasswordPolicy(COGNITO_DEFAULT_PASSWORD_POLICY), value: true },
      { label: 'Custom…', description: 'choose the length and the required character kinds', value: false },
    ],
    { ...steps.same(), placeholder: 'Password policy' },
  );
  if (useDefault) return COGNITO_DEFAULT_PASSWORD_POLICY;
  const length = await prompter.input({
    ...steps.same(),
    prompt: 'Minimum password length (6–99)',
    value: String(COGNITO_DEFAULT_PASSWORD_POLICY.minimumLength),
    validate: checkMinimumLength,
  });
  const required = await prompter.pickMany<keyof Omit<PasswordPolicy, 'minimumLength'>>(
    [
      { label: 'Upper-case letter', value: 'requireUppercase', picked: true },
      { label: 'Lower-case letter', value: 'requireLowercase', picked: true },
      { label: 'Number', value: 'requireNumbers', picked: true },
      { label: 'Symbol', value: 'requireSymbols', picked: true },
    ],
    { ...steps.same(), placeholder: 'Which characters must every password contain?' },
  );
  return {
    minimumLength: Number(length.trim()),
    requireUppercase: required.includes('requireUppercase'),
    requireLowercase: required.includes('requireLowercase'),
    requireNumbers: required.includes('requireNumbers'),
    requireSymbols: required.includes('requireSymbols'),
  };
}

async function askEmailVerification(prompter: Prompter, steps: StepCounter): Promise<boolean> {
  return prompter.pick(
    [
      { label: 'On', detail: 'Cognito sends a verification code to new e-mail addresses', value: true },
      { label: 'Off', detail: 'Addresses stay unverified unless an admin marks them verified', value: false },
    ],
    { ...steps.same(), placeholder: 'Verify e-mail addresses automatically?' },
  );
}
