import type { CognitoErrorKind } from '../cognito/errors';
import type { AppClient, Group, User, UserPool } from '../cognito/types';
import type { Connection } from '../connection/connections';

// The tree's nodes as plain data. `kind` is also the first token of the TreeItem's contextValue
// (contextValue.ts), so package.json menus match `viewItem =~ /\bpool\b/` and so on. `key` is unique and stable across refreshes: it is the
// TreeItem id (VS Code keeps expansion and selection by it) and the cache key of the tree model.
// Every node carries the id of the connection it came from, and every key starts with it, so the
// same pool id under two connections is two nodes and a command on a node uses that node's connection.

export type FolderKind = 'appClients' | 'users' | 'groups';

/** A root when `cognito.connections` lists connections; otherwise hidden, its pools are the roots. */
export interface ConnectionNode {
  kind: 'connection';
  key: string;
  connectionId: string;
  connection: Connection;
}

export interface PoolNode {
  kind: 'pool';
  key: string;
  parentKey: string;
  connectionId: string;
  pool: UserPool;
}

export interface FolderNode {
  kind: 'appClientsFolder' | 'usersFolder' | 'groupsFolder';
  key: string;
  parentKey: string;
  connectionId: string;
  pool: UserPool;
}

export interface AppClientNode {
  kind: 'appClient';
  key: string;
  parentKey: string;
  connectionId: string;
  client: AppClient;
}

export interface UserNode {
  kind: 'user';
  key: string;
  parentKey: string;
  connectionId: string;
  userPoolId: string;
  user: User;
}

/** A group of a pool; it lists its members. */
export interface GroupNode {
  kind: 'group';
  key: string;
  parentKey: string;
  connectionId: string;
  group: Group;
}

/** A user listed under a group: "Remove from Group" acts on the membership, not the user. */
export interface MemberNode {
  kind: 'member';
  key: string;
  parentKey: string;
  connectionId: string;
  userPoolId: string;
  groupName: string;
  user: User;
}

/** "No app clients", a load that failed (clicking it retries the parent), or a settings entry that could not be used. */
export interface MessageNode {
  kind: 'empty' | 'error';
  key: string;
  parentKey: string;
  message: string;
  /** For errors: what kind, so an expired session can offer "aws sso login". */
  reason?: CognitoErrorKind;
  /** The connection whose listing this message is about, if any. */
  connectionId?: string;
}

export interface LoadMoreNode {
  kind: 'loadMore';
  key: string;
  parentKey: string;
  /** The continuation token of the page this node loads; once that page arrived, the node is spent. */
  token: string;
}

export type TreeNode = ConnectionNode | PoolNode | FolderNode | AppClientNode | UserNode | GroupNode | MemberNode | MessageNode | LoadMoreNode;

/** Nodes whose children come from a paged Cognito listing. */
export type ListingParent = ConnectionNode | FolderNode | GroupNode;

/** Nodes a flow creates, updates in place or removes. */
export type ItemNode = PoolNode | AppClientNode | UserNode | GroupNode | MemberNode;

/** The parent key of root nodes (connections, or settings problems above them). */
export const ROOT_KEY = 'root';

export function connectionNode(connection: Connection): ConnectionNode {
  return { kind: 'connection', key: connectionKey(connection.id), connectionId: connection.id, connection };
}

export function connectionKey(connectionId: string): string {
  return `c/${connectionId}`;
}

export function poolNode(connectionId: string, pool: UserPool): PoolNode {
  const parentKey = connectionKey(connectionId);
  return { kind: 'pool', key: poolKey(connectionId, pool.id), parentKey, connectionId, pool };
}

function poolKey(connectionId: string, userPoolId: string): string {
  return `${connectionKey(connectionId)}/pool/${userPoolId}`;
}

export function folderNodes(connectionId: string, pool: UserPool): FolderNode[] {
  return [appClientsFolderNode(connectionId, pool), usersFolderNode(connectionId, pool), groupsFolderNode(connectionId, pool)];
}

export function groupsFolderNode(connectionId: string, pool: UserPool): FolderNode {
  return { kind: 'groupsFolder', key: folderKey(connectionId, pool.id, 'groups'), parentKey: poolKey(connectionId, pool.id), connectionId, pool };
}

export function groupNode(connectionId: string, group: Group): GroupNode {
  const parentKey = folderKey(connectionId, group.userPoolId, 'groups');
  return { kind: 'group', key: `${parentKey}/${encodeURIComponent(group.name)}`, parentKey, connectionId, group };
}

export function memberNode(connectionId: string, userPoolId: string, groupName: string, user: User): MemberNode {
  const parentKey = `${folderKey(connectionId, userPoolId, 'groups')}/${encodeURIComponent(groupName)}`;
  return { kind: 'member', key: `${parentKey}/${user.username}`, parentKey, connectionId, userPoolId, groupName, user };
}

export function appClientsFolderNode(connectionId: string, pool: UserPool): FolderNode {
  return { kind: 'appClientsFolder', key: folderKey(connectionId, pool.id, 'appClients'), parentKey: poolKey(connectionId, pool.id), connectionId, pool };
}

export function usersFolderNode(connectionId: string, pool: UserPool): FolderNode {
  return { kind: 'usersFolder', key: folderKey(connectionId, pool.id, 'users'), parentKey: poolKey(connectionId, pool.id), connectionId, pool };
}

export function folderKey(connectionId: string, userPoolId: string, folder: FolderKind): string {
  return `${poolKey(connectionId, userPoolId)}/${folder}`;
}

export function appClientNode(connectionId: string, client: AppClient): AppClientNode {
  const parentKey = folderKey(connectionId, client.userPoolId, 'appClients');
  return { kind: 'appClient', key: `${parentKey}/${client.clientId}`, parentKey, connectionId, client };
}

export function userNode(connectionId: string, userPoolId: string, user: User): UserNode {
  return { kind: 'user', key: userKey(connectionId, userPoolId, user.username), parentKey: folderKey(connectionId, userPoolId, 'users'), connectionId, userPoolId, user };
}

/** A user's node key: also what names the user's details view (detailsFollowTree.ts). */
export function userKey(connectionId: string, userPoolId: string, username: string): string {
  return `${folderKey(connectionId, userPoolId, 'users')}/${username}`;
}

export function emptyNode(parentKey: string, message: string): MessageNode {
  return { kind: 'empty', key: `${parentKey}#empty`, parentKey, message };
}

export function errorNode(parentKey: string, message: string, reason: CognitoErrorKind, connectionId?: string): MessageNode {
  return { kind: 'error', key: `${parentKey}#error`, parentKey, message, reason, connectionId };
}

/** A `cognito.connections` entry that could not be used; one root node each, above the connections. */
export function settingsProblemNode(index: number, message: string): MessageNode {
  return { kind: 'error', key: `${ROOT_KEY}#setting${index}`, parentKey: ROOT_KEY, message, reason: 'invalidParameter' };
}

export function loadMoreNode(parentKey: string, token: string): LoadMoreNode {
  return { kind: 'loadMore', key: `${parentKey}#more`, parentKey, token };
}
