import { textClaim } from '../../../auth/jwt';
import { callbackAddress, loopbackCallbackUrl } from '../../../auth/callbackAddress';
import { listenForCallback } from '../../../auth/loopbackCallback';
import { newAuthorizationSecrets } from '../../../auth/pkce';
import type { SignInSession } from '../../../auth/signInSessions';
import type { PoolRef } from '../../../connection/connections';
import { authorizeUrl, logoutUrl } from '../../../connection/poolUrls';
import type { AppClient, AppClientDetails, AppClientSettings, CognitoApi, Tokens } from '../../../shared/types';
import { Cancelled, NothingToPick } from '../../../ui/prompter';
import { MAX_URLS, urlProblem } from '../../../validation/oauth';
import { oauthSettingsOf, saveClientChange } from '../appClientSettings/clientEdit';
import { managedLoginBase } from '../domains/managedLogin';
import type { FlowDeps } from '../deps';
import { pickAppClient } from '../pickers';
import { runFlow } from '../steps';
import { poolStep } from '../targetSteps';
import type { SignInTarget } from './signInAsUser';

// Sign In with Managed Login…: the user signs in on the pool's hosted pages in the browser, as an app's users do,
// and the tokens come back to the Tokens view. The authorization code grant with PKCE (S256) and a state
// (pkce.ts), through a redirect to a one-shot server on this computer's loopback (loopbackCallback.ts) at
// `http://localhost:<cognito.managedLogin.callbackPort>/callback`, or the address a remote window maps it to
// (callbackAddress.ts). The client must list that URL among its callback URLs: when it does not, the flow
// offers to add it (confirmed; the whole configuration is sent with only that list changed). The wait has a
// Cancel button and ends after five minutes, the life of a code. The code and the verifier go to the token
// endpoint (HTTP Basic with the secret for a confidential client, read for that call), then the access token
// to the userInfo endpoint. Nothing here logs or shows a code, a verifier, a state or a token.
//   on an app client: no question        on a user: 1. app client        from the palette: 1. pool  2. app client

const TITLE = 'Sign In with Managed Login';
const WAIT_MS = 5 * 60_000;

interface Ready {
  settings: AppClientSettings;
  name: string;
  hasSecret: boolean;
  baseUrl: string;
  port: number;
  /** The redirect URI sent and registered: the loopback URL, or the address a remote window maps it to. */
  callbackUrl: string;
  listed: boolean;
}

interface ManagedLoginAnswers {
  pool: PoolRef;
  client: AppClient;
  ready: Ready;
}

export async function signInWithManagedLogin(deps: FlowDeps, target?: SignInTarget): Promise<SignInSession> {
  return runFlow<ManagedLoginAnswers, SignInSession>({
    title: TITLE,
    given: target ? { pool: { connectionId: target.connectionId, pool: target.pool }, client: target.client } : {},
    steps: [
      poolStep(deps),
      { fills: 'client', skip: (a) => a.client !== undefined, ask: (a, step) => pickAppClient(deps.prompter, deps.connections.cognito(a.pool.connectionId), a.pool.pool, step) },
      { fills: 'ready', load: (a) => readyToSignIn(deps, a.pool, a.client) },
      {
        skip: (a) => a.ready?.listed !== false,
        confirm: ({ ready }) =>
          deps.prompter.confirm({
            message: `Add ${ready.callbackUrl} to the callback URLs of ${ready.name}?`,
            detail: `Managed login sends the browser back only to a URL the app client lists. This one reaches VS Code (port ${ready.port}, the setting cognito.managedLogin.callbackPort). The client's other settings stay as they are.`,
            action: 'Add Callback URL',
          }),
      },
    ],
    execute: async ({ pool: { connectionId, pool }, client, ready }) => {
      if (!ready.listed) {
        await saveClientChange(deps, { connectionId, client }, { oauth: { ...oauthSettingsOf(ready.settings, true), callbackUrls: [...ready.settings.callbackUrls, ready.callbackUrl] } }, `added the callback URL ${ready.callbackUrl}`);
      }
      const authClient = { userPoolId: pool.id, clientId: client.clientId, hasSecret: ready.hasSecret };
      const cognito = deps.connections.cognito(connectionId);
      const tokens = await deps.feedback.waitFor(`Waiting for the sign-in to ${ready.name} in the browser…`, async (signal) => {
        const secrets = newAuthorizationSecrets();
        const wait = await listenForCallback(ready.port, secrets.state, signal, WAIT_MS);
        let code: string;
        try {
          await deps.links.open(authorizeUrl(ready.baseUrl, { clientId: client.clientId, redirectUri: ready.callbackUrl, state: secrets.state, challenge: secrets.challenge, scopes: ready.settings.oauthScopes, loginHint: target?.username }));
          code = await wait.code;
        } catch (error) {
          wait.close();
          throw signal.aborted ? new Cancelled() : error;
        }
        return cognito.auth.codeTokens({ ...authClient, baseUrl: ready.baseUrl, code, redirectUri: ready.callbackUrl, verifier: secrets.verifier });
      });
      const username = usernameOf(tokens) ?? target?.username ?? ready.name;
      const userInfo = await readUserInfo(deps, cognito, ready, tokens, username);
      deps.log.info(`Signed in ${username} with managed login at ${ready.baseUrl} (authorization code with PKCE) for ${ready.name}`);
      const logoutUri = ready.settings.logoutUrls[0];
      const session = deps.signIns.add({
        connectionId,
        poolName: pool.name,
        clientName: ready.name,
        client: authClient,
        username,
        admin: false,
        tokens,
        issuedAt: new Date(),
        factors: ['MANAGED_LOGIN'],
        managedLogin: { baseUrl: ready.baseUrl, logoutUrl: logoutUri ? logoutUrl(ready.baseUrl, client.clientId, logoutUri) : undefined },
        userInfo,
      });
      await deps.tokensView.show(session);
      return session;
    },
  });
}

/** What the sign-in needs from the client and the window, or one sentence saying what to change first. */
async function readyToSignIn(deps: FlowDeps, pool: PoolRef, client: AppClient): Promise<Ready> {
  const details = await deps.connections.cognito(pool.connectionId).clients.describe(pool.pool.id, client.clientId);
  const name = details.name || client.name;
  const settings = details.settings;
  const problem = whyNot(details, name);
  if (problem || !settings) throw new NothingToPick(problem ?? `${name}'s OAuth settings could not be read.`);
  const baseUrl = await managedLoginBase(deps, pool, 'managed login');
  const port = deps.callbackPort();
  const loopback = loopbackCallbackUrl(port);
  const callbackUrl = callbackAddress(loopback, await deps.links.externalUri(loopback));
  const listed = settings.callbackUrls.includes(callbackUrl);
  if (!listed) {
    const refused = urlProblem(callbackUrl);
    if (refused) throw new NothingToPick(`${name} would need the callback URL ${callbackUrl}, which Cognito refuses: ${refused} Open this window over https, or sign in from VS Code on your own computer.`);
    if (settings.callbackUrls.length >= MAX_URLS) throw new NothingToPick(`${name} lists ${MAX_URLS} callback URLs already, Cognito's most; remove one in Edit OAuth Settings… to add ${callbackUrl}.`);
  }
  return { settings, name, hasSecret: details.hasSecret, baseUrl, port, callbackUrl, listed };
}

/** One sentence saying what to change for the client to sign in through managed login, or undefined. */
function whyNot(details: AppClientDetails, name: string): string | undefined {
  const settings = details.settings;
  if (!settings?.oauthEnabled || !settings.oauthFlows.includes('code')) return `${name} is not allowed the authorization code grant; allow it in Edit OAuth Settings… first.`;
  if (!settings.identityProviders.includes('COGNITO')) return `${name} does not sign in the pool's own users (Cognito user pool is not among its identity providers); add it in Edit OAuth Settings… first.`;
  return undefined;
}

/** Cognito's name for the user: the ID token's cognito:username, else the access token's username. */
function usernameOf(tokens: Tokens): string | undefined {
  return textClaim(tokens.idToken, 'cognito:username') ?? textClaim(tokens.accessToken, 'username');
}

/** The userInfo answer, when the token has the openid scope it needs; a refusal is logged, not fatal. */
async function readUserInfo(deps: FlowDeps, cognito: CognitoApi, ready: Ready, tokens: Tokens, username: string): Promise<Record<string, unknown> | undefined> {
  if (!ready.settings.oauthScopes.includes('openid')) return undefined;
  try {
    return await cognito.auth.userInfo(ready.baseUrl, tokens.accessToken);
  } catch (error) {
    deps.log.info(`The userInfo endpoint did not answer for ${username}: ${error instanceof Error ? error.message : String(error)}`);
    return undefined;
  }
}
