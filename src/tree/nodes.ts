import type { CognitoErrorKind } from '../cognito/errors';
import type { AppClient, User, UserPool } from '../cognito/types';

// The tree's nodes as plain data. `kind` is also the TreeItem's contextValue, so package.json menus
// match `viewItem == pool` and so on. `key` is unique and stable across refreshes: it is the
// TreeItem id (VS Code keeps expansion and selection by it) and the cache key of the tree model.

export type FolderKind = 'appClients' | 'users';

export interface PoolNode {
  kind: 'pool';
  key: string;
  pool: UserPool;
}

export interface FolderNode {
  kind: 'appClientsFolder' | 'usersFolder';
  key: string;
  parentKey: string;
  pool: UserPool;
}

export interface AppClientNode {
  kind: 'appClient';
  key: string;
  parentKey: string;
  client: AppClient;
}

export interface UserNode {
  kind: 'user';
  key: string;
  parentKey: string;
  userPoolId: string;
  user: User;
}

/** "No app clients", or a load that failed (clicking it retries the parent). */
export interface MessageNode {
  kind: 'empty' | 'error';
  key: string;
  parentKey: string;
  message: string;
  /** For errors: what kind, so an expired session can offer "aws sso login". */
  reason?: CognitoErrorKind;
}

export interface LoadMoreNode {
  kind: 'loadMore';
  key: string;
  parentKey: string;
  /** The continuation token of the page this node loads; once that page arrived, the node is spent. */
  token: string;
}

export type TreeNode = PoolNode | FolderNode | AppClientNode | UserNode | MessageNode | LoadMoreNode;

/** Nodes whose children come from a paged Cognito listing. The root is `undefined`. */
export type ListingParent = FolderNode | undefined;

export const ROOT_KEY = 'root';

export function poolNode(pool: UserPool): PoolNode {
  return { kind: 'pool', key: `pool/${pool.id}`, pool };
}

export function folderNodes(pool: UserPool): FolderNode[] {
  return [appClientsFolderNode(pool), usersFolderNode(pool)];
}

export function appClientsFolderNode(pool: UserPool): FolderNode {
  return { kind: 'appClientsFolder', key: folderKey(pool.id, 'appClients'), parentKey: poolNode(pool).key, pool };
}

export function usersFolderNode(pool: UserPool): FolderNode {
  return { kind: 'usersFolder', key: folderKey(pool.id, 'users'), parentKey: poolNode(pool).key, pool };
}

export function folderKey(userPoolId: string, folder: FolderKind): string {
  return `pool/${userPoolId}/${folder}`;
}

export function appClientNode(client: AppClient): AppClientNode {
  const parentKey = folderKey(client.userPoolId, 'appClients');
  return { kind: 'appClient', key: `${parentKey}/${client.clientId}`, parentKey, client };
}

export function userNode(userPoolId: string, user: User): UserNode {
  const parentKey = folderKey(userPoolId, 'users');
  return { kind: 'user', key: `${parentKey}/${user.username}`, parentKey, userPoolId, user };
}

export function emptyNode(parentKey: string, message: string): MessageNode {
  return { kind: 'empty', key: `${parentKey}#empty`, parentKey, message };
}

export function errorNode(parentKey: string, message: string, reason: CognitoErrorKind): MessageNode {
  return { kind: 'error', key: `${parentKey}#error`, parentKey, message, reason };
}

export function loadMoreNode(parentKey: string, token: string): LoadMoreNode {
  return { kind: 'loadMore', key: `${parentKey}#more`, parentKey, token };
}

/** What an empty listing says, per parent. */
export function emptyMessage(parent: ListingParent): string {
  if (!parent) return 'No user pools in this region';
  return parent.kind === 'appClientsFolder' ? 'No app clients' : 'No users';
}
