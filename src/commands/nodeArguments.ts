import type { ClientRef, PoolRef } from '../connection/connections';
import type { MemberNode, TreeNode, UserNode } from '../tree/nodes';
import type { UserRef } from './flows/users/userTargets';

// What a command was run on, read from its arguments: a tree node (from a menu or a click), several
// selected nodes, or nothing (the palette) — or something else from a keybinding, which counts as nothing.

export function asNode(arg: unknown): TreeNode | undefined {
  return typeof arg === 'object' && arg !== null && 'kind' in arg && 'key' in arg ? (arg as TreeNode) : undefined;
}

/** The pool of a pool node or of one of its folders. */
export function poolOf(arg: unknown): PoolRef | undefined {
  const node = asNode(arg);
  return node?.kind === 'pool' || node?.kind === 'appClientsFolder' || node?.kind === 'usersFolder' || node?.kind === 'groupsFolder' || node?.kind === 'resourceServersFolder'
    ? { connectionId: node.connectionId, pool: node.pool }
    : undefined;
}

export function clientOf(arg: unknown): ClientRef | undefined {
  const node = asNode(arg);
  return node?.kind === 'appClient' ? { connectionId: node.connectionId, client: node.client } : undefined;
}

/** The users a command acts on: every selected user or member node, else the one it was run on. */
export function usersOf(arg: unknown, selected?: unknown): UserRef[] {
  const nodes = Array.isArray(selected) && selected.length > 1 ? selected : [arg];
  return nodes
    .map(asNode)
    .filter((n): n is UserNode | MemberNode => n?.kind === 'user' || n?.kind === 'member')
    .map((n) => ({ connectionId: n.connectionId, userPoolId: n.userPoolId, user: n.user }));
}
