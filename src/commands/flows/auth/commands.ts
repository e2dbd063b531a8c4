import type { SignInSession } from '../../../auth/signInSessions';
import { TOKENS_VIEW_TYPE } from '../../../shared/views/viewMessages';
import { sessionIdOf, TOKENS_SCHEME } from '../../../views/tokensUri';
import { USER_ROWS, type CommandContext, type CommandDeclaration } from '../../declaration';
import { signInTargetOf } from '../../treeTargets';
import type { FlowDeps } from '../deps';
import { signInAsUser } from './signInAsUser';
import { chooseSignIn, copyAsCurl, copyAuthorizationHeader, copyToken, refreshTokens, signOut } from './tokenActions';

// Signing in as a user, and the Tokens view's actions on a sign-in (its title bar's buttons and "…" menu).

/** A Tokens action acts on the view its button belongs to, the active Tokens view, or asks. */
const withSignIn =
  (title: string, action: (deps: FlowDeps, session: SignInSession) => Promise<void>) =>
  async ({ deps, activeSubject }: CommandContext, uri: unknown) => {
    const d = deps();
    return action(d, await chooseSignIn(d, title, sessionIdOf(uri) ?? sessionIdOf(activeSubject())));
  };

/** A place in the Tokens view's title bar: its rendered panel's, and its text document's. */
const tokensTitle = (group: string, order: number) => [
  { webview: TOKENS_VIEW_TYPE, group, order },
  { scheme: TOKENS_SCHEME, group, order },
];

export const AUTH_COMMANDS: readonly CommandDeclaration[] = [
  {
    id: 'cognito.signInAsUser',
    title: 'Sign In as User…',
    icon: 'sign-in',
    rows: [
      { on: USER_ROWS, group: '4_auth', order: 1 },
      { on: 'appClient', group: '4_auth', order: 1 },
    ],
    run: (context, node) => signInAsUser(context.deps(), signInTargetOf(context, node)),
  },
  {
    id: 'cognito.copyIdToken',
    title: 'Copy ID Token',
    icon: 'person',
    editorTitle: tokensTitle('navigation', 1),
    run: withSignIn('Copy ID Token', (d, s) => copyToken(d, s, 'id')),
  },
  {
    id: 'cognito.copyAccessToken',
    title: 'Copy Access Token',
    icon: 'key',
    editorTitle: tokensTitle('navigation', 2),
    run: withSignIn('Copy Access Token', (d, s) => copyToken(d, s, 'access')),
  },
  {
    id: 'cognito.copyRefreshToken',
    title: 'Copy Refresh Token',
    editorTitle: tokensTitle('1_copy', 3),
    run: withSignIn('Copy Refresh Token', (d, s) => copyToken(d, s, 'refresh')),
  },
  {
    id: 'cognito.copyAuthorizationHeader',
    title: 'Copy Authorization Header…',
    editorTitle: tokensTitle('1_copy', 4),
    run: withSignIn('Copy Authorization Header', copyAuthorizationHeader),
  },
  {
    id: 'cognito.copyAsCurl',
    title: 'Copy as curl…',
    editorTitle: tokensTitle('1_copy', 5),
    run: withSignIn('Copy as curl', copyAsCurl),
  },
  {
    id: 'cognito.refreshTokens',
    title: 'Refresh Tokens',
    icon: 'refresh',
    editorTitle: tokensTitle('navigation', 3),
    run: withSignIn('Refresh Tokens', refreshTokens),
  },
  {
    id: 'cognito.signOutUser',
    title: 'Sign Out',
    icon: 'sign-out',
    editorTitle: tokensTitle('navigation', 4),
    run: withSignIn('Sign Out', signOut),
  },
];
