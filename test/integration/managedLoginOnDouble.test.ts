// Sign In with Managed Login… through the extension's own wiring (the loopback server, PKCE, the code exchanged
// at the token endpoint over Node's fetch, userInfo) against the AWS-faithful double's hosted pages at the
// endpoint's own origin. The "browser" is plain HTTP (hostedBrowser.ts): it follows the authorize URL to the
// sign-in form, fills it in and follows the redirect back to the extension. What the flow did is read back the
// way an outsider would: the client with a plain SDK client, the tokens against the pool's JWKS with node:crypto.
import * as assert from 'node:assert/strict';
import {
  AdminCreateUserCommand,
  AdminSetUserPasswordCommand,
  CreateUserPoolClientCommand,
  CreateUserPoolCommand,
  DescribeUserPoolClientCommand,
  type UserPoolClientType,
} from '@aws-sdk/client-cognito-identity-provider';
import { signInWithManagedLogin } from '../../src/commands/flows/auth/signInWithManagedLogin';
import { refreshTokens, signOut } from '../../src/commands/flows/auth/tokenActions';
import { lazyCognito, type LazyCognito } from '../../src/connection/lazyCognito';
import { CognitoError } from '../../src/shared/errors';
import { Cancelled } from '../../src/ui/prompter';
import { listedConnections, onDefault } from '../support/connections';
import { flowAgainst, settle, type FlowRun } from '../support/flowHarness';
import { signInOnHostedPages, type BrowserVisit } from '../support/hostedBrowser';
import { freePort, isFree } from '../support/net';
import { fetchJwks, verifiedJwt } from '../support/signInDouble';
import { useDouble } from '../support/sessionHooks';
import type { Answer } from '../support/scriptedPrompter';

const REGION = 'ca-west-1';
const PASSWORD = 'Shelf-Reader-42!';
const APP_CALLBACK = 'https://bookshop.example.org/cb';
const APP_LOGOUT = 'https://bookshop.example.org/bye';

describe('Sign In with Managed Login against the AWS-faithful double', function () {
  this.timeout(30_000);
  const session = useDouble({ region: REGION }, { region: REGION, maxAttempts: 1 });
  let cognito: LazyCognito;
  let poolId: string;
  let port: number;

  before(async () => {
    cognito = lazyCognito(() => ({ region: REGION, endpoint: session.endpoint }));
    poolId = (await session.client.send(new CreateUserPoolCommand({ PoolName: 'bookshop-web' }))).UserPool?.Id as string;
    await session.client.send(new AdminCreateUserCommand({ UserPoolId: poolId, Username: 'dana.reader', UserAttributes: [{ Name: 'email', Value: 'dana@bookshop.example.org' }], MessageAction: 'SUPPRESS' }));
    await session.client.send(new AdminSetUserPasswordCommand({ UserPoolId: poolId, Username: 'dana.reader', Password: PASSWORD, Permanent: true }));
  });
  beforeEach(async () => {
    port = await freePort();
  });

  const webClient = async (name: string, extra: Partial<UserPoolClientType> = {}) => {
    const made = await session.client.send(
      new CreateUserPoolClientCommand({
        UserPoolId: poolId,
        ClientName: name,
        AllowedOAuthFlowsUserPoolClient: true,
        AllowedOAuthFlows: ['code'],
        AllowedOAuthScopes: ['openid', 'email'],
        CallbackURLs: [APP_CALLBACK],
        LogoutURLs: [APP_LOGOUT],
        SupportedIdentityProviders: ['COGNITO'],
        IdTokenValidity: 15,
        TokenValidityUnits: { IdToken: 'minutes' },
        ...extra,
      } as never),
    );
    return { userPoolId: poolId, clientId: made.UserPoolClient?.ClientId as string, name };
  };
  const described = async (clientId: string) => (await session.client.send(new DescribeUserPoolClientCommand({ UserPoolId: poolId, ClientId: clientId }))).UserPoolClient as UserPoolClientType;

  /** A run whose one connection is the double, as an emulator endpoint connection, listening on a free port. */
  const onDouble = (answers: Answer[]): FlowRun => {
    const run = flowAgainst(cognito, answers);
    const directory = listedConnections({ double: cognito });
    (directory.byLabel('double').settings as { endpoint?: string }).endpoint = session.endpoint;
    run.deps.connections = directory;
    run.callbackPort = port;
    return run;
  };
  const pool = (run: FlowRun) => ({ ...onDefault({ id: poolId, name: 'bookshop-web' }), connectionId: run.deps.connections.list()[0].id });

  it('from a user: adds the loopback callback URL (only that), fills in the username, and shows verified tokens with the userInfo answer', async () => {
    const client = await webClient('bookshop-spa');
    const before = await described(client.clientId);
    const run = onDouble([{ pick: 'bookshop-spa' }, { confirm: true }]);
    const visit: BrowserVisit = { visited: [] };
    run.browser = (url) => signInOnHostedPages(url, [{ username: 'dana.reader', password: PASSWORD }], visit);

    const signIn = await signInWithManagedLogin(run.deps, { ...pool(run), username: 'dana.reader' });

    const callback = `http://localhost:${port}/callback`;
    assert.equal(run.prompter.asked[1].type, 'confirm');
    assert.equal(run.prompter.asked[1].text, `Add ${callback} to the callback URLs of bookshop-spa?`);
    const after = await described(client.clientId);
    assert.deepEqual(after.CallbackURLs, [APP_CALLBACK, callback]);
    for (const kept of ['LogoutURLs', 'AllowedOAuthFlows', 'AllowedOAuthScopes', 'SupportedIdentityProviders', 'IdTokenValidity', 'TokenValidityUnits', 'ExplicitAuthFlows'] as const) {
      assert.deepEqual(after[kept], before[kept], `${kept} stays as it was`);
    }
    // The authorize request: PKCE S256 and a state, the username hint, never a verifier.
    const authorize = new URL(run.opened[0]);
    assert.equal(`${authorize.origin}${authorize.pathname}`, `${new URL(session.endpoint).origin}/oauth2/authorize`);
    assert.equal(authorize.searchParams.get('code_challenge_method'), 'S256');
    assert.match(authorize.searchParams.get('code_challenge') ?? '', /^[A-Za-z0-9_-]{43}$/);
    assert.match(authorize.searchParams.get('state') ?? '', /^[A-Za-z0-9_-]{43}$/);
    assert.equal(authorize.searchParams.get('redirect_uri'), callback);
    assert.equal(visit.prefilled, 'dana.reader');
    // The browser came back to the loopback server and was sent on to a page without the code in its address.
    assert.equal(visit.lastStatus, 200);
    assert.match(visit.lastPage ?? '', /You can close this tab/);
    assert.equal(visit.visited.at(-1), `http://localhost:${port}/signed-in`);

    const jwks = await fetchJwks(session.endpoint, poolId);
    const id = verifiedJwt(signIn.tokens.idToken ?? '', jwks).claims;
    assert.equal(id['cognito:username'], 'dana.reader');
    assert.equal(id.aud, client.clientId);
    assert.equal(Number(id.exp) - Number(id.iat), 15 * 60);
    assert.equal(verifiedJwt(signIn.tokens.accessToken, jwks).claims.scope, 'openid email');
    assert.equal(signIn.username, 'dana.reader');
    assert.deepEqual(signIn.factors, ['MANAGED_LOGIN']);
    assert.equal(signIn.userInfo?.email, 'dana@bookshop.example.org');
    assert.deepEqual(run.tokensShown, [signIn]);
    // The loopback server has closed.
    await waitUntil(() => isFree(port));

    const hidden = [signIn.tokens.idToken, signIn.tokens.accessToken, signIn.tokens.refreshToken, new URL(visit.visited.find((u) => u.includes('code=')) ?? 'http://x').searchParams.get('code')];
    assert.ok(hidden.every((h) => typeof h === 'string' && h.length > 10));
    for (const line of run.logLines) for (const secret of hidden) assert.ok(!line.includes(secret as string), line);
  });

  it('a confidential client already listing the callback: no question, the code exchanged with its secret; refresh, then sign-out revokes and offers the logout page', async () => {
    const callback = `http://localhost:${port}/callback`;
    const client = await webClient('bookshop-server', { GenerateSecret: true, CallbackURLs: [callback] } as never);
    const run = onDouble([]);
    run.browser = (url) => signInOnHostedPages(url, [{ username: 'dana.reader', password: 'Wrong-Password-1!' }, { username: 'dana.reader', password: PASSWORD }], { visited: [] });

    const signIn = await signInWithManagedLogin(run.deps, { ...pool(run), client });
    assert.equal(run.prompter.asked.length, 0);
    assert.equal(signIn.client.hasSecret, true);
    const first = signIn.tokens.accessToken;
    await refreshTokens(run.deps, signIn);
    assert.notEqual(run.signIns.get(signIn.id)?.tokens.accessToken, first);

    const choose = flowAgainst(cognito, [], 'Open Sign-out Page');
    choose.deps.connections = run.deps.connections;
    choose.deps.signIns = run.signIns;
    await signOut(choose.deps, run.signIns.get(signIn.id) ?? signIn);
    await settle();
    assert.match(choose.notifications[0].message, /^Forgot the tokens of dana\.reader and revoked its refresh token\. The browser is still signed in to managed login; end that session too\?$/);
    const logout = new URL(choose.opened[0]);
    assert.equal(logout.pathname, '/logout');
    assert.equal(logout.searchParams.get('client_id'), client.clientId);
    assert.equal(logout.searchParams.get('logout_uri'), APP_LOGOUT);
    const followed = await fetch(logout, { redirect: 'manual' });
    assert.equal(followed.headers.get('location'), APP_LOGOUT, 'the double accepts the logout request');
    // The revoked refresh token no longer refreshes.
    await assert.rejects(cognito.auth.refreshTokens({ ...signIn.client, admin: false, username: 'dana.reader', refreshToken: signIn.tokens.refreshToken as string }));
  });

  it('says what stops it before the browser opens: no code grant, no Cognito directory, a callback Cognito would refuse', async () => {
    const noCode = await webClient('oauth-off', { AllowedOAuthFlowsUserPoolClient: false } as never);
    const run = onDouble([]);
    await assert.rejects(signInWithManagedLogin(run.deps, { ...pool(run), client: noCode }), /is not allowed the authorization code grant; allow it in Edit OAuth Settings… first\./);
    const federatedOnly = await webClient('federated-only', { SupportedIdentityProviders: [] } as never);
    await assert.rejects(signInWithManagedLogin(run.deps, { ...pool(run), client: federatedOnly }), /federated-only does not sign in the pool's own users/);
    // A remote window served over plain http on another host: Cognito accepts http only on localhost.
    const remote = onDouble([]);
    remote.externalUri = (url) => url.replace(`http://localhost:${port}/callback`, `http://devbox.example.net:8080/proxy/${port}/`);
    const client = await webClient('remote-spa');
    await assert.rejects(signInWithManagedLogin(remote.deps, { ...pool(remote), client }), (e: unknown) => e instanceof Error && e.message.startsWith(`remote-spa would need the callback URL http://devbox.example.net:8080/proxy/${port}/callback, which Cognito refuses:`));
    assert.deepEqual(run.opened, []);
    assert.deepEqual(remote.opened, []);
    assert.deepEqual((await described(client.clientId)).CallbackURLs, [APP_CALLBACK], 'nothing was added');
  });

  it('Esc at "add the callback URL" changes nothing; Cancel while waiting closes the server; a stray callback is ignored', async () => {
    const client = await webClient('bookshop-admin');
    await assert.rejects(signInWithManagedLogin(onDouble([{ confirm: false }]).deps, { ...pool(onDouble([])), client }), Cancelled);
    assert.deepEqual((await described(client.clientId)).CallbackURLs, [APP_CALLBACK]);

    const run = onDouble([{ confirm: true }]);
    let stray: Response | undefined;
    run.browser = async () => {
      // Someone else's redirect reaches the port first: answered, ignored; then the person cancels.
      stray = await fetch(`http://localhost:${port}/callback?code=not-this-one&state=someone-else`, { redirect: 'manual' });
      setTimeout(() => run.cancelWait?.(), 20);
    };
    await assert.rejects(signInWithManagedLogin(run.deps, { ...pool(run), client }), Cancelled);
    assert.equal(stray?.status, 400);
    await waitUntil(() => isFree(port));
    assert.equal(run.signIns.all().length, 0);
  });

  it('turns the token endpoint’s refusals of a code into one sentence: a code used twice, a confidential client without its secret', async () => {
    const client = await webClient('bookshop-api', { GenerateSecret: true } as never);
    const run = onDouble([{ confirm: true }]);
    let code = '';
    run.browser = async (url) => {
      const visit: BrowserVisit = { visited: [] };
      // The browser stops at the callback: the test keeps the code and answers the loopback itself.
      await signInOnHostedPages(url, [{ username: 'dana.reader', password: PASSWORD }], visit);
      code = new URL(visit.visited.find((u) => u.includes('code=')) ?? 'http://x').searchParams.get('code') ?? '';
    };
    const signIn = await signInWithManagedLogin(run.deps, { ...pool(run), client });
    const redirectUri = `http://localhost:${port}/callback`;
    const exchange = (hasSecret: boolean, verifier: string) => cognito.auth.codeTokens({ ...signIn.client, hasSecret, baseUrl: session.endpoint, code, redirectUri, verifier });
    await assert.rejects(exchange(true, 'a'.repeat(43)), (e: unknown) => e instanceof CognitoError && /^The token endpoint refused the authorization code \(invalid_grant\): it was used already/.test(e.message));
    await assert.rejects(exchange(false, 'a'.repeat(43)), (e: unknown) => e instanceof CognitoError && e.message === 'The token endpoint refused the app client: its secret is wrong, or it is missing for a confidential client.');
  });
});

async function waitUntil(condition: () => Promise<boolean>): Promise<void> {
  for (let i = 0; i < 100; i++) {
    if (await condition()) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  assert.fail('the condition never held');
}
