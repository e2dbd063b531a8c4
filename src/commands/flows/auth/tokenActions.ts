import { textClaim } from '../../../auth/jwt';
import type { SignInSession } from '../../../auth/signInSessions';
import { CognitoError } from '../../../shared/errors';
import { NothingToPick, type PickItem } from '../../../ui/prompter';
import type { FlowDeps } from '../deps';
import { runFlow, type AskStep } from '../steps';
import { renewMachineToken } from './getMachineToken';

// What the Tokens view's buttons do with a sign-in: copy a token (the status bar names which, never
// its text), an Authorization header or a curl command, refresh the tokens (rotating the refresh token
// where the client does), sign out. Sign Out
// revokes the refresh token where the endpoint can, and forgets the tokens in every case; after managed login
// it offers the logout page that ends the browser's session too.

export type TokenKind = 'id' | 'access' | 'refresh';

const NAMES: Record<TokenKind, string> = { id: 'ID token', access: 'access token', refresh: 'refresh token' };

/** The sign-in a command acts on: the one given, the only one, or a pick among them. */
export async function chooseSignIn(deps: FlowDeps, title: string, sessionId?: string): Promise<SignInSession> {
  const given = sessionId ? deps.signIns.get(sessionId) : undefined;
  if (given) return given;
  // A stale tab (signed out, or restored from the window before a reload) never falls back to another sign-in.
  if (sessionId) throw new NothingToPick('This tab’s sign-in is gone (signed out, or from before this window reloaded); run "Cognito: Sign In as User…" to sign in again.');
  const all = deps.signIns.all();
  if (all.length === 0) throw new NothingToPick('Nobody is signed in; run "Cognito: Sign In as User…" first.');
  return runFlow<{ session: SignInSession }, SignInSession>({
    title,
    given: { session: all.length === 1 ? all[0] : undefined },
    steps: [
      {
        fills: 'session',
        skip: (a) => a.session !== undefined,
        ask: (_, step) =>
          deps.prompter.pick(
            all.map((s): PickItem<SignInSession> => ({ label: s.username, description: `${s.poolName} · ${s.clientName}`, value: s })),
            { ...step, placeholder: 'Which sign-in?' },
          ),
      },
    ],
    execute: async ({ session }) => session,
  });
}

export async function copyToken(deps: FlowDeps, session: SignInSession, kind: TokenKind): Promise<void> {
  await deps.clipboard.writeText(tokenOf(session, kind));
  deps.feedback.status(`$(check) Copied the ${NAMES[kind]} of ${session.username}`);
}

/** `Authorization: Bearer <token>`: the ID token for API Gateway's Cognito authorizers, the access token for scopes. */
export async function copyAuthorizationHeader(deps: FlowDeps, session: SignInSession): Promise<void> {
  return runFlow<{ kind: 'id' | 'access' }, void>({
    title: 'Copy Authorization Header',
    given: {},
    steps: [bearerStep(deps)],
    execute: async ({ kind }) => {
      await deps.clipboard.writeText(`Authorization: Bearer ${tokenOf(session, kind)}`);
      deps.feedback.status(`$(check) Copied an Authorization header with the ${NAMES[kind]} of ${session.username}`);
    },
  });
}

export async function copyAsCurl(deps: FlowDeps, session: SignInSession): Promise<void> {
  return runFlow<{ kind: 'id' | 'access' }, void>({
    title: 'Copy as curl',
    given: {},
    steps: [bearerStep(deps)],
    execute: async ({ kind }) => {
      await deps.clipboard.writeText(`curl -H 'Authorization: Bearer ${tokenOf(session, kind)}' 'https://api.example.com/path'`);
      deps.feedback.status(`$(check) Copied a curl command with the ${NAMES[kind]} of ${session.username}; replace the example URL`);
    },
  });
}

export async function refreshTokens(deps: FlowDeps, session: SignInSession): Promise<void> {
  // A machine token has no refresh token: a new one is asked for with the same scopes (getMachineToken.ts).
  if (session.machine) return renewMachineToken(deps, { ...session, machine: session.machine });
  const refreshToken = session.tokens.refreshToken;
  if (!refreshToken) throw new CognitoError('This sign-in has no refresh token; sign in again.', 'signInRefused');
  // SECRET_HASH for a refresh is computed over Cognito's own username for the user.
  const username = textClaim(session.tokens.idToken, 'cognito:username') ?? session.username;
  const cognito = deps.connections.cognito(session.connectionId);
  const tokens = await deps.feedback.progress(`Refreshing the tokens of ${session.username}…`, () =>
    cognito.auth.refreshTokens({ ...session.client, admin: session.admin, username, refreshToken }),
  );
  // A client with refresh token rotation answers a new refresh token too; the sessions keep it (the
  // old one stops working after the client's grace period).
  deps.signIns.refreshed(session.id, tokens, new Date());
  const rotated = tokens.refreshToken !== undefined && tokens.refreshToken !== refreshToken;
  deps.log.info(`Refreshed the tokens of ${session.username}${rotated ? ', with a new refresh token' : ''}`);
  deps.feedback.status(`$(check) New tokens for ${session.username}${rotated ? ', refresh token included' : ''}`);
}

export async function signOut(deps: FlowDeps, session: SignInSession): Promise<void> {
  const refreshToken = session.tokens.refreshToken;
  let note = '';
  if (refreshToken) {
    try {
      await deps.connections.cognito(session.connectionId).auth.revokeToken({ ...session.client, refreshToken });
      note = ' and revoked its refresh token';
    } catch (error) {
      note = error instanceof CognitoError && error.kind === 'unsupported' ? '; this endpoint cannot revoke tokens' : '; revoking the refresh token failed, it stays valid until it expires';
    }
  }
  deps.signIns.forget(session.id);
  deps.log.info(`Signed out ${session.username}`);
  const done = `Forgot the tokens of ${session.username}${note}`;
  if (!session.managedLogin) return deps.feedback.status(`$(check) ${done}`);
  // Managed login keeps its own session in the browser (a cookie at the pool's domain), which the logout
  // endpoint ends; it then goes to one of the client's sign-out URLs, so it needs one.
  const logoutUrl = session.managedLogin.logoutUrl;
  if (!logoutUrl) return deps.feedback.status(`$(check) ${done}; the browser stays signed in to managed login until the client has a sign-out URL (Edit OAuth Settings…)`);
  // Not awaited: the notification may stay open, and the sign-out is done.
  void deps.feedback.info(`${done}. The browser is still signed in to managed login; end that session too?`, OPEN_LOGOUT).then((choice) => (choice === OPEN_LOGOUT ? deps.links.open(logoutUrl) : undefined));
}

const OPEN_LOGOUT = 'Open Sign-out Page';

function tokenOf(session: SignInSession, kind: TokenKind): string {
  const token = kind === 'id' ? session.tokens.idToken : kind === 'access' ? session.tokens.accessToken : session.tokens.refreshToken;
  if (!token) throw new NothingToPick(`This sign-in has no ${NAMES[kind]}.`);
  return token;
}

function bearerStep(deps: FlowDeps): AskStep<{ kind: 'id' | 'access' }, 'kind'> {
  return {
    fills: 'kind',
    ask: (_, step) =>
      deps.prompter.pick<'id' | 'access'>(
        [
          { label: 'ID token', detail: 'For API Gateway REST APIs with a Cognito user pool authorizer', value: 'id' },
          { label: 'Access token', detail: 'For APIs that check OAuth scopes (HTTP APIs with a JWT authorizer)', value: 'access' },
        ],
        { ...step, placeholder: 'Which token goes in the header?' },
      ),
  };
}
