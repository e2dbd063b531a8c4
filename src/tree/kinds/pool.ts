import type { UserPool } from '../../shared/types';
import { appClientsFolderNode } from './appClients';
import { groupsFolderNode } from './groups';
import { connectionKey, poolKey } from './keys';
import type { KindSpec } from './kindSpec';
import { usersFolderNode } from './users';

export interface PoolNode {
  kind: 'pool';
  key: string;
  parentKey: string;
  connectionId: string;
  pool: UserPool;
}

/** One of a pool's folders; each resource file (appClients.ts, users.ts, groups.ts) has its folder's spec. */
export interface FolderNode {
  kind: 'appClientsFolder' | 'usersFolder' | 'groupsFolder';
  key: string;
  parentKey: string;
  connectionId: string;
  pool: UserPool;
}

export function poolNode(connectionId: string, pool: UserPool): PoolNode {
  return { kind: 'pool', key: poolKey(connectionId, pool.id), parentKey: connectionKey(connectionId), connectionId, pool };
}

/** A pool's folders, in the order the tree shows them. */
export function folderNodes(connectionId: string, pool: UserPool): FolderNode[] {
  return [appClientsFolderNode(connectionId, pool), usersFolderNode(connectionId, pool), groupsFolderNode(connectionId, pool)];
}

export const pool: KindSpec<PoolNode> = {
  row: ({ pool }) => ({ label: pool.name, description: pool.id, tooltip: { markdown: poolTooltip(pool) }, icon: { id: 'organization' }, collapsible: 'collapsed' }),
  // The folders are known without a call: a pool costs nothing until one is opened.
  children: { fixed: (node) => folderNodes(node.connectionId, node.pool) },
  // ListUserPools has no ARN: fetch it for the one pool the person points at.
  hoverTooltip: async ({ connectionId, pool }, connections) => {
    if (pool.arn) return undefined;
    const details = await connections.cognito(connectionId).pools.describe(pool.id);
    return { markdown: poolTooltip({ ...pool, arn: details.arn }) };
  },
};

/** The pool's hover text as Markdown; the ARN only when known (ListUserPools has none, the provider fetches it on hover). */
export function poolTooltip(pool: UserPool): string {
  const lines = [`**${escapeMarkdown(pool.name)}**`, `Pool Id: \`${pool.id}\``];
  if (pool.arn) lines.push(`ARN: \`${pool.arn}\``);
  if (pool.creationDate) lines.push(`Created: ${pool.creationDate.toLocaleString()}`);
  return lines.join('\n\n');
}

function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+\-.!|<>]/g, '\\$&');
}
