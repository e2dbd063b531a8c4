import type { ListingParent, TreeNode } from '../nodes';
import { appClient, appClientsFolder } from './appClients';
import { connection } from './connection';
import { group, groupsFolder } from './groups';
import { identityPool, identityPoolsFolder } from './identityPools';
import type { KindSpec, ListedChildren } from './kindSpec';
import { loadMore } from './loadMore';
import { member } from './members';
import { empty, error } from './messages';
import { pool } from './pool';
import { resourceServer, resourceServersFolder } from './resourceServers';
import { user, usersFolder } from './users';

// Every node kind's specification, by kind. The type asks for one entry per kind of TreeNode, so a
// kind added to the union without a specification does not compile. The model, the rows
// (treeItems.ts) and the context values (contextValue.ts) read these instead of switching on kinds.

export type NodeKind = TreeNode['kind'];

/** The node type of a kind (FolderNode for each of the four folder kinds). */
export type NodeOfKind<K extends NodeKind> = TreeNode extends infer N ? (N extends TreeNode ? (K extends N['kind'] ? N : never) : never) : never;

export type KindRegistry = { readonly [K in NodeKind]: KindSpec<NodeOfKind<K>> };

export const KINDS: KindRegistry = {
  connection,
  pool,
  appClientsFolder,
  appClient,
  usersFolder,
  user,
  groupsFolder,
  group,
  member,
  resourceServersFolder,
  resourceServer,
  identityPoolsFolder,
  identityPool,
  empty,
  error,
  loadMore,
};

/** The node's specification, from the given registry (tests may pass one with a kind of their own). */
export function specOf(node: TreeNode, kinds: KindRegistry = KINDS): KindSpec {
  const spec = (kinds as Record<string, KindSpec | undefined>)[node.kind];
  if (!spec) throw new Error(`The tree has no specification for the node kind "${node.kind}"; add one to src/tree/kinds/index.ts.`);
  return spec;
}

/** How the node's children are listed; only for a listing parent. */
export function listingOf(parent: ListingParent, kinds: KindRegistry = KINDS): ListedChildren<TreeNode> {
  const children = specOf(parent, kinds).children;
  if (!children || !('listPage' in children)) throw new Error(`A ${parent.kind} node lists no children.`);
  return children;
}

/** Whether the node's children come from a paged listing. */
export function isListingParent(node: TreeNode | undefined, kinds: KindRegistry = KINDS): node is ListingParent {
  const children = node && specOf(node, kinds).children;
  return children !== undefined && 'listPage' in children;
}

/** Children known without a call (a pool's folders), or undefined for listing parents and leaves. */
export function fixedChildren(node: TreeNode, kinds: KindRegistry = KINDS): TreeNode[] | undefined {
  const children = specOf(node, kinds).children;
  return children && 'fixed' in children ? children.fixed(node) : undefined;
}
