import type { SignInSession } from '../auth/signInSessions';
import type { ProfileInfo } from '../aws/profiles';
import type { Connection } from '../connection/connections';
import { profileName } from '../connection/settings';
import type { TreeModel, TreeSource } from '../tree/model';
import type { FolderNode, MemberNode, TreeNode } from '../tree/nodes';
import { StepCounter } from '../ui/prompter';
import { sessionIdOf } from '../views/tokensUri';
import { signInAsUser, type SignInTarget } from './flows/auth/signInAsUser';
import { chooseSignIn, copyAsCurl, copyAuthorizationHeader, copyToken, refreshTokens, signOut } from './flows/auth/tokenActions';
import { copyAppClientId, copyPoolId } from './flows/copyIds';
import { createAppClient } from './flows/createAppClient';
import { createUser } from './flows/createUser';
import { createUserPool } from './flows/createUserPool';
import type { FlowDeps } from './flows/deps';
import { addUsersToGroup, addUserToThisGroup, createGroup, deleteGroup, removeFromGroup } from './flows/groups/groupActions';
import { addConnection, removeConnection, type ConnectionSettingsAccess } from './flows/manageConnections';
import { pickConnection, pickUserPool } from './flows/pickers';
import { copyConfig, copyIssuerUrl, copyJwksUrl, copyPoolArn, openInConsole } from './flows/pools/copyPoolValues';
import { deleteAppClient, deleteUserPool } from './flows/pools/deleteResources';
import { editAppClientAuthFlows } from './flows/pools/editAuthFlows';
import { showAppClientDetails, showPoolDetails } from './flows/pools/poolDetails';
import { searchUsers } from './flows/searchUsers';
import { selectProfile, selectRegion } from './flows/selectConnection';
import { exportUsers } from './flows/users/exportUsers';
import { importUsers } from './flows/users/importUsers';
import { setUserPassword } from './flows/users/setUserPassword';
import { showUserDetails } from './flows/users/showUserDetails';
import { confirmUser, deleteUsers, resendInvitation, resetUserPassword, setUsersEnabled, signOutEverywhere } from './flows/users/userActions';
import { deleteUserAttribute, editUserAttribute } from './flows/users/userAttributes';
import { asNode, clientOf, poolOf, usersOf } from './nodeArguments';

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
  /** Refuses a profile that is not in the person's AWS config. */
  openSsoLogin: (profile: string) => Promise<void>;
  /** The URI of the active editor's document, for the Tokens view's actions. */
  activeDocumentUri: () => unknown;
  /** Renders a details view again (its Refresh button passes the document's URI). */
  refreshDetails: (uri: unknown) => void;
}

/** A handler gets the node it was run on and, from a tree with several nodes selected, all of them. */
export type CommandTable = Record<string, (arg?: unknown, selected?: unknown) => Promise<unknown>>;

export function commandTable({ deps, model, connections, settings, listProfiles, openSsoLogin, activeDocumentUri, refreshDetails }: CommandTableContext): CommandTable {
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
    // The view title's Refresh: the whole view, whatever row has focus (VS Code passes it along).
    'cognito.refreshView': async () => model.refresh(),
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
    'cognito.refreshDetails': async (arg) => refreshDetails(arg),
    'cognito.showPoolDetails': (arg) => showPoolDetails(deps(), poolOf(arg)),
    'cognito.showAppClientDetails': (arg) => showAppClientDetails(deps(), clientOf(arg), poolNameOf(arg)),
    'cognito.editAppClientAuthFlows': (arg) => editAppClientAuthFlows(deps(), clientOf(arg)),
    'cognito.deleteAppClient': (arg) => deleteAppClient(deps(), clientOf(arg)),
    'cognito.deleteUserPool': (arg) => deleteUserPool(deps(), poolOf(arg)),
    'cognito.copyPoolArn': (arg) => copyPoolArn(deps(), poolOf(arg)),
    'cognito.copyIssuerUrl': (arg) => copyIssuerUrl(deps(), poolOf(arg)),
    'cognito.copyJwksUrl': (arg) => copyJwksUrl(deps(), poolOf(arg)),
    'cognito.copyConfig': (arg) => copyConfig(deps(), clientOf(arg)),
    'cognito.openInConsole': async (arg) => {
      const node = asNode(arg);
      if (node?.kind === 'pool') return openInConsole(deps(), node.connectionId, node.pool.id, { kind: 'pool' });
      if (node?.kind === 'appClient') return openInConsole(deps(), node.connectionId, node.client.userPoolId, { kind: 'appClient', clientId: node.client.clientId });
      if (node?.kind === 'user' || node?.kind === 'member') return openInConsole(deps(), node.connectionId, node.userPoolId, { kind: 'user', username: node.user.username });
      const { connectionId, pool } = await pickUserPool(deps().prompter, connections, new StepCounter('Open in AWS Console', 1).next());
      return openInConsole(deps(), connectionId, pool.id, { kind: 'pool' });
    },
    'cognito.exportUsers': (arg) => {
      const node = asNode(arg);
      const pool = poolOf(arg);
      const filter = node?.kind === 'usersFolder' ? model.userFilter(node.key)?.expression : undefined;
      return exportUsers(deps(), pool && { ...pool, filter });
    },
    'cognito.importUsers': (arg) => importUsers(deps(), poolOf(arg)),
    'cognito.showUserDetails': (arg) => showUserDetails(deps(), usersOf(arg)[0], poolNameOf(arg)),
    'cognito.setUserPassword': (arg) => setUserPassword(deps(), usersOf(arg)[0]),
    'cognito.enableUser': (arg, selected) => setUsersEnabled(deps(), usersOf(arg, selected), true),
    'cognito.disableUser': (arg, selected) => setUsersEnabled(deps(), usersOf(arg, selected), false),
    'cognito.confirmUser': (arg) => confirmUser(deps(), usersOf(arg)[0]),
    'cognito.deleteUser': (arg, selected) => deleteUsers(deps(), usersOf(arg, selected)),
    'cognito.editUserAttribute': (arg) => editUserAttribute(deps(), usersOf(arg)[0]),
    'cognito.deleteUserAttribute': (arg) => deleteUserAttribute(deps(), usersOf(arg)[0]),
    'cognito.resetUserPassword': (arg) => resetUserPassword(deps(), usersOf(arg)[0]),
    'cognito.resendInvitation': (arg) => resendInvitation(deps(), usersOf(arg)[0]),
    'cognito.signOutUserEverywhere': (arg) => signOutEverywhere(deps(), usersOf(arg)[0]),
    'cognito.createGroup': (arg) => createGroup(deps(), poolOf(arg)),
    'cognito.deleteGroup': async (arg) => {
      const node = asNode(arg);
      if (node?.kind === 'group') return deleteGroup(deps(), node);
    },
    'cognito.addUserToGroup': async (arg, selected) => {
      const node = asNode(arg);
      if (node?.kind === 'group') return addUserToThisGroup(deps(), node, poolNameOf(arg) ?? node.group.userPoolId);
      return addUsersToGroup(deps(), usersOf(arg, selected), poolNameOf(arg));
    },
    'cognito.removeUserFromGroup': async (arg, selected) => {
      const members = [arg, ...(Array.isArray(selected) ? selected : [])].map(asNode).filter((n): n is MemberNode => n?.kind === 'member');
      if (members.length > 0) return removeFromGroup(deps(), [...new Map(members.map((m) => [m.key, m])).values()]);
    },
    'cognito.ssoLogin': async (arg) => {
      const node = asNode(arg);
      const connectionId = node && 'connectionId' in node ? node.connectionId : undefined;
      const connection = (connectionId && connections.get(connectionId)) || connections.list()[0];
      await openSsoLogin(profileName(connection?.settings ?? {}, process.env));
    },
  };

  /** Sign In as User on a user or a member (asks the client), an app client (asks the user), or a pool (asks both). */
  function signInTargetOf(arg: unknown): SignInTarget | undefined {
    const node = asNode(arg);
    if (node?.kind === 'user' || node?.kind === 'member') return { connectionId: node.connectionId, pool: poolAbove(node), username: node.user.username };
    if (node?.kind === 'appClient') return { connectionId: node.connectionId, pool: poolAbove(node), client: node.client };
    return poolOf(arg);
  }

  /** The name of the pool a node belongs to, when the tree knows it. */
  function poolNameOf(arg: unknown): string | undefined {
    let node = asNode(arg);
    while (node && node.kind !== 'pool' && 'parentKey' in node) node = model.getNode(node.parentKey);
    return node?.kind === 'pool' ? node.pool.name : undefined;
  }

  /** The pool of a user, member or app-client node, from the folder it is listed in (a member's is above its group). */
  function poolAbove(node: TreeNode & { parentKey: string }) {
    let above = model.getNode(node.parentKey);
    if (above?.kind === 'group') above = model.getNode(above.parentKey);
    const folder = above as FolderNode | undefined;
    const id = node.kind === 'user' || node.kind === 'member' ? node.userPoolId : node.kind === 'appClient' ? node.client.userPoolId : '';
    return folder?.pool ?? { id, name: id };
  }

  function connectionOf(arg: unknown): Connection | undefined {
    const node = asNode(arg);
    return node?.kind === 'connection' ? connections.get(node.connectionId) : undefined;
  }
}
