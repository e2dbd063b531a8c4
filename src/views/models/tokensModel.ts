import { decodeJwt } from '../../auth/jwt';
import type { SignInSession } from '../../auth/signInSessions';
import type { Field, ViewModel } from '../../shared/views/viewModel';
import { action, dateField, idField, textField } from './fields';
import { signedInWith } from './signInFactors';
import { issuerLeadMs, tokenModel, type Verification } from './tokenModel';

// The Tokens view's model for one sign-in: who, where, since when, and the ID and access tokens decoded.
// The refresh token is never in it, not even in parts: only whether one is held. `now` is not read
// here (the view counts down from each token's expiresAt); it is taken so that every model is a function
// of the same inputs as the text made from it.

export type { Verification } from './tokenModel';

export interface TokenChecks {
  id?: Verification;
  access?: Verification;
}

export function tokensModel(session: SignInSession, checks: TokenChecks, _now: Date, connectionLabel: string): ViewModel {
  const { tokens, client } = session;
  const held = tokens.refreshToken !== undefined && tokens.refreshToken !== '';
  // A machine token (client credentials) has no refresh token; Refresh Tokens asks for a new one instead.
  const renewable = held || session.machine !== undefined;
  const signedIn = signedInWith(session.factors);
  const lead = Math.max(issuerLeadMs(tokens.idToken, session.issuedAt), issuerLeadMs(tokens.accessToken, session.issuedAt));
  const fields: Field[] = [
    textField('poolName', 'User pool', session.poolName),
    idField('poolId', 'Pool Id', client.userPoolId),
    textField('clientName', 'App client', session.clientName),
    idField('clientId', 'App Client Id', client.clientId),
    textField('clientSecret', 'Client secret', client.hasSecret ? 'yes (not shown here)' : 'no (a public client)'),
    textField('connection', 'Connection', connectionLabel),
    dateField('issued', 'Tokens issued', session.issuedAt),
    ...(signedIn ? [textField('factors', 'Signed in with', signedIn)] : []),
    ...(session.machine ? [textField('scopes', 'Scopes asked for', session.machine.scopes.join(' '))] : []),
    textField('refreshToken', 'Refresh token', held ? 'held in memory; Copy Refresh Token copies it, it is never shown' : session.machine ? 'none (client credentials); Refresh Tokens asks for a new token' : 'none'),
    textField('groups', 'Groups (cognito:groups)', groupsOf(tokens.idToken, tokens.accessToken)),
  ];
  if (lead > 0) fields.push(textField('clock', 'Clock', `This computer’s clock is ${Math.round(lead / 60_000)} min behind the token issuer; expiry counted by the issuer’s clock`));
  return {
    title: session.machine ? `Machine-to-machine token of ${session.clientName}` : `Signed in as ${session.username}`,
    lead: 'The buttons copy the tokens, an Authorization header or a curl command, refresh the tokens and sign out. The tokens live in this window’s memory only.',
    actions: [
      ...(tokens.idToken ? [action('cognito.copyIdToken', 'Copy ID Token', 'person')] : []),
      action('cognito.copyAccessToken', 'Copy Access Token', 'key'),
      ...(held ? [action('cognito.copyRefreshToken', 'Copy Refresh Token', 'copy')] : []),
      action('cognito.copyAuthorizationHeader', 'Copy Authorization Header…', 'copy'),
      action('cognito.copyAsCurl', 'Copy as curl…', 'terminal'),
      ...(renewable ? [action('cognito.refreshTokens', 'Refresh Tokens', 'refresh')] : []),
      action('cognito.signOutUser', 'Sign Out', 'sign-out'),
    ],
    sections: [{ title: 'Sign-in', fields }, ...(session.userInfo ? [{ title: 'userInfo endpoint', fields: userInfoFields(session.userInfo) }] : [])],
    tokens: [
      tokenModel('id', 'ID token', tokens.idToken, checks.id, session.issuedAt),
      tokenModel('access', 'Access token', tokens.accessToken, checks.access, session.issuedAt),
    ],
  };
}

/** A Tokens view whose sign-in this window does not hold: signed out, or restored from before a reload. */
export function signedOutModel(): ViewModel {
  return {
    title: 'This sign-in is gone',
    lead: 'Its tokens were forgotten: it was signed out, or this tab is from before this window reloaded (tokens live in one window’s memory only). Run Cognito: Sign In as User… to sign in again.',
    actions: [],
    sections: [],
  };
}

/** The groups the first readable token names (both name the same), "none" for none. */
function groupsOf(...tokens: (string | undefined)[]): string {
  for (const token of tokens) {
    let groups: unknown;
    try {
      if (!token) continue;
      groups = decodeJwt(token).claims['cognito:groups'];
    } catch {
      continue;
    }
    return Array.isArray(groups) && groups.length > 0 ? groups.map(String).join(', ') : 'none';
  }
  return 'none';
}

/** The userInfo endpoint's answer, one field per attribute (a boolean or number as text, an object as JSON). */
function userInfoFields(answer: Record<string, unknown>): Field[] {
  return Object.entries(answer).map(([name, value]) => textField(`userInfo:${name}`, name, typeof value === 'string' ? value : JSON.stringify(value), { copy: true }));
}
