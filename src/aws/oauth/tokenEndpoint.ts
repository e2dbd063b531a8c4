import { CognitoError } from '../../shared/errors';
import type { Tokens } from '../../shared/types';

// The pool's OAuth 2.0 endpoints that the extension calls itself (AWS's developer guide, "The token issuer
// endpoint" and "The userInfo endpoint"): `POST <base>/oauth2/token` with a form body, for the
// client-credentials grant (machine to machine) and for the authorization code that managed login sent back
// (with its PKCE verifier), and `GET <base>/oauth2/userInfo` with the access token. A confidential client
// authenticates with HTTP Basic, base64 of `client_id:client_secret`; a public one names client_id in the body.
// It is plain HTTPS, not an AWS API, so Node's fetch makes the calls; it lives in the aws bundle beside the
// calls that read the secret, so activation never loads it. The secret goes into the Authorization header of
// one request and nowhere else: no message below is built from it, nor from a code, a verifier or a token.
// Each refusal the guide lists (`{"error": …}`, HTTP 400) becomes one sentence saying what to do.

export interface ClientCredentials {
  baseUrl: string;
  clientId: string;
  /** Read for this call by the caller; never logged or kept. */
  secret: string;
  scopes: string[];
}

export interface CodeExchange {
  baseUrl: string;
  clientId: string;
  /** A confidential client's secret, read for this call; undefined for a public client. */
  secret?: string;
  code: string;
  /** Exactly the redirect_uri the authorize request named. */
  redirectUri: string;
  verifier: string;
}

export type Fetch = (url: string, init: { method: string; headers: Record<string, string>; body?: string }) => Promise<Response>;

type Grant = 'client_credentials' | 'authorization_code';

export async function clientCredentialsToken(request: ClientCredentials, send: Fetch = fetch): Promise<Tokens> {
  const form = { grant_type: 'client_credentials', scope: request.scopes.join(' ') };
  return postForTokens(request.baseUrl, form, { clientId: request.clientId, secret: request.secret }, 'client_credentials', request.scopes, send);
}

/** The authorization code grant: the code, the redirect URI it was sent to, and the PKCE verifier (RFC 7636 §4.5). */
export async function authorizationCodeTokens(request: CodeExchange, send: Fetch = fetch): Promise<Tokens> {
  const form = { grant_type: 'authorization_code', code: request.code, redirect_uri: request.redirectUri, code_verifier: request.verifier };
  return postForTokens(request.baseUrl, form, { clientId: request.clientId, secret: request.secret }, 'authorization_code', [], send);
}

/** The user's attributes as the userInfo endpoint answers them for an access token (with the openid scope). */
export async function userInfo(baseUrl: string, accessToken: string, send: Fetch = fetch): Promise<Record<string, unknown>> {
  const url = `${trimmed(baseUrl)}/oauth2/userInfo`;
  const response = await reach(url, () => send(url, { method: 'GET', headers: { Authorization: `Bearer ${accessToken}` } }));
  const answer = (await response.json().catch(() => undefined)) as Record<string, unknown> | undefined;
  if (response.ok && answer && typeof answer === 'object') return answer;
  const error = typeof answer?.error === 'string' ? answer.error : undefined;
  throw new CognitoError(
    error === 'invalid_token'
      ? 'The userInfo endpoint refused the access token (invalid_token): it expired or was revoked; sign in again.'
      : `The userInfo endpoint ${url} answered HTTP ${response.status}${error ? ` (${error})` : ''}; the access token may lack the openid scope.`,
    'signInRefused',
    error,
  );
}

async function postForTokens(baseUrl: string, form: Record<string, string>, client: { clientId: string; secret?: string }, grant: Grant, scopes: string[], send: Fetch): Promise<Tokens> {
  const url = `${trimmed(baseUrl)}/oauth2/token`;
  const headers: Record<string, string> = { 'Content-Type': 'application/x-www-form-urlencoded' };
  const body = new URLSearchParams(form);
  if (client.secret !== undefined) headers.Authorization = `Basic ${Buffer.from(`${client.clientId}:${client.secret}`).toString('base64')}`;
  else body.set('client_id', client.clientId);
  const response = await reach(url, () => send(url, { method: 'POST', headers, body: body.toString() }));
  const answer = (await response.json().catch(() => undefined)) as Record<string, unknown> | undefined;
  if (response.ok && typeof answer?.access_token === 'string') {
    return {
      accessToken: answer.access_token,
      ...(typeof answer.id_token === 'string' && { idToken: answer.id_token }),
      ...(typeof answer.refresh_token === 'string' && { refreshToken: answer.refresh_token }),
      ...(typeof answer.expires_in === 'number' && { expiresIn: answer.expires_in }),
    };
  }
  const error = typeof answer?.error === 'string' ? answer.error : undefined;
  throw new CognitoError(refusalSentence(error, grant, scopes, url, response.status), 'signInRefused', error);
}

async function reach(url: string, call: () => Promise<Response>): Promise<Response> {
  try {
    return await call();
  } catch (error) {
    const cause = (error as { cause?: { code?: string } }).cause?.code ?? (error instanceof Error ? error.name : 'no answer');
    throw new CognitoError(`The endpoint ${url} could not be reached (${cause}); check the pool's domain and your network.`, 'unreachable');
  }
}

const trimmed = (baseUrl: string) => baseUrl.replace(/\/+$/, '');

/** One sentence per refusal of the token endpoint (the guide's error codes, and RFC 6749 §5.2's invalid_scope). */
export function refusalSentence(error: string | undefined, grant: Grant, scopes: string[], url: string, status: number): string {
  const grantName = grant === 'client_credentials' ? 'client credentials grant' : 'authorization code grant';
  switch (error) {
    case 'invalid_client':
      return grant === 'client_credentials'
        ? 'The token endpoint refused the app client: its secret is wrong or the client is not confidential (it has no secret).'
        : 'The token endpoint refused the app client: its secret is wrong, or it is missing for a confidential client.';
    case 'unauthorized_client':
      return `This app client may not use the ${grantName}; allow ${grant === 'client_credentials' ? 'Client credentials' : 'Authorization code grant'} in Edit OAuth Settings….`;
    case 'invalid_grant':
      return 'The token endpoint refused the authorization code (invalid_grant): it was used already, expired, or does not match the verifier or the redirect URL; sign in again.';
    case 'invalid_scope':
      return `The token endpoint refused the scope${scopes.length === 1 ? '' : 's'} ${scopes.join(', ')}: each must be a custom scope of a resource server that the app client allows (Edit OAuth Settings…).`;
    case 'invalid_request':
    case 'unsupported_grant_type':
      return `The token endpoint refused the request (${error}); it may not support the ${grantName}.`;
    default:
      return `The token endpoint ${url} answered HTTP ${status}${error ? ` (${error})` : ''} instead of a token; check that the pool's domain serves it.`;
  }
}
