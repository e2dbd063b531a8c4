// Addresses derived from a pool id and its connection: the issuer its tokens name, the JWKS that signs
// them, and the AWS Console pages. The region is the pool id's prefix ("eu-west-1_AbC123"); the
// partition decides the domain (China and GovCloud have their own). An emulator endpoint's user:password
// is never part of them: they are shown, copied and fetched (Node's fetch refuses a URL with credentials).

import { displayEndpoint } from './endpoint';

export function regionOf(userPoolId: string): string {
  return userPoolId.split('_')[0];
}

function partitionDomain(region: string): string {
  return region.startsWith('cn-') ? 'amazonaws.com.cn' : 'amazonaws.com';
}

/** The `iss` claim of the pool's tokens: AWS's, or an emulator's own address (as cognito-local names it). */
export function issuerUrl(userPoolId: string, endpoint?: string): string {
  if (endpoint) return `${displayEndpoint(endpoint).replace(/\/+$/, '')}/${userPoolId}`;
  const region = regionOf(userPoolId);
  return `https://cognito-idp.${region}.${partitionDomain(region)}/${userPoolId}`;
}

/** The user pool as an identity pool names it (CognitoIdentityProvider's ProviderName, and the key of the ID
 *  token in GetId's Logins): `cognito-idp.<region>.amazonaws.com/<poolId>`. */
export function identityProviderName(userPoolId: string, region = regionOf(userPoolId)): string {
  return `cognito-idp.${region}.${partitionDomain(region)}/${userPoolId}`;
}

/** The pool's signing keys: AWS's, or an emulator's own at the same path. */
export function jwksUrl(userPoolId: string, endpoint?: string): string {
  return `${issuerUrl(userPoolId, endpoint)}/.well-known/jwks.json`;
}

/** The pool's OpenID Connect discovery document, beside its issuer as OIDC Discovery 1.0 places it. */
export function openIdConfigurationUrl(userPoolId: string, endpoint?: string): string {
  return `${issuerUrl(userPoolId, endpoint)}/.well-known/openid-configuration`;
}

/** Where a connection says managed login is: its `managedLoginUrl`, else an emulator's endpoint. */
export interface LoginLocation {
  endpoint?: string;
  managedLoginUrl?: string;
}

/** Where a prefix domain serves managed login: `https://<prefix>.auth.<region>.amazoncognito.com` (AWS's
 *  developer guide, "Using the Amazon Cognito prefix domain"), or an emulator's own origin, as its issuer
 *  and JWKS are its own address; a connection's managedLoginUrl (a custom domain) over either. */
export function managedLoginBaseUrl(userPoolId: string, domain: string, { endpoint, managedLoginUrl }: LoginLocation = {}): string {
  if (managedLoginUrl) return displayEndpoint(managedLoginUrl).replace(/\/+$/, '');
  if (endpoint) {
    try {
      return new URL(displayEndpoint(endpoint)).origin;
    } catch {
      return displayEndpoint(endpoint).replace(/\/+$/, '');
    }
  }
  return `https://${domain}.auth.${regionOf(userPoolId)}.amazoncognito.com`;
}

/** The managed login sign-in page for an app client, ready to open: the /login endpoint with the
 *  authorization code grant and the client's callback URL (AWS's developer guide, "Login endpoint"). */
export function managedLoginUrl(baseUrl: string, clientId: string, redirectUri: string): string {
  const query = new URLSearchParams({ client_id: clientId, response_type: 'code', redirect_uri: redirectUri });
  return `${baseUrl}/login?${query.toString()}`;
}

/** The authorize endpoint for the authorization code grant with PKCE (AWS's developer guide, "The redirect and
 *  authorization endpoint"): the S256 challenge and the state, never the verifier; `login_hint` fills the
 *  sign-in page's username. */
export function authorizeUrl(baseUrl: string, request: { clientId: string; redirectUri: string; state: string; challenge: string; scopes: string[]; loginHint?: string }): string {
  const query = new URLSearchParams({
    response_type: 'code',
    client_id: request.clientId,
    redirect_uri: request.redirectUri,
    state: request.state,
    code_challenge: request.challenge,
    code_challenge_method: 'S256',
    ...(request.scopes.length > 0 && { scope: request.scopes.join(' ') }),
    ...(request.loginHint && { login_hint: request.loginHint }),
  });
  return `${baseUrl}/oauth2/authorize?${query.toString()}`;
}

/** The logout endpoint: ends the managed login session in the browser, then goes to one of the client's
 *  sign-out URLs (AWS's developer guide, "The logout endpoint"). */
export function logoutUrl(baseUrl: string, clientId: string, logoutUri: string): string {
  return `${baseUrl}/logout?${new URLSearchParams({ client_id: clientId, logout_uri: logoutUri }).toString()}`;
}

export type ConsoleTarget = { kind: 'pool' } | { kind: 'appClient'; clientId: string } | { kind: 'user'; username: string };

/** The AWS Console page of a pool, an app client or a user, in the pool's region. */
export function consoleUrl(userPoolId: string, target: ConsoleTarget): string {
  const region = regionOf(userPoolId);
  const host = region.startsWith('cn-') ? `${region}.console.amazonaws.cn` : region.startsWith('us-gov-') ? `${region}.console.amazonaws-us-gov.com` : `${region}.console.aws.amazon.com`;
  const base = `https://${host}/cognito/v2/idp/user-pools/${encodeURIComponent(userPoolId)}`;
  const page =
    target.kind === 'pool'
      ? 'overview'
      : target.kind === 'appClient'
        ? `applications/app-clients/${encodeURIComponent(target.clientId)}`
        : `user-management/users/details/${encodeURIComponent(target.username)}`;
  return `${base}/${page}?region=${region}`;
}
