import { noFlowSentence, signInFlows } from '../../../auth/chooseFlow';
import type { SignInSession } from '../../../auth/signInSessions';
import { CognitoError } from '../../../shared/errors';
import type { AppClient, AppClientDetails, AuthStep, CognitoApi, SignInFlow, UserPool } from '../../../shared/types';
import type { PoolRef } from '../../../connection/connections';
import type { PickItem, Prompter, StepInfo } from '../../../ui/prompter';
import type { FlowDeps } from '../deps';
import { pickAppClient } from '../pickers';
import { runFlow, type StepsAfter } from '../steps';
import { poolStep } from '../targetSteps';
import { setUpAuthenticator, markSetUpDuringSignIn } from './authenticatorSetUp';
import { answerFor, replyTo, type ChallengeContext } from './challenges';
import { rememberedCode } from './rememberedAuthenticator';

// Sign In as User:
//   on a user node: 1. the app client         on an app-client node: 1. the username
//   from the palette: 1. pool  2. username  3. app client
//   then the password (a password box), DescribeUserPoolClient to choose the flow (SRP when allowed,
//   else admin, else plain password: the most secure the client allows), the sign-in, and one box per
//   challenge (new password, MFA codes). The tokens open in the Tokens view; they live in memory only.

const TITLE = 'Sign In as User';

export interface SignInTarget {
  connectionId: string;
  pool: UserPool;
  username?: string;
  client?: AppClient;
}

interface SignInAnswers {
  pool: PoolRef;
  username: string;
  client: AppClient;
  /** The client as Cognito describes it, and the flows it allows, most secure first. */
  described: { details: AppClientDetails; flows: SignInFlow[] };
  password: string;
}

export async function signInAsUser(deps: FlowDeps, target?: SignInTarget): Promise<SignInSession> {
  const { prompter } = deps;
  const cognitoOf = (a: SignInAnswers) => deps.connections.cognito(a.pool.connectionId);
  return runFlow<SignInAnswers, SignInSession>({
    title: TITLE,
    given: target ? { pool: { connectionId: target.connectionId, pool: target.pool }, username: target.username, client: target.client } : {},
    steps: [
      poolStep(deps),
      { fills: 'username', skip: (a) => a.username !== undefined, ask: (a, step) => pickUsername(prompter, cognitoOf(a), a.pool.pool, step) },
      { fills: 'client', skip: (a) => a.client !== undefined, ask: (a, step) => pickAppClient(prompter, cognitoOf(a), a.pool.pool, step) },
      {
        fills: 'described',
        load: async (a) => {
          const details = await cognitoOf(a).clients.describe(a.pool.pool.id, a.client.clientId);
          const flows = signInFlows(details.authFlows);
          if (flows.length === 0) throw new CognitoError(noFlowSentence(details.name || a.client.name), 'signInRefused');
          return { details, flows };
        },
      },
      {
        fills: 'password',
        ask: ({ username, client }, step) =>
          prompter.input({
            ...step,
            prompt: `Password of ${username} (app client ${client.name})`,
            password: true,
            validate: (value) => (value === '' ? 'Enter the password.' : undefined),
          }),
      },
    ],
    execute: (answers, steps) => completeSignIn(deps, answers, steps),
  });
}

/** The sign-in, one box per challenge Cognito asks (each one more step), then the Tokens view. */
async function completeSignIn(deps: FlowDeps, { pool: { connectionId, pool }, username, client, described: { details, flows }, password }: SignInAnswers, steps: StepsAfter): Promise<SignInSession> {
  const { prompter } = deps;
  const cognito = deps.connections.cognito(connectionId);
  const auth = { userPoolId: pool.id, clientId: client.clientId, hasSecret: details.hasSecret };
  const started = await deps.feedback.progress(`Signing in as ${username}…`, () => signInWithBestFlow(cognito, flows, { ...auth, username, password }));
  const { flow } = started;
  let { step } = started;
  let newPasswordSet = false;
  let authenticatorSetUp = false;
  // MFA_SETUP sets up an authenticator app (authenticatorSetUp.ts); a remembered one answers SOFTWARE_TOKEN_MFA.
  const user = { connectionId, userPoolId: pool.id, poolName: pool.name, username };
  const context: ChallengeContext = {
    prompter,
    steps,
    username,
    passwordPolicy: async () => (await cognito.pools.describe(pool.id)).passwordPolicy,
    setUpAuthenticator: async (session) => (await setUpAuthenticator(deps, user, { session }, steps)).session,
    rememberedCode: () => rememberedCode(deps, user),
  };
  while (step.kind === 'challenge') {
    const challenge = step;
    deps.log.info(`Sign-in as ${username}: challenge ${challenge.challenge}`);
    const reply = await replyTo(challenge, context);
    const send = (responses: Record<string, string>, session = challenge.session) =>
      cognito.auth.answerChallenge({ ...auth, admin: flow === 'ADMIN_USER_PASSWORD_AUTH', username: challenge.username, challenge: challenge.challenge, session, responses });
    step = reply.generated
      ? await answerWithRememberedCode(deps, username, reply.responses, send, () => answerFor(challenge, context))
      : await deps.feedback.progress(`Signing in as ${username}…`, () => send(reply.responses, reply.session ?? challenge.session));
    newPasswordSet ||= challenge.challenge === 'NEW_PASSWORD_REQUIRED';
    authenticatorSetUp ||= challenge.challenge === 'MFA_SETUP';
  }
  deps.log.info(`Signed in as ${username} with ${flow}`);
  const session = deps.signIns.add({
    connectionId,
    poolName: pool.name,
    clientName: details.name || client.name,
    client: auth,
    username,
    admin: flow === 'ADMIN_USER_PASSWORD_AUTH',
    tokens: step.tokens,
    issuedAt: new Date(),
  });
  if (authenticatorSetUp) markSetUpDuringSignIn(session);
  await deps.tokensView.show(session);
  if (authenticatorSetUp) void deps.feedback.info(`The authenticator app is set up for ${username}; the sign-in went on with it.`);
  if (newPasswordSet) await showNewStatus(deps, cognito, connectionId, pool.id, username);
  return session;
}

/**
 * SOFTWARE_TOKEN_MFA answered with the remembered authenticator's code, typed by nobody; a code Cognito refuses
 * (the secret is stale: the user set up another authenticator since) is asked for in a box instead.
 */
async function answerWithRememberedCode(
  deps: FlowDeps,
  username: string,
  generated: Record<string, string>,
  send: (responses: Record<string, string>) => Promise<AuthStep>,
  ask: () => Promise<Record<string, string>>,
): Promise<AuthStep> {
  try {
    return await deps.feedback.progress(`Signing in as ${username} with a code from the remembered authenticator…`, () => send(generated));
  } catch (error) {
    if (!(error instanceof CognitoError && error.awsName === 'CodeMismatchException')) throw error;
    deps.log.info(`Sign-in as ${username}: the remembered authenticator's code was refused; asking for one`);
  }
  const typed = await ask();
  return deps.feedback.progress(`Signing in as ${username}…`, () => send(typed));
}

/**
 * Tries the most secure flow first; an endpoint that does not implement a flow (cognito-local has no
 * SRP) falls through to the next one the client allows. Any other answer is final.
 */
async function signInWithBestFlow(
  cognito: CognitoApi,
  flows: SignInFlow[],
  request: Omit<Parameters<CognitoApi['auth']['signIn']>[0], 'flow'>,
): Promise<{ step: AuthStep; flow: SignInFlow }> {
  for (const [i, flow] of flows.entries()) {
    try {
      return { step: await cognito.auth.signIn({ ...request, flow }), flow };
    } catch (error) {
      if (!(error instanceof CognitoError && error.kind === 'unsupported') || i === flows.length - 1) throw error;
    }
  }
  throw new Error('unreachable: flows is never empty here');
}

/** After a new password the user is CONFIRMED: show it in the tree without a manual refresh. */
async function showNewStatus(deps: FlowDeps, cognito: CognitoApi, connectionId: string, userPoolId: string, username: string): Promise<void> {
  try {
    await deps.tree.userChanged(connectionId, userPoolId, await cognito.users.get(userPoolId, username));
  } catch {
    // The sign-in worked; a stale icon is fixed by the next refresh.
  }
}

const TYPE = Symbol('type a username');

/** The pool's first page of users to pick from, or a typed username (pools can be large). */
async function pickUsername(prompter: Prompter, cognito: CognitoApi, pool: UserPool, step: StepInfo): Promise<string> {
  const items = cognito.users.list(pool.id).then((page): PickItem<string | typeof TYPE>[] => [
    ...page.items.map((u) => ({ label: u.username, description: u.status, value: u.username })),
    { label: '$(edit) Type a username…', value: TYPE },
  ]);
  const chosen = await prompter.pick(items, { ...step, placeholder: `Sign in to "${pool.name}" as` });
  if (chosen !== TYPE) return chosen;
  return (await prompter.input({ ...step, prompt: 'Username (or e-mail / phone number where the pool signs in with those)', validate: checkTypedUsername })).trim();
}

function checkTypedUsername(value: string): string | undefined {
  if (value.trim() === '') return 'Enter a username.';
  return value.trim().length > 128 ? 'A username has at most 128 characters.' : undefined;
}
