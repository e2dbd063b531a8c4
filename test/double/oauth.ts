// A pool's OAuth 2.0 endpoints, as AWS's developer guide documents them ("User pool endpoints and managed
// login reference"), served at the double's own origin with AWS's paths: the `client_id` says which pool (on
// AWS the domain does). Served:
// - `POST /oauth2/token` ("The token issuer endpoint"), here for `grant_type=client_credentials`:
//   - "Content-Type: Must always be 'application/x-www-form-urlencoded'"; anything else is invalid_request.
//   - The client authenticates with `Authorization: Basic base64(client_id:client_secret)`, or with
//     `client_id` and `client_secret` in the body ("client_secret_post", which the guide lists beside Basic);
//     both at once is invalid_request (RFC 6749 §5.2: "utilizes more than one mechanism for authenticating").
//   - invalid_client: "Client authentication failed. For example, when the client includes client_id and
//     client_secret in the authorization header, but there's no such client with that client_id and
//     client_secret." A client without a secret cannot use this grant (the developer guide's page on
//     scopes, M2M and resource servers: the client-credentials grant needs an app client with a secret; AWS's
//     re:Post answer on invalid_scope with client credentials says the same), so it fails authentication too.
//   - unauthorized_client: "Client is not allowed for code grant flow or for refreshing tokens", and likewise
//     for client credentials: AllowedOAuthFlows without client_credentials, or AllowedOAuthFlowsUserPoolClient off.
//   - invalid_scope: a requested scope the client is not allowed (AllowedOAuthScopes), or not a custom scope
//     of one of the pool's resource servers (the developer guide: machine-to-machine tokens carry custom scopes
//     of resource servers only, not openid, email, phone or profile); RFC 6749 §5.2 names the error.
//   - `scope` is optional: without it the token carries every custom scope the app client is allowed (token
//     endpoint, request parameters, `scope`, paraphrased).
//   - unsupported_grant_type: a grant_type other than authorization_code, refresh_token or client_credentials.
//   - Every refusal is HTTP 400 with `{"error": "<code>"}` (the guide's "Example negative response").
//   - The answer: `{"access_token", "expires_in", "token_type": "Bearer"}`, no ID and no refresh token
//     (tokens.ts, machineToken).
// - `GET /<poolId>/.well-known/openid-configuration` (OpenID Connect Discovery 1.0, which Cognito serves beside
//   each pool's issuer): issuer, the endpoints (here: at this origin), jwks_uri and what the pool supports.
// - The user side (`/oauth2/authorize`, `/login`, the authorization_code and refresh_token grants,
//   `/oauth2/userInfo`, `/logout`, `/error`): hostedPages.ts, with its rules. For those two grants a public
//   client (no secret) names itself with `client_id` in the body; a confidential one authenticates as above.
import type { SeededPool } from './data';
import type { DoubleAppClient } from './appClients';
import type { WebAnswer, WebRoute } from './server';
import type { TokenIssuer } from './tokens';
import { HostedPages } from './hostedPages';

const refuse = (error: string, status = 400): WebAnswer => ({ status, body: { error } });

export function oauthRoutes(pools: readonly SeededPool[], tokens: TokenIssuer, now: () => number): WebRoute {
  const pages = new HostedPages((clientId) => findClient(pools, clientId), tokens, now);
  return ({ method, url, headers, body }) => {
    if (url.pathname === '/oauth2/token') {
      if (method !== 'POST') return { status: 405, body: { error: 'invalid_request' }, headers: { Allow: 'POST' } };
      return token(pools, tokens, pages, String(headers['content-type'] ?? ''), headers.authorization, body);
    }
    const query = url.searchParams;
    if (method === 'GET' && url.pathname === '/oauth2/authorize') return pages.authorize(query);
    if (method === 'GET' && url.pathname === '/login') return pages.loginPage(query);
    if (method === 'POST' && url.pathname === '/login') return pages.login(query, new URLSearchParams(body));
    if (method === 'GET' && url.pathname === '/oauth2/userInfo') return pages.userInfo(headers.authorization);
    if (method === 'GET' && url.pathname === '/logout') return pages.logout(query);
    if (method === 'GET' && url.pathname === '/error') return pages.errorPage(query);
    const discovery = /^\/([^/]+)\/\.well-known\/openid-configuration$/.exec(url.pathname);
    if (discovery && method === 'GET') {
      const pool = pools.find((p) => p.id === discovery[1]);
      return pool ? { status: 200, body: openIdConfiguration(pool, `http://${String(headers.host)}`) } : undefined;
    }
    return undefined;
  };
}

function token(pools: readonly SeededPool[], tokens: TokenIssuer, pages: HostedPages, contentType: string, authorization: string | undefined, body: string): WebAnswer {
  if (contentType.split(';')[0].trim().toLowerCase() !== 'application/x-www-form-urlencoded') return refuse('invalid_request');
  const form = new URLSearchParams(body);
  const grant = form.get('grant_type');
  if (!grant) return refuse('invalid_request');
  if (grant !== 'client_credentials' && grant !== 'authorization_code' && grant !== 'refresh_token') return refuse('unsupported_grant_type');

  const basic = /^Basic\s+(\S+)$/i.exec(authorization ?? '');
  if (basic && form.has('client_secret')) return refuse('invalid_request');
  let clientId: string | null;
  let secret: string | null;
  if (basic) {
    const decoded = Buffer.from(basic[1], 'base64').toString('utf8');
    const colon = decoded.indexOf(':');
    if (colon < 0) return refuse('invalid_client');
    [clientId, secret] = [decoded.slice(0, colon), decoded.slice(colon + 1)];
    // A client_id in the body as well must name the same client.
    if (form.has('client_id') && form.get('client_id') !== clientId) return refuse('invalid_request');
  } else {
    [clientId, secret] = [form.get('client_id'), form.get('client_secret')];
  }
  const found = clientId ? findClient(pools, clientId) : undefined;
  if (grant !== 'client_credentials') {
    // A public client sends no secret; a confidential one must send its own.
    if (!found) return refuse('invalid_client');
    if (found.client.clientSecret ? secret !== found.client.clientSecret : Boolean(secret)) return refuse('invalid_client');
    return grant === 'authorization_code' ? pages.redeemCode(found, form) : pages.refresh(found, form);
  }
  if (!found || !found.client.clientSecret || secret !== found.client.clientSecret) return refuse('invalid_client');
  const { pool, client } = found;

  const settings = client.settings;
  if (!settings.allowedOAuthFlowsUserPoolClient || !(settings.allowedOAuthFlows ?? []).includes('client_credentials')) return refuse('unauthorized_client');
  const allowed = (settings.allowedOAuthScopes ?? []).filter((scope) => isCustomScope(pool, scope));
  const requested = form.get('scope');
  const scopes = requested === null || requested.trim() === '' ? allowed : requested.trim().split(/\s+/);
  if (scopes.length === 0 || scopes.some((scope) => !allowed.includes(scope))) return refuse('invalid_scope');
  return { status: 200, body: tokens.machineToken(pool, client, [...new Set(scopes)]), headers: { 'Cache-Control': 'no-store' } };
}

function findClient(pools: readonly SeededPool[], clientId: string): { pool: SeededPool; client: DoubleAppClient } | undefined {
  for (const pool of pools) {
    const client = pool.findAppClient(clientId);
    if (client) return { pool, client };
  }
  return undefined;
}

/** `<identifier>/<scope>` of one of the pool's resource servers. */
function isCustomScope(pool: SeededPool, scope: string): boolean {
  const slash = scope.lastIndexOf('/');
  if (slash < 0) return false;
  const server = pool.resourceServers.get(scope.slice(0, slash));
  return server?.scopes.some((s) => s.ScopeName === scope.slice(slash + 1)) ?? false;
}

/** The discovery document, with the members Cognito's has; `iss` as the double's tokens name it. */
function openIdConfiguration(pool: SeededPool, origin: string) {
  const region = pool.id.slice(0, pool.id.indexOf('_'));
  return {
    authorization_endpoint: `${origin}/oauth2/authorize`,
    end_session_endpoint: `${origin}/logout`,
    id_token_signing_alg_values_supported: ['RS256'],
    issuer: `https://cognito-idp.${region}.amazonaws.com/${pool.id}`,
    jwks_uri: `${origin}/${pool.id}/.well-known/jwks.json`,
    response_types_supported: ['code', 'token'],
    revocation_endpoint: `${origin}/oauth2/revoke`,
    scopes_supported: ['openid', 'email', 'phone', 'profile'],
    subject_types_supported: ['public'],
    token_endpoint: `${origin}/oauth2/token`,
    token_endpoint_auth_methods_supported: ['client_secret_basic', 'client_secret_post'],
    userinfo_endpoint: `${origin}/oauth2/userInfo`,
  };
}
