import type { SignInSession } from '../../../auth/signInSessions';
import type { PoolRef } from '../../../connection/connections';
import type { AppClient, AppClientDetails, Tokens } from '../../../shared/types';
import { NothingToPick } from '../../../ui/prompter';
import { managedLoginBase } from '../domains/managedLogin';
import type { FlowDeps } from '../deps';
import { pickAppClient } from '../pickers';
import { runFlow } from '../steps';
import { poolStep } from '../targetSteps';
import type { SignInTarget } from './signInAsUser';

// Get Machine-to-Machine Token…: an access token from the pool's token endpoint with the client-credentials
// grant, for a confidential app client (it has a secret) allowed that grant.
//   on an app-client node: 1. the scopes         from the palette: 1. pool  2. app client  3. the scopes
// DescribeUserPoolClient says whether the client can (otherwise one sentence saying what to change) and which
// custom scopes it allows, all pre-selected. The token endpoint is at the managed-login domain on AWS (a pool
// without one is told to create it) and at the endpoint's own origin for an emulator (poolUrls.ts). The secret
// is read by the aws layer for that one request (AuthApi.machineToken). The token opens in the Tokens view
// like a sign-in's: a machine session, with no user, no ID token and no refresh token.

const TITLE = 'Get Machine-to-Machine Token';

interface MachineAnswers {
  pool: PoolRef;
  client: AppClient;
  /** The client's custom scopes and where its token endpoint is, once the client is known to qualify. */
  ready: { details: AppClientDetails; scopes: string[]; baseUrl: string };
  scopes: string[];
}

/** A custom scope names its resource server: `<identifier>/<scope>` (openid, email… have no slash). */
const isCustomScope = (scope: string) => scope.includes('/');

export async function getMachineToken(deps: FlowDeps, target?: SignInTarget): Promise<SignInSession> {
  const cognitoOf = (a: MachineAnswers) => deps.connections.cognito(a.pool.connectionId);
  return runFlow<MachineAnswers, SignInSession>({
    title: TITLE,
    given: target ? { pool: { connectionId: target.connectionId, pool: target.pool }, client: target.client } : {},
    steps: [
      poolStep(deps),
      { fills: 'client', skip: (a) => a.client !== undefined, ask: (a, step) => pickAppClient(deps.prompter, cognitoOf(a), a.pool.pool, step) },
      {
        fills: 'ready',
        load: async (a) => {
          const cognito = cognitoOf(a);
          const details = await cognito.clients.describe(a.pool.pool.id, a.client.clientId);
          const scopes = (details.settings?.oauthScopes ?? []).filter(isCustomScope);
          const name = details.name || a.client.name;
          const problem = whyNot(details, name, scopes);
          if (problem) throw new NothingToPick(problem);
          return { details, scopes, baseUrl: await managedLoginBase(deps, a.pool, 'token endpoint') };
        },
      },
      {
        fills: 'scopes',
        ask: async ({ ready }, step) => {
          const picked = await deps.prompter.pickMany(
            ready.scopes.map((scope) => ({ label: scope, value: scope, picked: true })),
            { ...step, placeholder: 'Scopes the token carries (all the client allows are picked)' },
          );
          if (picked.length === 0) throw new NothingToPick('No scope picked, so no token was asked for; a client-credentials token needs at least one scope.');
          return picked;
        },
      },
    ],
    execute: async ({ pool: { connectionId, pool }, client, ready, scopes }) => {
      const clientName = ready.details.name || client.name;
      const request = { userPoolId: pool.id, clientId: client.clientId, baseUrl: ready.baseUrl, scopes };
      const tokens: Tokens = await deps.feedback.progress(`Getting a machine-to-machine token for ${clientName}…`, () =>
        deps.connections.cognito(connectionId).auth.machineToken(request),
      );
      // The log names the client and the scopes; never the secret nor the token.
      deps.log.info(`Got a machine-to-machine token for ${clientName} (${scopes.join(' ')}) from ${ready.baseUrl}/oauth2/token`);
      const session = deps.signIns.add({
        connectionId,
        poolName: pool.name,
        clientName,
        client: { userPoolId: pool.id, clientId: client.clientId, hasSecret: true },
        username: clientName,
        admin: false,
        tokens,
        issuedAt: new Date(),
        machine: { baseUrl: ready.baseUrl, scopes },
      });
      await deps.tokensView.show(session);
      return session;
    },
  });
}

/** One sentence saying what to change for the client to get a token, or undefined when it can. */
function whyNot(details: AppClientDetails, name: string, scopes: string[]): string | undefined {
  if (!details.hasSecret) return `${name} has no client secret, and only a confidential client can get a machine-to-machine token; create an app client with a secret for it.`;
  const settings = details.settings;
  if (!settings?.oauthEnabled || !settings.oauthFlows.includes('client_credentials')) {
    return `${name} is not allowed the client credentials grant; allow Client credentials in Edit OAuth Settings… first.`;
  }
  if (scopes.length === 0) return `${name} allows no custom scope, and a client-credentials token needs one; add a resource server scope in Edit OAuth Settings… first.`;
  return undefined;
}

/** Refresh Tokens on a machine session: the client-credentials grant gives no refresh token (RFC 6749 §4.4.3,
 *  "A refresh token SHOULD NOT be included"), so a refresh is the same grant asked again with the same scopes,
 *  which is what a machine client does when its token expires; the secret is read again for that call. */
export async function renewMachineToken(deps: FlowDeps, session: SignInSession & { machine: NonNullable<SignInSession['machine']> }): Promise<void> {
  const request = { userPoolId: session.client.userPoolId, clientId: session.client.clientId, baseUrl: session.machine.baseUrl, scopes: session.machine.scopes };
  const tokens = await deps.feedback.progress(`Getting a new machine-to-machine token for ${session.clientName}…`, () =>
    deps.connections.cognito(session.connectionId).auth.machineToken(request),
  );
  deps.signIns.refreshed(session.id, tokens, new Date());
  deps.log.info(`Got a new machine-to-machine token for ${session.clientName} (${session.machine.scopes.join(' ')})`);
  deps.feedback.status(`$(check) New machine-to-machine token for ${session.clientName}`);
}
