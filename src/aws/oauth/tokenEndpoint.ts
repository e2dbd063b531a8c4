import { CognitoError } from '../../shared/errors';
import type { Tokens } from '../../shared/types';

// The pool's OAuth 2.0 token endpoint, `POST <base>/oauth2/token` (AWS's developer guide, "The token issuer
// endpoint"), for the client-credentials grant: a form body (`grant_type=client_credentials`, `scope` as
// space-separated custom scopes) and the client authenticated with HTTP Basic, base64 of
// `client_id:client_secret`. It is plain HTTPS, not an AWS API, so Node's fetch makes the call; it lives in the
// aws bundle beside the calls that read the secret, so activation never loads it. The secret goes into the
// Authorization header of this one request and nowhere else: no message below is built from it, nor from the
// answer's token. Each refusal the guide lists (`{"error": …}`, HTTP 400) becomes one sentence saying what to do.

export interface ClientCredentials {
  baseUrl: string;
  clientId: string;
  /** Read for this call by the caller; never logged or kept. */
  secret: string;
  scopes: string[];
}

export type Fetch = (url: string, init: { method: string; headers: Record<string, string>; body: string }) => Promise<Response>;

export async function clientCredentialsToken(request: ClientCredentials, send: Fetch = fetch): Promise<Tokens> {
  const url = `${request.baseUrl.replace(/\/+$/, '')}/oauth2/token`;
  const body = new URLSearchParams({ grant_type: 'client_credentials', scope: request.scopes.join(' ') });
  let response: Response;
  try {
    response = await send(url, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/x-www-form-urlencoded',
        Authorization: `Basic ${Buffer.from(`${request.clientId}:${request.secret}`).toString('base64')}`,
      },
      body: body.toString(),
    });
  } catch (error) {
    const cause = (error as { cause?: { code?: string } }).cause?.code ?? (error instanceof Error ? error.name : 'no answer');
    throw new CognitoError(`The token endpoint ${url} could not be reached (${cause}); check the pool's domain and your network.`, 'unreachable');
  }
  const answer = await response.json().catch(() => undefined) as Record<string, unknown> | undefined;
  if (response.ok && typeof answer?.access_token === 'string') {
    return { accessToken: answer.access_token, expiresIn: typeof answer.expires_in === 'number' ? answer.expires_in : undefined };
  }
  const error = typeof answer?.error === 'string' ? answer.error : undefined;
  throw new CognitoError(refusalSentence(error, request.scopes, url, response.status), 'signInRefused', error);
}

/** One sentence per refusal of the token endpoint (the guide's error codes, and RFC 6749 §5.2's invalid_scope). */
export function refusalSentence(error: string | undefined, scopes: string[], url: string, status: number): string {
  switch (error) {
    case 'invalid_client':
      return 'The token endpoint refused the app client: its secret is wrong or the client is not confidential (it has no secret).';
    case 'unauthorized_client':
      return 'This app client may not use the client credentials grant; allow Client credentials in Edit OAuth Settings….';
    case 'invalid_scope':
      return `The token endpoint refused the scope${scopes.length === 1 ? '' : 's'} ${scopes.join(', ')}: each must be a custom scope of a resource server that the app client allows (Edit OAuth Settings…).`;
    case 'invalid_request':
    case 'unsupported_grant_type':
      return `The token endpoint refused the request (${error}); it may not support the client credentials grant.`;
    default:
      return `The token endpoint ${url} answered HTTP ${status}${error ? ` (${error})` : ''} instead of a token; check that the pool's domain serves it.`;
  }
}
