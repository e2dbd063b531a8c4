import type { SignInSession } from '../../../auth/signInSessions';
import { TOKENS_VIEW_TYPE } from '../../../shared/views/viewMessages';
import { sessionIdOf, TOKENS_SCHEME } from '../../../views/tokensUri';
import { USER_ROWS, type CommandContext, type CommandDeclaration } from '../../declaration';
import { usersOf } from '../../nodeArguments';
import { signInTargetOf } from '../../treeTargets';
import type { FlowDeps } from '../deps';
import { signInAsUser } from './signInAsUser';
import { getMachineToken } from './getMachineToken';
import { signInWithManagedLogin } from './signInWithManagedLogin';
import { copyTotpCode, forgetAuthenticator } from './rememberedAuthenticator';
import { setUpAuthenticatorApp, setUpAuthenticatorForUser } from './setUpAuthenticatorApp';
import { chooseSignIn, copyAsCurl, copyAuthorizationHeader, copyToken, refreshTokens, signOut } from './tokenActions';

// Signing in as a user (through the API, or managed login in the browser) or getting a machine-to-machine token (client credentials), and the Tokens view's actions on a sign-in (its title bar's buttons and "…" menu);
// a user's authenticator app (TOTP): setting it up, and the one a test user's sign-ins remember.

/** A Tokens action acts on the view its button belongs to, the active Tokens view, or asks. */
const withSignIn =
  (title: string, action: (deps: FlowDeps, session: SignInSession) => Promise<void>) =>
  async ({ deps, activeSubject }: CommandContext, uri: unknown) => {
    const d = deps();
    return action(d, await chooseSignIn(d, title, sessionIdOf(uri) ?? sessionIdOf(activeSubject())));
  };

/** The user of a user or member row, as the remembered authenticators name it. */
const authenticatorOf = (node: unknown) => {
  const ref = usersOf(node)[0];
  if (!ref) throw new Error('This command runs on a user in the Cognito view.');
  return { connectionId: ref.connectionId, userPoolId: ref.userPoolId, username: ref.user.username };
};

/** The rows' token of a user whose authenticator is remembered (src/tree/model.ts, rowTokens). */
const REMEMBERED = 'remembered_totp';

/** A place in the Tokens view's title bar: its rendered panel's, and its text document's. */
export const tokensTitle = (group: string, order: number) => [
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
    id: 'cognito.signInWithManagedLogin',
    title: 'Sign In with Managed Login…',
    icon: 'globe',
    rows: [
      { on: USER_ROWS, group: '4_auth', order: 1 },
      { on: 'appClient', group: '4_auth', order: 2 },
    ],
    // On an app client: no question. On a user: the client, and the sign-in page has the username filled in.
    run: (context, node) => signInWithManagedLogin(context.deps(), signInTargetOf(context, node)),
  },
  {
    id: 'cognito.getMachineToken',
    title: 'Get Machine-to-Machine Token…',
    icon: 'key',
    rows: [{ on: 'appClient', group: '4_auth', order: 3 }],
    // On an app client: its pool and the client are known. From the palette: a pool, then a client.
    run: (context, node) => getMachineToken(context.deps(), signInTargetOf(context, node)),
  },
  {
    id: 'cognito.setUpAuthenticatorApp',
    title: 'Set Up Authenticator App…',
    icon: 'shield',
    rows: [{ on: USER_ROWS, group: '4_auth', order: 2 }],
    editorTitle: tokensTitle('2_mfa', 1),
    // On a user: signs in first. On a Tokens view (its button's URI, or the active one) or from the palette: a sign-in.
    run: async (context, node) => {
      const target = signInTargetOf(context, node);
      if (target?.username !== undefined) return setUpAuthenticatorForUser(context.deps(), target);
      return withSignIn('Set Up Authenticator App', setUpAuthenticatorApp)(context, node);
    },
  },
  {
    id: 'cognito.copyTotpCode',
    title: 'Copy TOTP Code',
    icon: 'copy',
    rows: [{ on: USER_ROWS, having: REMEMBERED, group: '4_auth', order: 4 }],
    palette: false,
    run: ({ deps }, node) => copyTotpCode(deps(), authenticatorOf(node)),
  },
  {
    id: 'cognito.forgetAuthenticator',
    title: 'Forget Authenticator…',
    rows: [{ on: USER_ROWS, having: REMEMBERED, group: '4_auth', order: 5 }],
    palette: false,
    run: ({ deps }, node) => forgetAuthenticator(deps(), authenticatorOf(node)),
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
