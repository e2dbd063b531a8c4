import type { Connection } from '../connection/connections';
import type { FolderNode, TreeNode } from '../tree/nodes';
import type { CommandContext } from './declaration';
import type { SignInTarget } from './flows/auth/signInAsUser';
import { asNode, poolOf } from './nodeArguments';

// What a command's node means once the tree around it is known: the pool above a user, member or app
// client, the pool's name, the connection of a connection row. nodeArguments.ts decodes the node alone;
// these also read the tree model (a member's pool is two rows up, above its group).

/** Sign In as User on a user or a member (asks the client), an app client (asks the user), or a pool (asks both). */
export function signInTargetOf({ model }: Pick<CommandContext, 'model'>, arg: unknown): SignInTarget | undefined {
  const node = asNode(arg);
  if (node?.kind === 'user' || node?.kind === 'member') return { connectionId: node.connectionId, pool: poolAbove(model, node), username: node.user.username };
  if (node?.kind === 'appClient') return { connectionId: node.connectionId, pool: poolAbove(model, node), client: node.client };
  return poolOf(arg);
}

/** The name of the pool a node belongs to, when the tree knows it. */
export function poolNameOf({ model }: Pick<CommandContext, 'model'>, arg: unknown): string | undefined {
  let node = asNode(arg);
  while (node && node.kind !== 'pool' && 'parentKey' in node) node = model.getNode(node.parentKey);
  return node?.kind === 'pool' ? node.pool.name : undefined;
}

/** The pool of a user, member or app-client node, from the folder it is listed in (a member's is above its group). */
export function poolAbove(model: CommandContext['model'], node: TreeNode & { parentKey: string }) {
  let above = model.getNode(node.parentKey);
  if (above?.kind === 'group') above = model.getNode(above.parentKey);
  const folder = above as FolderNode | undefined;
  const id = node.kind === 'user' || node.kind === 'member' ? node.userPoolId : node.kind === 'appClient' ? node.client.userPoolId : '';
  return folder?.pool ?? { id, name: id };
}

/** The connection of a connection row. */
export function connectionOf({ connections }: Pick<CommandContext, 'connections'>, arg: unknown): Connection | undefined {
  const node = asNode(arg);
  return node?.kind === 'connection' ? connections.get(node.connectionId) : undefined;
}
