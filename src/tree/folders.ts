import type { CognitoApi, Page } from '../cognito/types';
import { appClientNode, folderNodes, groupNode, memberNode, poolNode, userNode, type ListingParent, type TreeNode } from './nodes';

// Each listing parent as data: how to fetch one page of its children and what an empty list says.
// The model pages, caches, refreshes and reports errors the same way for every kind; a new folder
// (say, Groups) is a new entry here and a node kind, not a branch in the model.

export interface ListingContext {
  cognito: CognitoApi;
  token?: string;
  /** The ListUsers filter expression active on a users folder. */
  filter?: string;
}

interface FolderSpec<P extends ListingParent> {
  fetch(parent: P, context: ListingContext): Promise<Page<TreeNode>>;
  empty: string;
}

type FolderSpecs = { [K in ListingParent['kind']]: FolderSpec<ListingParent & { kind: K }> };

const FOLDERS: FolderSpecs = {
  connection: {
    fetch: (parent, { cognito, token }) => mapPage(cognito.pools.list(token), (pool) => poolNode(parent.connectionId, pool)),
    empty: 'No user pools in this region',
  },
  appClientsFolder: {
    fetch: (parent, { cognito, token }) => mapPage(cognito.clients.list(parent.pool.id, token), (client) => appClientNode(parent.connectionId, client)),
    empty: 'No app clients',
  },
  groupsFolder: {
    fetch: (parent, { cognito, token }) => mapPage(cognito.groups.list(parent.pool.id, token), (group) => groupNode(parent.connectionId, group)),
    empty: 'No groups',
  },
  group: {
    fetch: (parent, { cognito, token }) =>
      mapPage(cognito.groups.listMembers(parent.group.userPoolId, parent.group.name, token), (user) => memberNode(parent.connectionId, parent.group.userPoolId, parent.group.name, user)),
    empty: 'No members',
  },
  usersFolder: {
    fetch: (parent, { cognito, token, filter }) =>
      mapPage(cognito.users.list(parent.pool.id, { nextToken: token, filter }), (user) => userNode(parent.connectionId, parent.pool.id, user)),
    empty: 'No users',
  },
};

export function fetchChildren(parent: ListingParent, context: ListingContext): Promise<Page<TreeNode>> {
  return (FOLDERS[parent.kind].fetch as FolderSpec<ListingParent>['fetch'])(parent, context);
}

export function emptyMessage(parent: ListingParent): string {
  return FOLDERS[parent.kind].empty;
}

/** Children known without a call (a pool's folders), or undefined for listing parents and leaves. */
export function fixedChildren(node: TreeNode): TreeNode[] | undefined {
  return node.kind === 'pool' ? folderNodes(node.connectionId, node.pool) : undefined;
}

export function isListingParent(node: TreeNode | undefined): node is ListingParent {
  return node !== undefined && node.kind in FOLDERS;
}

async function mapPage<T>(page: Promise<Page<T>>, toNode: (item: T) => TreeNode): Promise<Page<TreeNode>> {
  const { items, nextToken } = await page;
  return { items: items.map(toNode), nextToken };
}
