// The user side of a pool's managed login, from AWS's developer guide ("User pool endpoints and managed login
// reference"), at the double's origin with AWS's paths; oauth.ts routes here. Each rule and where it comes from:
// - `GET /oauth2/authorize` ("The authorize endpoint"): response_type `code` (implicit `token` is not served),
//   client_id, redirect_uri, optional state, scope, code_challenge and code_challenge_method (only `S256`).
//   An unknown client, or a redirect_uri that is not exactly one of the client's CallbackURLs, goes to Cognito's
//   error page (`/error?error=redirect_mismatch`, as the guide's "redirect_mismatch" answer shows) and never to
//   the given URI. Other refusals go back to the redirect_uri with `error` and `state`: unauthorized_client (the
//   client does not allow the code grant, or AllowedOAuthFlowsUserPoolClient is off), unsupported_response_type,
//   invalid_scope (a scope the client does not allow), invalid_request (code_challenge_method other than S256).
//   A valid request is redirected to `/login` with the same query, as Cognito does for its own sign-in page.
// - `GET /login` ("The login endpoint"): a plain HTML form, its username filled in from the authorize request's
//   `login_hint` (the authorize endpoint's parameters: managed login fills the username field with the hint); `POST /login` checks the username and password like
//   InitiateAuth with a password (the pool's users; "Incorrect username or password." on the page again), then
//   redirects to the exact redirect_uri with `code` and `state`. MFA and new-password challenges are not served.
// - The code: one use, expires after 5 minutes (the token endpoint's `code` parameter: a code is good once,
//   for five minutes; RFC 6749 §4.1.2 asks for one use and a short life), bound to the client, the
//   redirect_uri and the PKCE challenge.
// - `POST /oauth2/token` with `grant_type=authorization_code` (`code`, `redirect_uri`, `code_verifier` when the
//   authorize request had a challenge: BASE64URL(SHA256(verifier)) must equal it, RFC 7636 §4.6): anything that
//   does not match is invalid_grant; ID token only when `openid` was granted. `grant_type=refresh_token`
//   (`refresh_token`): new ID and access tokens, no new refresh token (no rotation here); a revoked, expired,
//   unknown or other client's refresh token is invalid_grant. A confidential client authenticates as for client
//   credentials (Basic or client_secret in the body); a public one names client_id in the body.
// - `GET /oauth2/userInfo` ("The userInfo endpoint"): `Authorization: Bearer <access token>`; the user's
//   attributes as JSON; a bad, expired or revoked token is HTTP 401 `{"error": "invalid_token"}` with a
//   `WWW-Authenticate: Bearer` header (RFC 6750 §3.1).
// - `GET /logout` ("The logout endpoint"): client_id and logout_uri, which must be one of the client's
//   LogoutURLs; then a redirect to it. Otherwise the error page.
// Not served: MFA in the hosted pages, federated providers, implicit grant, `/oauth2/revoke`, `prompt`, `nonce`.
import { createHash, randomBytes } from 'node:crypto';
import type { DoubleAppClient } from './appClients';
import type { DoubleUser, SeededPool } from './data';
import type { WebAnswer } from './server';
import type { TokenIssuer } from './tokens';

const CODE_SECONDS = 5 * 60;

interface IssuedCode {
  pool: SeededPool;
  client: DoubleAppClient;
  user: DoubleUser;
  redirectUri: string;
  scopes: string[];
  challenge?: string;
  expires: number;
}

export interface ClientInPool {
  pool: SeededPool;
  client: DoubleAppClient;
}

const redirect = (location: string): WebAnswer => ({ status: 302, body: '', headers: { Location: location } });
const back = (redirectUri: string, params: Record<string, string | undefined>): WebAnswer => {
  const url = new URL(redirectUri);
  for (const [name, value] of Object.entries(params)) if (value !== undefined) url.searchParams.set(name, value);
  return redirect(url.toString());
};
const errorPage = (error: string, clientId: string | null) => redirect(`/error?${new URLSearchParams({ error, ...(clientId ? { client_id: clientId } : {}) }).toString()}`);
const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

export class HostedPages {
  private readonly codes = new Map<string, IssuedCode>();

  constructor(
    private readonly findClient: (clientId: string) => ClientInPool | undefined,
    private readonly tokens: TokenIssuer,
    private readonly now: () => number,
  ) {}

  authorize(query: URLSearchParams): WebAnswer {
    const checked = this.checkAuthorize(query);
    return 'refusal' in checked ? checked.refusal : redirect(`/login?${query.toString()}`);
  }

  loginPage(query: URLSearchParams, message?: string): WebAnswer {
    const checked = this.checkAuthorize(query);
    if ('refusal' in checked) return checked.refusal;
    const note = message ? `<p role="alert">${escapeHtml(message)}</p>` : '';
    const body = `<!doctype html><html><head><title>Sign in</title></head><body><h1>Sign in to ${escapeHtml(checked.client.name)}</h1>${note}
<form method="post" action="/login?${escapeHtml(query.toString())}">
<label>Username <input name="username" autocomplete="username" value="${escapeHtml(query.get('login_hint') ?? '')}"></label>
<label>Password <input name="password" type="password" autocomplete="current-password"></label>
<button type="submit">Sign in</button></form></body></html>`;
    return { status: 200, body };
  }

  login(query: URLSearchParams, form: URLSearchParams): WebAnswer {
    const checked = this.checkAuthorize(query);
    if ('refusal' in checked) return checked.refusal;
    const { pool, client, redirectUri, scopes } = checked;
    const user = pool.findUser(form.get('username') ?? '');
    const password = form.get('password') ?? '';
    if (!user || !user.enabled || user.status !== 'CONFIRMED' || user.password === undefined || user.password !== password) {
      return this.loginPage(query, 'Incorrect username or password.');
    }
    const code = randomBytes(18).toString('base64url');
    this.codes.set(code, { pool, client, user, redirectUri, scopes, challenge: query.get('code_challenge') ?? undefined, expires: this.seconds() + CODE_SECONDS });
    return back(redirectUri, { code, state: query.get('state') ?? undefined });
  }

  /** grant_type=authorization_code for an authenticated (or public) client. */
  redeemCode(found: ClientInPool, form: URLSearchParams): WebAnswer {
    const code = form.get('code');
    if (!code || !form.get('redirect_uri')) return { status: 400, body: { error: 'invalid_request' } };
    const issued = this.codes.get(code);
    // One use: the code is gone whatever the outcome.
    this.codes.delete(code);
    const invalid: WebAnswer = { status: 400, body: { error: 'invalid_grant' } };
    if (!issued || issued.expires <= this.seconds() || issued.client.clientId !== found.client.clientId || issued.redirectUri !== form.get('redirect_uri')) return invalid;
    if (issued.challenge !== undefined) {
      const verifier = form.get('code_verifier') ?? '';
      if (createHash('sha256').update(verifier).digest('base64url') !== issued.challenge) return invalid;
    }
    const result = this.tokens.signIn(issued.pool, issued.client, issued.user, issued.scopes.join(' '));
    return {
      status: 200,
      body: {
        ...(issued.scopes.includes('openid') ? { id_token: result.IdToken } : {}),
        access_token: result.AccessToken,
        refresh_token: result.RefreshToken,
        expires_in: result.ExpiresIn,
        token_type: 'Bearer',
      },
      headers: { 'Cache-Control': 'no-store' },
    };
  }

  /** grant_type=refresh_token. */
  refresh({ pool, client }: ClientInPool, form: URLSearchParams): WebAnswer {
    const token = form.get('refresh_token');
    if (!token) return { status: 400, body: { error: 'invalid_request' } };
    const origin = this.tokens.originOfRefreshToken(token);
    const user = origin && pool.findUser(origin.username);
    if (!origin || origin.revoked || origin.clientId !== client.clientId || origin.refreshExpires <= this.seconds() || !user || user.attributes.sub !== origin.sub) {
      return { status: 400, body: { error: 'invalid_grant' } };
    }
    const result = this.tokens.refresh(pool, client, user, origin);
    const openid = (origin.scope ?? '').split(' ').includes('openid');
    return { status: 200, body: { ...(openid ? { id_token: result.IdToken } : {}), access_token: result.AccessToken, expires_in: result.ExpiresIn, token_type: 'Bearer' } };
  }

  userInfo(authorization: string | undefined): WebAnswer {
    const invalid: WebAnswer = { status: 401, body: { error: 'invalid_token' }, headers: { 'WWW-Authenticate': 'Bearer error="invalid_token"' } };
    const bearer = /^Bearer\s+(\S+)$/i.exec(authorization ?? '');
    if (!bearer) return invalid;
    let claims: Record<string, unknown>;
    try {
      claims = this.tokens.checkAccessToken(bearer[1]);
    } catch {
      return invalid;
    }
    const user = this.findClient(String(claims.client_id))?.pool.findUser(String(claims.username));
    if (!user || user.attributes.sub !== claims.sub) return invalid;
    // userInfo answers attribute values as strings, `*_verified` included, plus `username`.
    return { status: 200, body: { ...user.attributes, username: user.username } };
  }

  logout(query: URLSearchParams): WebAnswer {
    const clientId = query.get('client_id');
    const found = clientId ? this.findClient(clientId) : undefined;
    const logoutUri = query.get('logout_uri');
    if (!found || !logoutUri || !(found.client.settings.logoutURLs ?? []).includes(logoutUri)) return errorPage('redirect_mismatch', clientId);
    return redirect(logoutUri);
  }

  errorPage(query: URLSearchParams): WebAnswer {
    return { status: 400, body: `<!doctype html><html><head><title>Error</title></head><body><h1>An error was encountered with the requested page.</h1><p>${escapeHtml(query.get('error') ?? 'error')}</p></body></html>` };
  }

  private checkAuthorize(query: URLSearchParams): { refusal: WebAnswer } | (ClientInPool & { redirectUri: string; scopes: string[] }) {
    const clientId = query.get('client_id');
    const found = clientId ? this.findClient(clientId) : undefined;
    const redirectUri = query.get('redirect_uri') ?? '';
    const settings = found?.client.settings;
    if (!found || !settings || !(settings.callbackURLs ?? []).includes(redirectUri)) return { refusal: errorPage('redirect_mismatch', clientId) };
    const state = query.get('state') ?? undefined;
    const refuse = (error: string) => ({ refusal: back(redirectUri, { error, state }) });
    if (query.get('response_type') !== 'code') return refuse('unsupported_response_type');
    if (!settings.allowedOAuthFlowsUserPoolClient || !(settings.allowedOAuthFlows ?? []).includes('code')) return refuse('unauthorized_client');
    const method = query.get('code_challenge_method');
    if (query.has('code_challenge') && method !== 'S256') return refuse('invalid_request');
    const allowed = settings.allowedOAuthScopes ?? [];
    // Without `scope`, every scope the client allows (authorize endpoint, request parameters, `scope`).
    const scopes = query.get('scope')?.trim() ? (query.get('scope') ?? '').trim().split(/\s+/) : [...allowed];
    if (scopes.some((scope) => !allowed.includes(scope))) return refuse('invalid_scope');
    return { ...found, redirectUri, scopes };
  }

  private seconds(): number {
    return Math.floor(this.now() / 1000);
  }
}
