import type { ProfileInfo } from '../aws/profiles';
import type { SignInSession } from '../auth/signInSessions';
import type { ClientRef, Connection, PoolRef } from '../connection/connections';
import { profileName } from '../connection/settings';
import type { TreeModel, TreeSource } from '../tree/model';
import type { FolderNode, TreeNode } from '../tree/nodes';
import { sessionIdOf } from '../views/tokensUri';
import { signInAsUser, type SignInTarget } from './flows/auth/signInAsUser';
import { chooseSignIn, copyAsCurl, copyAuthorizationHeader, copyToken, refreshTokens, signOut } from './flows/auth/tokenActions';
import { copyAppClientId, copyPoolId } from './flows/copyIds';
import { createAppClient } from './flows/createAppClient';
import { createUser } from './flows/createUser';
import { createUserPool } from './flows/createUserPool';
import type { FlowDeps } from './flows/deps';
import { addConnection, removeConnection, type ConnectionSettingsAccess } from './flows/manageConnections';
import { pickConnection } from './flows/pickers';
import { searchUsers } from './flows/searchUsers';
import { selectProfile, selectRegion } from './flows/selectConnection';
import { StepCounter } from '../ui/prompter';

// The one table of command id → handler, free of `vscode` so a unit test can run every command on a
// node of either connection. Ids are a public contract (keybindings, other extensions): keep them
// stable. A handler gets the tree node it was invoked on, or nothing from the palette; whatever it
// does, it does on that node's connection.

export interface CommandTableContext {
  deps: () => FlowDeps;
  model: TreeModel;
  connections: TreeSource & { get(connectionId: string): Connection | undefined };
  settings: ConnectionSettingsAccess;
  listProfiles: () => Promise<ProfileInfo[]>;
  openSsoLogin: (profile: string) => void;
  /** The URI of the active editor's document, for the Tokens view's actions. */
  activeDocumentUri: () => unknown;
}

export type CommandTable = Record<string, (arg?: unknown) => Promise<unknown>>;

export function commandTable({ deps, model, connections, settings, listProfiles, openSsoLogin, activeDocumentUri }: CommandTableContext): CommandTable {
  /** A Tokens action acts on the document its button belongs to, the active Tokens document, or asks. */
  const withSignIn = (title: string, action: (d: FlowDeps, session: SignInSession) => Promise<void>) => async (arg?: unknown) => {
    const d = deps();
    return action(d, await chooseSignIn(d, title, sessionIdOf(arg) ?? sessionIdOf(activeDocumentUri())));
  };
  const manage = () => ({ prompter: deps().prompter, feedback: deps().feedback, settings });
  const onlyForOneConnection = async (run: () => Promise<unknown>) => {
    if (!connections.usesList) return run();
    return deps().feedback.info('The Cognito view shows the connections listed in the cognito.connections setting; use Add Connection or Remove Connection to change them.');
  };
  return {
    'cognito.createUserPool': (arg) => createUserPool(deps(), connectionOf(arg)?.id),
    'cognito.createAppClient': (arg) => createAppClient(deps(), poolOf(arg)),
    'cognito.createUser': (arg) => createUser(deps(), poolOf(arg)),
    'cognito.copyPoolId': (arg) => copyPoolId(deps(), poolOf(arg)),
    'cognito.copyAppClientId': (arg) => copyAppClientId(deps(), clientOf(arg)),
    'cognito.refresh': async (arg) => model.refresh(asNode(arg)),
    'cognito.loadMore': async (arg) => {
      const node = asNode(arg);
      if (node?.kind === 'loadMore') await model.loadMore(node);
    },
    'cognito.searchUsers': (arg) => searchUsers(deps(), poolOf(arg)),
    'cognito.clearUserFilter': async (arg) => {
      const pool = poolOf(arg);
      if (pool) await deps().tree.filterUsers(pool, undefined);
    },
    'cognito.addConnection': () => addConnection(manage(), Promise.resolve().then(listProfiles)),
    'cognito.removeConnection': async (arg) => {
      if (!connections.usesList) {
        return deps().feedback.info('There is only the connection from the cognito.profile, cognito.region and cognito.endpoint settings; nothing to remove.');
      }
      const connection = connectionOf(arg) ?? (await pickConnection(deps().prompter, connections, new StepCounter('Remove Connection', 2).next()));
      return removeConnection(manage(), connection);
    },
    'cognito.selectProfile': () => onlyForOneConnection(() => selectProfile(deps().prompter, Promise.resolve().then(listProfiles), settings.writer, connections.list()[0]?.settings.profile)),
    'cognito.selectRegion': () => onlyForOneConnection(() => selectRegion(deps().prompter, settings.writer, connections.list()[0]?.settings.region)),
    'cognito.signInAsUser': (arg) => signInAsUser(deps(), signInTargetOf(arg)),
    'cognito.copyIdToken': withSignIn('Copy ID Token', (d, s) => copyToken(d, s, 'id')),
    'cognito.copyAccessToken': withSignIn('Copy Access Token', (d, s) => copyToken(d, s, 'access')),
    'cognito.copyRefreshToken': withSignIn('Copy Refresh Token', (d, s) => copyToken(d, s, 'refresh')),
    'cognito.copyAuthorizationHeader': withSignIn('Copy Authorization Header', copyAuthorizationHeader),
    'cognito.copyAsCurl': withSignIn('Copy as curl', copyAsCurl),
    'cognito.refreshTokens': withSignIn('Refresh Tokens', refreshTokens),
    'cognito.signOutUser': withSignIn('Sign Out', signOut),
    'cognito.ssoLogin': async (arg) => {
      const node = asNode(arg);
      const connectionId = node && 'connectionId' in node ? node.connectionId : undefined;
      const connection = (connectionId && connections.get(connectionId)) || connections.list()[0];
      openSsoLogin(profileName(connection?.settings ?? {}, process.env));
    },
  };

  /** Sign In as User on a user (asks the client), an app client (asks the user), or a pool (asks both). */
  function signInTargetOf(arg: unknown): SignInTarget | undefined {
    const node = asNode(arg);
    if (node?.kind === 'user') return { connectionId: node.connectionId, pool: poolAbove(node), username: node.user.username };
    if (node?.kind === 'appClient') return { connectionId: node.connectionId, pool: poolAbove(node), client: node.client };
    return poolOf(arg);
  }

  /** The pool of a user or app-client node, from the folder it is listed in. */
  function poolAbove(node: TreeNode & { parentKey: string }) {
    const folder = model.getNode(node.parentKey) as FolderNode | undefined;
    const id = node.kind === 'user' ? node.userPoolId : node.kind === 'appClient' ? node.client.userPoolId : '';
    return folder?.pool ?? { id, name: id };
  }

  function connectionOf(arg: unknown): Connection | undefined {
    const node = asNode(arg);
    return node?.kind === 'connection' ? connections.get(node.connectionId) : undefined;
  }
}

/** Commands run from the palette get no argument; from a keybinding, possibly something else. */
function asNode(arg: unknown): TreeNode | undefined {
  return typeof arg === 'object' && arg !== null && 'kind' in arg && 'key' in arg ? (arg as TreeNode) : undefined;
}

function poolOf(arg: unknown): PoolRef | undefined {
  const node = asNode(arg);
  return node?.kind === 'pool' || node?.kind === 'appClientsFolder' || node?.kind === 'usersFolder' ? { connectionId: node.connectionId, pool: node.pool } : undefined;
}

function clientOf(arg: unknown): ClientRef | undefined {
  const node = asNode(arg);
  return node?.kind === 'appClient' ? { connectionId: node.connectionId, client: node.client } : undefined;
}
