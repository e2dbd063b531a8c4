// The user side of the double's managed login over plain HTTP, as a browser and an app would use it: authorize,
// the sign-in form, a one-time code that expires, the code exchanged with PKCE (S256), refresh, userInfo and
// logout, and the refusals AWS documents (redirect_mismatch, unauthorized_client, invalid_scope, invalid_grant,
// invalid_client, invalid_token). Tokens are checked against the pool's JWKS with node:crypto.
import * as assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import {
  AdminCreateUserCommand,
  AdminSetUserPasswordCommand,
  CreateUserPoolClientCommand,
  CreateUserPoolCommand,
} from '@aws-sdk/client-cognito-identity-provider';
import { fetchJwks, verifiedJwt } from '../../support/signInDouble';
import { useDouble } from '../../support/sessionHooks';

const CALLBACK = 'http://localhost:48213/callback';
const LOGOUT = 'http://localhost:48213/bye';
const PASSWORD = 'Hosted-Pages-9!';
const VERIFIER = 'dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk-and-some-more';
const CHALLENGE = createHash('sha256').update(VERIFIER).digest('base64url');

describe('managed login pages of the Cognito double', () => {
  let clock = Date.parse('2026-03-04T10:00:00Z');
  const session = useDouble({ now: () => clock });
  let poolId: string;
  let web: string;
  let confidential: { id: string; secret: string };
  let m2mOnly: string;

  before(async () => {
    poolId = (await session.client.send(new CreateUserPoolCommand({ PoolName: 'hosted-4q' }))).UserPool?.Id as string;
    const oauth = { AllowedOAuthFlowsUserPoolClient: true, AllowedOAuthFlows: ['code' as const], AllowedOAuthScopes: ['openid', 'email'], CallbackURLs: [CALLBACK], LogoutURLs: [LOGOUT], SupportedIdentityProviders: ['COGNITO'] };
    web = (await session.client.send(new CreateUserPoolClientCommand({ UserPoolId: poolId, ClientName: 'spa', ...oauth }))).UserPoolClient?.ClientId as string;
    const made = (await session.client.send(new CreateUserPoolClientCommand({ UserPoolId: poolId, ClientName: 'server', GenerateSecret: true, ...oauth }))).UserPoolClient;
    confidential = { id: made?.ClientId as string, secret: made?.ClientSecret as string };
    m2mOnly = (await session.client.send(new CreateUserPoolClientCommand({ UserPoolId: poolId, ClientName: 'no-code', CallbackURLs: [CALLBACK] }))).UserPoolClient?.ClientId as string;
    await session.client.send(new AdminCreateUserCommand({ UserPoolId: poolId, Username: 'dora', UserAttributes: [{ Name: 'email', Value: 'dora@example.net' }], MessageAction: 'SUPPRESS' }));
    await session.client.send(new AdminSetUserPasswordCommand({ UserPoolId: poolId, Username: 'dora', Password: PASSWORD, Permanent: true }));
  });

  const at = (path: string, init?: RequestInit) => fetch(`${session.endpoint}${path}`, { redirect: 'manual', ...init });
  const authorizeQuery = (clientId: string, extra: Record<string, string> = {}) =>
    new URLSearchParams({ response_type: 'code', client_id: clientId, redirect_uri: CALLBACK, state: 'st-81', scope: 'openid email', code_challenge: CHALLENGE, code_challenge_method: 'S256', ...extra }).toString();
  const form = (fields: Record<string, string>, headers: Record<string, string> = {}) => ({
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', ...headers },
    body: new URLSearchParams(fields).toString(),
  });
  /** Signs dora in on the login form; the redirect's query. */
  const signIn = async (clientId: string, password = PASSWORD, extra: Record<string, string> = {}) => {
    const response = await at(`/login?${authorizeQuery(clientId, extra)}`, form({ username: 'dora', password }));
    return response;
  };
  const codeOf = async (clientId: string) => {
    const response = await signIn(clientId);
    assert.equal(response.status, 302);
    const location = new URL(String(response.headers.get('location')));
    assert.equal(`${location.origin}${location.pathname}`, CALLBACK);
    assert.equal(location.searchParams.get('state'), 'st-81');
    return String(location.searchParams.get('code'));
  };
  const redeem = (fields: Record<string, string>, headers: Record<string, string> = {}) => at('/oauth2/token', form({ grant_type: 'authorization_code', redirect_uri: CALLBACK, ...fields }, headers));
  const error = async (response: Response) => [response.status, ((await response.json()) as { error: string }).error];

  it('authorize leads to a plain sign-in form; a wrong password shows it again', async () => {
    const authorize = await at(`/oauth2/authorize?${authorizeQuery(web)}`);
    assert.equal(authorize.status, 302);
    assert.equal(authorize.headers.get('location'), `/login?${authorizeQuery(web)}`);
    const page = await at(`/login?${authorizeQuery(web)}`);
    assert.equal(page.status, 200);
    assert.match(await page.text(), /<form method="post"[\s\S]*name="username"[\s\S]*type="password"/);
    const wrong = await signIn(web, 'Not-The-Passw0rd');
    assert.equal(wrong.status, 200);
    assert.match(await wrong.text(), /Incorrect username or password\./);
  });

  it('fills the form’s username from login_hint, escaped', async () => {
    const page = await (await at(`/login?${authorizeQuery(web, { login_hint: 'dora"<b>' })}`)).text();
    assert.match(page, /name="username" autocomplete="username" value="dora&#34;&#60;b&#62;"/);
    assert.match(await (await at(`/login?${authorizeQuery(web)}`)).text(), /name="username" autocomplete="username" value=""/);
  });

  it('exchanges a code once, with the PKCE verifier, for tokens that userInfo and refresh accept', async () => {
    const code = await codeOf(web);
    const response = await redeem({ client_id: web, code, code_verifier: VERIFIER });
    assert.equal(response.status, 200);
    const tokens = (await response.json()) as Record<string, string>;
    const jwks = await fetchJwks(session.endpoint, poolId);
    const id = verifiedJwt(tokens.id_token, jwks).claims;
    assert.equal(id['cognito:username'], 'dora');
    assert.equal(id.aud, web);
    const access = verifiedJwt(tokens.access_token, jwks).claims;
    assert.equal(access.scope, 'openid email');
    assert.equal(access.username, 'dora');
    assert.deepEqual(await error(await redeem({ client_id: web, code, code_verifier: VERIFIER })), [400, 'invalid_grant'], 'a code works once');

    const info = await at('/oauth2/userInfo', { headers: { Authorization: `Bearer ${tokens.access_token}` } });
    assert.equal(info.status, 200);
    const claims = (await info.json()) as Record<string, string>;
    assert.equal(claims.email, 'dora@example.net');
    assert.equal(claims.username, 'dora');
    const refused = await at('/oauth2/userInfo', { headers: { Authorization: 'Bearer not.a.token' } });
    assert.equal(refused.status, 401);
    assert.match(String(refused.headers.get('www-authenticate')), /^Bearer/);

    const refreshed = await at('/oauth2/token', form({ grant_type: 'refresh_token', client_id: web, refresh_token: tokens.refresh_token }));
    assert.equal(refreshed.status, 200);
    const renewed = (await refreshed.json()) as Record<string, string>;
    assert.equal(renewed.refresh_token, undefined);
    assert.equal(verifiedJwt(renewed.access_token, jwks).claims.scope, 'openid email');
    assert.deepEqual(await error(await at('/oauth2/token', form({ grant_type: 'refresh_token', client_id: web, refresh_token: 'nope' }))), [400, 'invalid_grant']);
  });

  it('refuses a wrong verifier, another redirect_uri, another client, an expired code; a confidential client needs its secret', async () => {
    assert.deepEqual(await error(await redeem({ client_id: web, code: await codeOf(web), code_verifier: `${VERIFIER}x` })), [400, 'invalid_grant']);
    assert.deepEqual(await error(await redeem({ client_id: web, code: await codeOf(web), code_verifier: VERIFIER, redirect_uri: 'http://localhost:48213/other' })), [400, 'invalid_grant']);
    const basic = { Authorization: `Basic ${Buffer.from(`${confidential.id}:${confidential.secret}`).toString('base64')}` };
    assert.deepEqual(await error(await redeem({ code: await codeOf(web), code_verifier: VERIFIER }, basic)), [400, 'invalid_grant']);
    const late = await codeOf(web);
    clock += 5 * 60 * 1000;
    assert.deepEqual(await error(await redeem({ client_id: web, code: late, code_verifier: VERIFIER })), [400, 'invalid_grant'], 'codes last 5 minutes');
    assert.deepEqual(await error(await redeem({ client_id: confidential.id, code: await codeOf(confidential.id), code_verifier: VERIFIER })), [400, 'invalid_client']);
    assert.equal((await redeem({ code: await codeOf(confidential.id), code_verifier: VERIFIER }, basic)).status, 200);
  });

  it('never redirects to an unregistered URI; other refusals go back to the app with state', async () => {
    const mismatch = await at(`/oauth2/authorize?${authorizeQuery(web, { redirect_uri: 'https://evil.example.com/cb' })}`);
    assert.equal(mismatch.status, 302);
    assert.match(String(mismatch.headers.get('location')), /^\/error\?error=redirect_mismatch/);
    assert.equal((await at(String(mismatch.headers.get('location')))).status, 400);
    const back = async (query: string) => Object.fromEntries(new URL(String((await at(`/oauth2/authorize?${query}`)).headers.get('location'))).searchParams);
    assert.deepEqual(await back(authorizeQuery(m2mOnly)), { error: 'unauthorized_client', state: 'st-81' });
    assert.deepEqual(await back(authorizeQuery(web, { scope: 'openid phone' })), { error: 'invalid_scope', state: 'st-81' });
    assert.deepEqual(await back(authorizeQuery(web, { code_challenge_method: 'plain' })), { error: 'invalid_request', state: 'st-81' });
    assert.deepEqual(await back(authorizeQuery(web, { response_type: 'token' })), { error: 'unsupported_response_type', state: 'st-81' });
  });

  it('logout redirects only to a registered sign-out URL', async () => {
    const out = await at(`/logout?${new URLSearchParams({ client_id: web, logout_uri: LOGOUT }).toString()}`);
    assert.equal(out.status, 302);
    assert.equal(out.headers.get('location'), LOGOUT);
    const refused = await at(`/logout?${new URLSearchParams({ client_id: web, logout_uri: 'https://evil.example.com/' }).toString()}`);
    assert.match(String(refused.headers.get('location')), /^\/error\?error=redirect_mismatch/);
  });
});
