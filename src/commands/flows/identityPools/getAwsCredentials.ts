import { textClaim } from '../../../auth/jwt';
import { credentialsFileProfile, environmentOf, posixExports, powerShellAssignments } from '../../../auth/credentialFormats';
import type { SignInSession } from '../../../auth/signInSessions';
import { identityProviderName } from '../../../connection/poolUrls';
import type { IdentityCredentials, IdentityPool } from '../../../shared/types';
import { NothingToPick, type PickItem, type StepInfo } from '../../../ui/prompter';
import type { FlowDeps } from '../deps';
import { regionFor } from '../connectionPlace';
import { runFlow } from '../steps';
import { identityPoolsOf, type IdentityPoolRef } from './identityPoolActions';

// Get AWS Credentials…: a signed-in test user's ID token turned into temporary AWS credentials by an identity
// pool (GetId, then GetCredentialsForIdentity with the token in Logins), or a guest's when the pool allows them.
//   from a sign-in: 1. the identity pool (those that trust the token's user pool and app client first)  2. what to do with them
//   on an identity pool: 1. a sign-in or "As a guest"  2. what to do with them
// The identity id, the role and the expiry are shown in the last step; the credentials are copied as environment
// variables (POSIX shell, PowerShell) or a credentials-file profile, or open a terminal with them in its
// environment. They live in this flow's memory only: never logged, kept or shown; another run asks again.

const TITLE = 'Get AWS Credentials';
const AT_ONCE = 5;

type Use = 'posix' | 'powershell' | 'profile' | 'terminal';

interface CredentialAnswers {
  session: SignInSession | 'guest';
  pool: IdentityPoolRef;
  result: IdentityCredentials & { role: string; region: string };
  use: Use;
}

/** From a sign-in (the Tokens view, or the palette with one): the identity pool is asked. */
export async function getAwsCredentialsFor(deps: FlowDeps, session: SignInSession): Promise<void> {
  if (!session.tokens.idToken) throw new NothingToPick(`This sign-in of ${session.username} has no ID token, which an identity pool needs; sign in with a flow that gives one.`);
  return run(deps, { session });
}

/** On an identity pool: a sign-in of the same connection, or a guest. */
export async function getAwsCredentialsFrom(deps: FlowDeps, pool: IdentityPoolRef): Promise<void> {
  return run(deps, { pool });
}

function run(deps: FlowDeps, given: Partial<CredentialAnswers>): Promise<void> {
  return runFlow<CredentialAnswers, void>({
    title: TITLE,
    given,
    steps: [
      { fills: 'session', skip: (a) => a.session !== undefined, ask: (a, step) => pickSignInOrGuest(deps, a.pool as IdentityPoolRef, step) },
      { fills: 'pool', skip: (a) => a.pool !== undefined, ask: (a, step) => pickTrustingPool(deps, a.session as SignInSession, step) },
      { fills: 'result', load: (a) => credentialsOf(deps, a.session, a.pool) },
      {
        fills: 'use',
        ask: ({ result, pool }, step) =>
          deps.prompter.pick<Use>(
            [
              { label: 'Copy as shell variables', detail: 'export AWS_ACCESS_KEY_ID=… lines for bash or zsh', value: 'posix' },
              { label: 'Copy as PowerShell variables', detail: '$Env:AWS_ACCESS_KEY_ID = … lines', value: 'powershell' },
              { label: 'Copy as a credentials-file profile', detail: `a [${profileName(pool)}] block for ~/.aws/credentials`, value: 'profile' },
              { label: 'Open a terminal with them', detail: 'a new terminal whose environment has them', value: 'terminal' },
            ],
            { ...step, placeholder: `Identity ${result.identityId} · role ${result.role} · expires ${result.credentials.expiration?.toLocaleString() ?? 'unknown'}` },
          ),
      },
    ],
    execute: async ({ session, pool, result, use }) => {
      const who = session === 'guest' ? 'a guest' : session.username;
      const { credentials, region } = result;
      if (use === 'terminal') {
        deps.terminals.open(`AWS ${who} · ${pool.identityPool.name}`, environmentOf(credentials, region));
      } else {
        const text = use === 'posix' ? posixExports(credentials, region) : use === 'powershell' ? powerShellAssignments(credentials, region) : credentialsFileProfile(credentials, profileName(pool));
        await deps.clipboard.writeText(text);
      }
      // The log names the identity and the role, never a key or a token.
      deps.log.info(`Got AWS credentials for ${who} from identity pool ${pool.identityPool.id}: identity ${result.identityId}, role ${result.role}`);
      deps.feedback.status(`$(check) AWS credentials of ${who} (${result.role}) ${use === 'terminal' ? 'in a new terminal' : 'copied'}; they expire ${credentials.expiration?.toLocaleTimeString() ?? 'within the hour'}`);
    },
  });
}

const profileName = (pool: IdentityPoolRef) => `cognito-${pool.identityPool.name.replace(/[^\w-]/g, '-').toLowerCase()}`;

async function credentialsOf(deps: FlowDeps, session: SignInSession | 'guest', { connectionId, identityPool }: IdentityPoolRef): Promise<CredentialAnswers['result']> {
  const cognito = deps.connections.cognito(connectionId);
  const login = session === 'guest' ? undefined : { providerName: providerOf(deps, session), idToken: session.tokens.idToken ?? '' };
  const [result, roles] = await deps.feedback.progress(`Getting AWS credentials from ${identityPool.name}…`, () =>
    Promise.all([cognito.identityPools.credentials(identityPool.id, login), cognito.identityPools.roles(identityPool.id).catch(() => undefined)]),
  );
  const role = (session === 'guest' ? roles?.unauthenticated : roles?.authenticated) ?? 'the role its role mappings choose';
  const region = identityPool.id.split(':')[0] || regionFor(deps, connectionId, session === 'guest' ? '' : session.client.userPoolId);
  return { ...result, role, region };
}

/** The ID token's user pool as identity pools name it. */
function providerOf(deps: FlowDeps, session: SignInSession): string {
  return identityProviderName(session.client.userPoolId, regionFor(deps, session.connectionId, session.client.userPoolId));
}

/** The identity pools of the sign-in's connection, those that trust its user pool and app client first. */
async function pickTrustingPool(deps: FlowDeps, session: SignInSession, step: StepInfo): Promise<IdentityPoolRef> {
  const cognito = deps.connections.cognito(session.connectionId);
  const listed = await identityPoolsOf(deps, session.connectionId, 'this connection');
  const provider = providerOf(deps, session);
  // The app client the ID token was issued to (its `aud`), when it can be read.
  const clientId = textClaim(session.tokens.idToken, 'aud') ?? session.client.clientId;
  const trusts = (pool: IdentityPool) => pool.trustedClients.some((c) => c.providerName === provider && c.clientId === clientId);
  const described: IdentityPool[] = [];
  for (let start = 0; start < listed.length; start += AT_ONCE) {
    described.push(...(await Promise.all(listed.slice(start, start + AT_ONCE).map((p) => cognito.identityPools.describe(p.id)))));
  }
  const items: PickItem<IdentityPool>[] = described
    .sort((a, b) => Number(trusts(b)) - Number(trusts(a)) || a.name.localeCompare(b.name))
    .map((pool) => ({ label: pool.name, description: trusts(pool) ? `trusts ${session.clientName}` : 'does not trust this app client', detail: pool.id, value: pool }));
  const chosen = await deps.prompter.pick(items, { ...step, placeholder: `The identity pool that gives ${session.username} AWS credentials` });
  return { connectionId: session.connectionId, identityPool: { id: chosen.id, name: chosen.name } };
}

/** A sign-in of the identity pool's connection, or a guest. */
async function pickSignInOrGuest(deps: FlowDeps, pool: IdentityPoolRef, step: StepInfo): Promise<SignInSession | 'guest'> {
  const sessions = deps.signIns.all().filter((s) => s.connectionId === pool.connectionId && s.tokens.idToken);
  const items: PickItem<SignInSession | 'guest'>[] = [
    ...sessions.map((s) => ({ label: s.username, description: `${s.poolName} · ${s.clientName}`, value: s })),
    { label: 'As a guest', detail: 'No sign-in: the unauthenticated role, where the identity pool allows guests', value: 'guest' },
  ];
  return deps.prompter.pick(items, { ...step, placeholder: `Whose credentials from ${pool.identityPool.name}?` });
}
