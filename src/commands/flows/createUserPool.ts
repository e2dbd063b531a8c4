import { SIGN_IN_LABELS } from '../../shared/signIn';
import { COGNITO_DEFAULT_PASSWORD_POLICY, type CreateUserPoolRequest, type PasswordPolicy, type SignInOption, type UserPool } from '../../shared/types';
import { poolNode } from '../../tree/nodes';
import { pickConnection, soleConnection } from './pickers';
import { checkPoolName } from '../../validation/names';
import { checkMinimumLength, describePasswordPolicy } from '../../validation/password';
import type { PickItem, Prompter, StepInfo } from '../../ui/prompter';
import { copyToClipboard } from './copyIds';
import type { FlowDeps } from './deps';
import { runFlow } from './steps';

// Create User Pool, as the console's "Review defaults" path:
//   0. the connection (only from the palette, and only when there are several)
//   1. pool name
//   2. review: accept Cognito's defaults, or change how people sign in, the password policy or
//      e-mail verification (each change returns to the review)
// then CreateUserPool, reveal the pool, and offer to copy its Pool Id.

const TITLE = 'Create User Pool';

type ReviewChoice = 'create' | 'signIn' | 'passwordPolicy' | 'emailVerification';

interface CreateUserPoolAnswers {
  connectionId: string;
  name: string;
  request: CreateUserPoolRequest;
}

export async function createUserPool(deps: FlowDeps, connectionId?: string): Promise<UserPool> {
  const { prompter } = deps;
  return runFlow<CreateUserPoolAnswers, UserPool>({
    title: TITLE,
    // With one connection there is nothing to ask.
    given: { connectionId: connectionId ?? soleConnection(deps.connections)?.id },
    steps: [
      { fills: 'connectionId', skip: (a) => a.connectionId !== undefined, ask: async (_, step) => (await pickConnection(prompter, deps.connections, step)).id },
      {
        fills: 'name',
        ask: (_, step) =>
          prompter.input({
            ...step,
            prompt: 'Pool name: letters, digits, spaces and + = , . @ - _ (up to 128 characters)',
            placeholder: 'my-app-users',
            validate: checkPoolName,
          }),
      },
      { fills: 'request', ask: ({ name }, step) => review(prompter, step, name) },
    ],
    execute: ({ connectionId: target, request }) => create(deps, target, request),
  });
}

/** Cognito's defaults, each changed on request (the questions keep the review's step number) until Create. */
async function review(prompter: Prompter, step: StepInfo, name: string): Promise<CreateUserPoolRequest> {
  const request: CreateUserPoolRequest = {
    name,
    signIn: 'username',
    passwordPolicy: COGNITO_DEFAULT_PASSWORD_POLICY,
    autoVerifyEmail: true,
  };
  for (;;) {
    const choice = await prompter.pick(reviewItems(request), { ...step, placeholder: `Review the settings of "${name}"` });
    if (choice === 'create') return request;
    if (choice === 'signIn') request.signIn = await askSignIn(prompter, step, request.signIn);
    if (choice === 'passwordPolicy') request.passwordPolicy = await askPasswordPolicy(prompter, step);
    if (choice === 'emailVerification') request.autoVerifyEmail = await askEmailVerification(prompter, step);
  }
}

async function create(deps: FlowDeps, target: string, request: CreateUserPoolRequest): Promise<UserPool> {
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

async function askSignIn(prompter: Prompter, step: StepInfo, current: SignInOption): Promise<SignInOption> {
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
    { ...step, placeholder: 'How will people sign in? (cannot be changed after the pool is created)' },
  );
}

async function askPasswordPolicy(prompter: Prompter, step: StepInfo): Promise<PasswordPolicy> {
  const useDefault = await prompter.pick(
    [
      { label: 'Cognito defaults', description: describePasswordPolicy(COGNITO_DEFAULT_PASSWORD_POLICY), value: true },
      { label: 'Custom…', description: 'choose the length and the required character kinds', value: false },
    ],
    { ...step, placeholder: 'Password policy' },
  );
  if (useDefault) return COGNITO_DEFAULT_PASSWORD_POLICY;
  const length = await prompter.input({
    ...step,
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
    { ...step, placeholder: 'Which characters must every password contain?' },
  );
  return {
    minimumLength: Number(length.trim()),
    requireUppercase: required.includes('requireUppercase'),
    requireLowercase: required.includes('requireLowercase'),
    requireNumbers: required.includes('requireNumbers'),
    requireSymbols: required.includes('requireSymbols'),
  };
}

async function askEmailVerification(prompter: Prompter, step: StepInfo): Promise<boolean> {
  return prompter.pick(
    [
      { label: 'On', detail: 'Cognito sends a verification code to new e-mail addresses', value: true },
      { label: 'Off', detail: 'Addresses stay unverified unless an admin marks them verified', value: false },
    ],
    { ...step, placeholder: 'Verify e-mail addresses automatically?' },
  );
}
