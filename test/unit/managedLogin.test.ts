// The pieces of Sign In with Managed Login that need no pool: PKCE against RFC 7636's own example, the callback
// address a remote window maps, the loopback server's rules (one answer, with the expected state, on loopback
// only, then closed), the token endpoint's code exchange and userInfo, and what the Tokens view and Sign Out do
// with such a sign-in. The whole flow against the double's hosted pages: test/integration/managedLoginOnDouble.
import * as assert from 'node:assert/strict';
import { request } from 'node:http';
import { networkInterfaces } from 'node:os';
import { callbackAddress, loopbackCallbackUrl } from '../../src/auth/callbackAddress';
import { listenForCallback } from '../../src/auth/loopbackCallback';
import { challengeOf, newAuthorizationSecrets } from '../../src/auth/pkce';
import { authorizationCodeTokens, userInfo, type Fetch } from '../../src/aws/oauth/tokenEndpoint';
import { signOut } from '../../src/commands/flows/auth/tokenActions';
import { CognitoError } from '../../src/shared/errors';
import { tokensModel } from '../../src/views/models/tokensModel';
import { flowRun, settle } from '../support/flowHarness';
import { freePort, isFree } from '../support/net';

const SECRET = 'managed-login-client-secret-5v';

describe('PKCE and state for managed login', () => {
  it('computes S256 as RFC 7636 appendix B does', () => {
    assert.equal(challengeOf('dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk'), 'E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM');
  });

  it('makes a new 43-character verifier and state each time, the challenge of that verifier', () => {
    const one = newAuthorizationSecrets();
    const two = newAuthorizationSecrets();
    for (const value of [one.verifier, one.state, one.challenge]) assert.match(value, /^[A-Za-z0-9_-]{43}$/);
    assert.equal(one.challenge, challengeOf(one.verifier));
    assert.notEqual(one.verifier, two.verifier);
    assert.notEqual(one.state, two.state);
    assert.notEqual(one.verifier, one.state);
  });
});

describe('the callback address', () => {
  it('is the loopback URL in a desktop window, and keeps its path where a remote window maps only the port', () => {
    const loopback = loopbackCallbackUrl(47311);
    assert.equal(loopback, 'http://localhost:47311/callback');
    assert.equal(callbackAddress(loopback, loopback), loopback);
    // code-server renders its proxy template and drops the path.
    assert.equal(callbackAddress(loopback, 'https://code.example.com/proxy/47311/'), 'https://code.example.com/proxy/47311/callback');
    assert.equal(callbackAddress(loopback, 'https://code.example.com/base/proxy/47311'), 'https://code.example.com/base/proxy/47311/callback');
    // SSH forwards to another local port; Codespaces to its own host; both keep the path.
    assert.equal(callbackAddress(loopback, 'http://localhost:50123/callback'), 'http://localhost:50123/callback');
    assert.equal(callbackAddress(loopback, 'https://fluffy-47311.app.github.dev/callback?x=1'), 'https://fluffy-47311.app.github.dev/callback');
  });
});

describe('the loopback callback server', () => {
  let port: number;
  beforeEach(async () => {
    port = await freePort();
  });
  const get = async (path: string, host = '127.0.0.1') => {
    const response = await fetch(`http://${host}:${port}${path}`, { redirect: 'manual' });
    return { status: response.status, location: response.headers.get('location'), text: await response.text() };
  };

  it('ignores a callback with another state or none, takes the one with its state, sends the browser on to a page without the code, and closes', async () => {
    const wait = await listenForCallback(port, 'state-ok', new AbortController().signal, 60_000);
    assert.equal((await get('/callback?code=stolen&state=state-other')).status, 400);
    assert.equal((await get('/callback?code=stolen')).status, 400);
    assert.equal((await get('/elsewhere?code=x&state=state-ok')).status, 404);
    const answered = await get('/callback?code=the-code&state=state-ok');
    assert.deepEqual([answered.status, answered.location], [303, 'signed-in']);
    assert.equal(await wait.code, 'the-code');
    // A second callback, even with the state, is not taken.
    assert.equal((await get('/callback?code=again&state=state-ok')).status, 400);
    const page = await get('/signed-in');
    assert.equal(page.status, 200);
    assert.doesNotMatch(page.text, /the-code|state-ok/);
    assert.ok(await eventually(() => isFree(port)), 'closed once the page was shown');
  });

  it('ends with the OAuth error the pool sent, as a sentence, and the page says it too', async () => {
    const wait = await listenForCallback(port, 's1', new AbortController().signal, 60_000);
    const page = await get('/callback?error=unauthorized_client&state=s1');
    assert.equal(page.status, 400);
    assert.match(page.text, /may not use the authorization code grant/);
    await assert.rejects(wait.code, (e: unknown) => e instanceof CognitoError && e.message === 'This app client may not use the authorization code grant; allow it in Edit OAuth Settings….');
    wait.close();
  });

  it('ends on a timeout with what to do, and on an abort; closing frees the port', async () => {
    const timedOut = await listenForCallback(port, 's2', new AbortController().signal, 30);
    await assert.rejects(timedOut.code, /No sign-in came back within 0 minutes; run Sign In with Managed Login… again/);
    timedOut.close();
    assert.ok(await eventually(() => isFree(port)));
    const aborter = new AbortController();
    const aborted = await listenForCallback(port, 's3', aborter.signal, 60_000);
    aborter.abort();
    await assert.rejects(aborted.code, /cancelled/);
    aborted.close();
    assert.ok(await eventually(() => isFree(port)));
  });

  it('listens on loopback only, and says which setting to change when the port is taken', async () => {
    const wait = await listenForCallback(port, 's4', new AbortController().signal, 60_000);
    const outward = Object.values(networkInterfaces()).flat().find((address) => address && address.family === 'IPv4' && !address.internal);
    if (outward) {
      const reached = await new Promise<boolean>((resolve) => {
        const probe = request({ host: outward.address, port, path: '/callback', timeout: 1000 }, () => resolve(true));
        probe.on('error', () => resolve(false));
        probe.on('timeout', () => (probe.destroy(), resolve(false)));
        probe.end();
      });
      assert.equal(reached, false, `not reachable at ${outward.address}`);
    }
    await assert.rejects(listenForCallback(port, 's5', new AbortController().signal, 60_000), (e: unknown) =>
      e instanceof CognitoError && e.message === `Port ${port} on this computer is in use, so the sign-in cannot come back to it; close what uses it, or set cognito.managedLogin.callbackPort to a free port.`,
    );
    wait.close();
  });
});

describe('the token endpoint’s authorization code grant and userInfo', () => {
  const answering = (status: number, body: unknown, seen: Parameters<Fetch>[] = []): Fetch =>
    async (...args) => {
      seen.push(args);
      return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
    };
  const exchange = { baseUrl: 'https://books-9.auth.ca-west-1.amazoncognito.com/', clientId: 'webapp4k2', code: 'code-77', redirectUri: 'http://localhost:47300/callback', verifier: 'v'.repeat(43) };

  it('a public client names itself in the body; a confidential one uses HTTP Basic and the secret is nowhere else', async () => {
    const seen: Parameters<Fetch>[] = [];
    const tokens = await authorizationCodeTokens(exchange, answering(200, { id_token: 'i.d.t', access_token: 'a.c.t', refresh_token: 'r.t', expires_in: 900 }, seen));
    assert.deepEqual(tokens, { idToken: 'i.d.t', accessToken: 'a.c.t', refreshToken: 'r.t', expiresIn: 900 });
    const [url, init] = seen[0];
    assert.equal(url, 'https://books-9.auth.ca-west-1.amazoncognito.com/oauth2/token');
    assert.deepEqual(Object.fromEntries(new URLSearchParams(init.body)), { grant_type: 'authorization_code', code: 'code-77', redirect_uri: exchange.redirectUri, code_verifier: exchange.verifier, client_id: 'webapp4k2' });
    assert.equal(init.headers.Authorization, undefined);

    const confidential: Parameters<Fetch>[] = [];
    await authorizationCodeTokens({ ...exchange, secret: SECRET }, answering(200, { access_token: 'a.c.t' }, confidential));
    const [, sent] = confidential[0];
    assert.equal(sent.headers.Authorization, `Basic ${Buffer.from(`webapp4k2:${SECRET}`).toString('base64')}`);
    assert.equal(new URLSearchParams(sent.body).get('client_id'), null);
    assert.ok(!String(sent.body).includes(SECRET));
  });

  it('turns invalid_grant and invalid_client into sentences that name no code, verifier or secret', async () => {
    for (const [error, sentence] of [
      ['invalid_grant', /^The token endpoint refused the authorization code \(invalid_grant\): it was used already, expired, or does not match the verifier or the redirect URL; sign in again\.$/],
      ['invalid_client', /^The token endpoint refused the app client: its secret is wrong, or it is missing for a confidential client\.$/],
      ['unauthorized_client', /allow Authorization code grant in Edit OAuth Settings/],
    ] as const) {
      await assert.rejects(authorizationCodeTokens({ ...exchange, secret: SECRET }, answering(400, { error })), (e: unknown) =>
        e instanceof CognitoError && sentence.test(e.message) && ![SECRET, 'code-77', exchange.verifier].some((s) => e.message.includes(s)),
      );
    }
  });

  it('reads userInfo with the access token as a bearer; an invalid token is a sentence', async () => {
    const seen: Parameters<Fetch>[] = [];
    assert.deepEqual(await userInfo('https://books-9.auth.ca-west-1.amazoncognito.com', 'a.c.t', answering(200, { sub: 's-1', email: 'ana@example.org' }, seen)), { sub: 's-1', email: 'ana@example.org' });
    assert.equal(seen[0][0], 'https://books-9.auth.ca-west-1.amazoncognito.com/oauth2/userInfo');
    assert.equal(seen[0][1].headers.Authorization, 'Bearer a.c.t');
    await assert.rejects(userInfo('https://x.example', 'a.c.t', answering(401, { error: 'invalid_token' })), /refused the access token \(invalid_token\): it expired or was revoked; sign in again\./);
  });
});

describe('a managed-login sign-in in the Tokens view and at Sign Out', () => {
  const session = (logoutUrl?: string) => ({
    id: 'ml-1',
    connectionId: 'c1',
    poolName: 'bookshop',
    clientName: 'spa',
    client: { userPoolId: 'ca-west-1_Bk9', clientId: 'spa7', hasSecret: false },
    username: 'ana',
    admin: false,
    tokens: { accessToken: 'a.b.c', refreshToken: 'refresh-me' },
    issuedAt: new Date('2026-05-01T08:00:00Z'),
    factors: ['MANAGED_LOGIN'],
    managedLogin: { baseUrl: 'https://books-9.auth.ca-west-1.amazoncognito.com', logoutUrl },
    userInfo: { email: 'ana@example.org', email_verified: true },
  });

  it('says it signed in through managed login and shows the userInfo answer', () => {
    const model = tokensModel(session(), {}, new Date(), 'AWS');
    const fields = model.sections.flatMap((s) => s.fields);
    assert.equal(fields.find((f) => f.id === 'factors')?.value, 'managed login in the browser (authorization code with PKCE)');
    assert.equal(model.sections[1].title, 'userInfo endpoint');
    assert.deepEqual(model.sections[1].fields.map((f) => [f.label, f.value]), [['email', 'ana@example.org'], ['email_verified', 'true']]);
  });

  it('Sign Out offers the logout page when the client has a sign-out URL, and says what is missing when not', async () => {
    const logout = 'https://books-9.auth.ca-west-1.amazoncognito.com/logout?client_id=spa7&logout_uri=https%3A%2F%2Fbooks.example%2Fbye';
    const run = flowRun([], undefined, 'Open Sign-out Page');
    const signedIn = run.signIns.add({ ...session(logout), connectionId: run.deps.connections.list()[0].id });
    await signOut(run.deps, signedIn);
    await settle();
    assert.equal(run.notifications[0].message, 'Forgot the tokens of ana and revoked its refresh token. The browser is still signed in to managed login; end that session too?');
    assert.deepEqual(run.opened, [logout]);
    assert.equal(run.cognito.calls.filter((c) => c.method === 'auth.revokeToken').length, 1);

    const without = flowRun([]);
    await signOut(without.deps, without.signIns.add({ ...session(), connectionId: without.deps.connections.list()[0].id }));
    assert.deepEqual(without.notifications, []);
    assert.match(without.statusMessages[0], /the browser stays signed in to managed login until the client has a sign-out URL \(Edit OAuth Settings…\)$/);
  });
});

async function eventually(condition: () => Promise<boolean>): Promise<boolean> {
  for (let i = 0; i < 60; i++) {
    if (await condition()) return true;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return false;
}
