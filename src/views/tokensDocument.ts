import { claimDate, decodeJwt, JwtFormatError } from '../auth/jwt';
import type { SignInSession, SignInSessions } from '../auth/signInSessions';
import { sessionIdOf } from './tokensUri';
import { withoutUserinfoInText } from './withoutUserinfo';

// The Tokens view's text for one sign-in: Markdown, so it is searchable, copyable and follows the
// theme. For the ID and the access token: whether the signature verifies, when it expires, the
// groups, the decoded header and claims. The raw tokens are not in it (the copy actions give them),
// and the refresh token is never shown at all.

export type Verification = { verified: true; detail: string } | { verified: false; detail: string };

export interface TokenChecks {
  id?: Verification;
  access?: Verification;
}

const DATE_CLAIMS = ['exp', 'iat', 'auth_time'];

/** The text of a Tokens document, from its URI: the sign-in it names in this window, or that it is gone. */
export async function renderTokensDocument(
  uri: unknown,
  sessions: SignInSessions,
  verify: (session: SignInSession) => Promise<TokenChecks>,
  now: Date,
  connectionLabel: (connectionId: string) => string,
): Promise<string> {
  const id = sessionIdOf(uri);
  const session = id ? sessions.get(id) : undefined;
  if (!session) return renderSignedOut();
  let checks: TokenChecks = {};
  try {
    checks = await verify(session);
  } catch {
    // Shown as "not checked"; the tokens themselves are still there to read.
  }
  return renderTokens(session, checks, now, connectionLabel(session.connectionId));
}

export function renderTokens(session: SignInSession, checks: TokenChecks, now: Date, connectionLabel: string): string {
  const lines = [
    `# Signed in as ${session.username}`,
    '',
    `- User pool: ${session.poolName} (\`${session.client.userPoolId}\`), connection ${connectionLabel}`,
    `- App client: ${session.clientName} (\`${session.client.clientId}\`)${session.client.hasSecret ? ', with a client secret' : ''}`,
    `- Tokens issued: ${session.issuedAt.toLocaleString()}`,
    `- Refresh token: ${session.tokens.refreshToken ? 'held in memory; **Copy Refresh Token** copies it, it is never shown' : 'none'}`,
    '',
    'The buttons in this editor’s title bar copy the tokens, an `Authorization` header or a curl command, refresh the tokens and sign out. The tokens live in this window’s memory only.',
    '',
  ];
  lines.push(...tokenSection('ID token', session.tokens.idToken, checks.id, now, session.issuedAt));
  lines.push(...tokenSection('Access token', session.tokens.accessToken, checks.access, now, session.issuedAt));
  return lines.join('\n');
}

/** A tab whose sign-in this window does not hold: signed out, or restored from before a reload. */
export function renderSignedOut(): string {
  return [
    '# This sign-in is gone',
    '',
    'Its tokens were forgotten: it was signed out, or this tab is from before this window reloaded (tokens live in one window’s memory only). Run **Cognito: Sign In as User…** to sign in again.',
    '',
  ].join('\n');
}

/** Skew above this is shown and allowed for; below it, network time and iat's whole seconds explain it. */
const SKEW_SHOWN_MS = 60_000;

/**
 * How far the issuer's clock is ahead of this computer's: the token's iat against the local time it
 * arrived. Only a lead is certain (a token's iat can be older than its arrival for other reasons).
 */
function issuerLeadMs(iat: Date | undefined, arrived: Date): number {
  const lead = iat ? iat.getTime() - arrived.getTime() : 0;
  return lead > SKEW_SHOWN_MS ? lead : 0;
}

function tokenSection(title: string, token: string | undefined, check: Verification | undefined, now: Date, arrived: Date): string[] {
  const lines = [`## ${title}`, ''];
  if (!token) return [...lines, 'Cognito returned none.', ''];
  let decoded;
  try {
    decoded = decodeJwt(token, `The ${title.toLowerCase()}`);
  } catch (error) {
    return [...lines, error instanceof JwtFormatError ? error.message : `The ${title.toLowerCase()} could not be decoded.`, ''];
  }
  const { header, claims } = decoded;
  // A check's detail may name the JWKS address of an endpoint that carries a user:password.
  const detail = check && withoutUserinfoInText(check.detail);
  lines.push(`- Signature: ${check ? (check.verified ? `✓ verified — ${detail}` : `✗ not verified — ${detail}`) : 'not checked'}`);
  // exp is on the issuer's clock: "expires in" counts from the issuer's now when this computer lags behind.
  const lead = issuerLeadMs(claimDate(claims, 'iat'), arrived);
  lines.push(`- Expires: ${expiry(claimDate(claims, 'exp'), new Date(now.getTime() + lead))}`);
  if (lead > 0) lines.push(`- This computer’s clock is ${Math.round(lead / 60_000)} min behind the token issuer; expiry shown by the issuer’s clock`);
  const groups = claims['cognito:groups'];
  lines.push(`- Groups (\`cognito:groups\`): ${Array.isArray(groups) && groups.length > 0 ? groups.map(String).join(', ') : 'none'}`);
  for (const name of DATE_CLAIMS) {
    const date = claimDate(claims, name);
    if (date) lines.push(`- \`${name}\`: ${date.toLocaleString()}`);
  }
  lines.push('', '### Header', '', '```json', JSON.stringify(header, null, 2), '```', '', '### Claims', '', '```json', JSON.stringify(claims, null, 2), '```', '');
  return lines;
}

function expiry(exp: Date | undefined, now: Date): string {
  if (!exp) return 'no exp claim';
  const minutes = Math.round((exp.getTime() - now.getTime()) / 60_000);
  const when = exp.toLocaleString();
  if (minutes > 0) return `${when} (expires in ${minutes} min${minutes >= 120 ? `, ${Math.round(minutes / 60)} h` : ''})`;
  if (minutes === 0) return `${when} (expires now)`;
  return `${when} (**expired** ${-minutes} min ago; Refresh Tokens gets new ones)`;
}
