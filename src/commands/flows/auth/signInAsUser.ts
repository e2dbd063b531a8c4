import { noFlowSentence, signInFlows } from '../../../auth/chooseFlow';
import type { SignInSession } from '../../../auth/signInSessions';
import { CognitoError } from '../../../shared/errors';
import type { AppClient, AppClientDetails, AuthClient, AuthStep, CognitoApi, SignInFlow, UserPool } from '../../../shared/types';
import type { PoolRef } from '../../../connection/connections';
import type { PickItem, Prompter, StepInfo } from '../../../ui/prompter';
import type { FlowDeps } from '../deps';
import { pickAppClient } from '../pickers';
import { runFlow, type StepsAfter } from '../steps';
import { poolStep } from '../targetSteps';
import { setUpAuthenticator, markSetUpDuringSignIn } from './authenticatorSetUp';
import { isCodeChallenge, replyTo, type ChallengeContext } from './challenges';
import { chosenFactor, needsPassword, OFFERED, pickFirstFactor, pickOfferedFactor, type FactorPick } from './firstFactor';
import { rememberedCode } from './rememberedAuthenticator';

// Sign In as User:
//   on a user node: 1. the app client         on an app-client node: 1. the username
//   from the palette: 1. pool  2. username  3. app client
//   then DescribeUserPoolClient to choose the flow (src/auth/chooseFlow.ts: choice-based USER_AUTH when the
//   client allows it, else SRP, else admin, else plain password), for USER_AUTH the first factor (firstFactor.ts),
//   the password (a password box) unless the factor is a one-time code, the sign-in, and one box per
//   challenge (new password, codes). The tokens open in the Tokens view; they live in memory only.
//   A wrong code (CodeMismatchException) asks the same box again, opened by Cognito's refusal as one
//   sentence, in the same session, for as long as Cognito keeps the challenge open. Where it takes one
//   answer per session instead (reapit/foundations#9684 reports "session can only be used once"), the
//   refusal of the second answer ends the sign-in with a sentence saying to sign in again for a new code.

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
  /** The client as Cognito describes it, and the flows it allows, preferred first. */
  described: { details: AppClientDetails; flows: SignInFlow[] };
  /** USER_AUTH only: the first factor picked, or OFFERED. */
  factor: FactorPick | undefined;
  /** Left unasked when the first factor needs none (a one-time code, or Cognito offers the choices). */
  password: string | undefined;
}

/** Opens the code box asked again after Cognito refused a code (CodeMismatchException). */
const WRONG_CODE = 'Cognito refused that code (not the one it sent); type it again, or press Esc to stop.';

/** The MFA challenges that can follow a first factor, as the Tokens view lists them. */
const MFA_CHALLENGES = new Set(['SOFTWARE_TOKEN_MFA', 'SMS_MFA', 'EMAIL_OTP']);

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
        fills: 'factor',
        skip: (a) => a.described?.flows[0] !== 'USER_AUTH',
        ask: (a, step) => pickFirstFactor(prompter, cognitoOf(a), a.pool.pool, a.username, step),
      },
      {
        fills: 'password',
        skip: (a) => a.factor !== undefined && !needsPassword(a.factor),
        ask: ({ username, client }, step) => askPassword(prompter, username, client.name, step),
      },
    ],
    execute: (answers, steps) => completeSignIn(deps, answers, steps),
  });
}

/** The sign-in, one box per challenge Cognito asks (each one more step), then the Tokens view. */
async function completeSignIn(deps: FlowDeps, answers: SignInAnswers, steps: StepsAfter): Promise<SignInSession> {
  const { pool: { connectionId, pool }, username, client, described: { details, flows }, factor } = answers;
  const { prompter } = deps;
  const cognito = deps.connections.cognito(connectionId);
  const auth = { userPoolId: pool.id, clientId: client.clientId, hasSecret: details.hasSecret };
  let password = answers.password;
  const started = await deps.feedback.progress(`Signing in as ${username}…`, () => signInWithBestFlow(cognito, flows, { ...auth, username }, factor, password));
  const { flow } = started;
  let { step } = started;
  // The first factor (or the classic flow), then each MFA challenge answered: the Tokens view's "Signed in with".
  const factors: string[] = [flow === 'USER_AUTH' && factor !== OFFERED && factor ? factor : flow];
  let firstCodeDue = isCode(factors[0]);
  let newPasswordSet = false;
  let refused: string | undefined;
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
    if (challenge.challenge === 'SELECT_CHALLENGE') {
      const chosen = await pickOfferedFactor(prompter, challenge.available ?? [], username, steps.next());
      if (needsPassword(chosen) && password === undefined) password = await askPassword(prompter, username, client.name, steps.next());
      factors[0] = chosen;
      firstCodeDue = isCode(chosen);
      step = await deps.feedback.progress(`Signing in as ${username}…`, () =>
        cognito.auth.chooseFactor({ ...auth, username: challenge.username, session: challenge.session, chosen: chosenFactor(chosen, password) }),
      );
      continue;
    }
    const reply = await replyTo(challenge, { ...context, refused });
    const progress = reply.generated ? `Signing in as ${username} with a code from the remembered authenticator…` : `Signing in as ${username}…`;
    try {
      step = await deps.feedback.progress(progress, () =>
        cognito.auth.answerChallenge({ ...auth, admin: flow === 'ADMIN_USER_PASSWORD_AUTH', username: challenge.username, challenge: challenge.challenge, session: reply.session ?? challenge.session, responses: reply.responses }),
      );
      refused = undefined;
    } catch (error) {
      if (!(isCodeChallenge(challenge.challenge) && error instanceof CognitoError && error.awsName === 'CodeMismatchException')) throw error;
      deps.log.info(`Sign-in as ${username}: Cognito refused the ${reply.generated ? "remembered authenticator's code" : 'code'} of challenge ${challenge.challenge}`);
      refused = WRONG_CODE;
      continue;
    }
    if (firstCodeDue && challenge.challenge === factors[0]) firstCodeDue = false;
    else if (MFA_CHALLENGES.has(challenge.challenge)) factors.push(challenge.challenge);
    newPasswordSet ||= challenge.challenge === 'NEW_PASSWORD_REQUIRED';
    authenticatorSetUp ||= challenge.challenge === 'MFA_SETUP';
  }
  deps.log.info(`Signed in as ${username} with ${flow === 'USER_AUTH' ? `USER_AUTH (${factors[0]})` : flow}`);
  const session = deps.signIns.add({
    connectionId,
    poolName: pool.name,
    clientName: details.name || client.name,
    client: auth,
    username,
    admin: flow === 'ADMIN_USER_PASSWORD_AUTH',
    tokens: step.tokens,
    issuedAt: new Date(),
    factors,
  });
  if (authenticatorSetUp) markSetUpDuringSignIn(session);
  await deps.tokensView.show(session);
  if (authenticatorSetUp) void deps.feedback.info(`The authenticator app is set up for ${username}; the sign-in went on with it.`);
  if (newPasswordSet) await showNewStatus(deps, cognito, connectionId, pool.id, username);
  return session;
}

function isCode(factor: string): boolean {
  return factor === 'EMAIL_OTP' || factor === 'SMS_OTP';
}

function askPassword(prompter: Prompter, username: string, clientName: string, step: StepInfo): Promise<string> {
  return prompter.input({
    ...step,
    prompt: `Password of ${username} (app client ${clientName})`,
    password: true,
    validate: (value) => (value === '' ? 'Enter the password.' : undefined),
  });
}

/**
 * Tries the preferred flow first; an endpoint that does not implement a flow (cognito-local has neither
 * USER_AUTH nor SRP) falls through to the next one the client allows, as long as there is a password to
 * start it with (a one-time code or Cognito's choice has none). Any other answer is final.
 */
async function signInWithBestFlow(
  cognito: CognitoApi,
  flows: SignInFlow[],
  request: AuthClient & { username: string },
  factor: FactorPick | undefined,
  password: string | undefined,
): Promise<{ step: AuthStep; flow: SignInFlow }> {
  const tried = flows.filter((flow) => flow === 'USER_AUTH' || password !== undefined);
  for (const [i, flow] of tried.entries()) {
    try {
      const step =
        flow === 'USER_AUTH'
          ? await cognito.auth.signIn({ ...request, flow, ...(factor && factor !== OFFERED && { preferred: chosenFactor(factor, password) }) })
          : await cognito.auth.signIn({ ...request, password: password ?? '', flow });
      return { step, flow };
    } catch (error) {
      if (!(error instanceof CognitoError && error.kind === 'unsupported') || i === tried.length - 1) throw error;
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
