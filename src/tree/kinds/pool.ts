import type { UserPool } from '../../shared/types';
import { appClientsFolderNode } from './appClients';
import { groupsFolderNode } from './groups';
import { resourceServersFolderNode } from './resourceServers';
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

/** One of a pool's folders; each resource file (appClients.ts, users.ts, groups.ts, resourceServers.ts) has its folder's spec. */
export interface FolderNode {
  kind: 'appClientsFolder' | 'usersFolder' | 'groupsFolder' | 'resourceServersFolder';
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
  return [appClientsFolderNode(connectionId, pool), usersFolderNode(connectionId, pool), groupsFolderNode(connectionId, pool), resourceServersFolderNode(connectionId, pool)];
}

export const pool: KindSpec<PoolNode> = {
  // No tooltip on the row: the hover builds it (provider.ts resolveTreeItem). VS Code fills only a tooltip left
  // undefined, and the date's first toLocaleString() loads the locale data, which cost the first view ~15 ms.
  row: ({ pool }) => ({ label: pool.name, description: pool.id, icon: { id: 'organization' }, collapsible: 'collapsed' }),
  // The folders are known without a call: a pool costs nothing until one is opened.
  children: { fixed: (node) => folderNodes(node.connectionId, node.pool) },
  // ListUserPools has no ARN: fetch it for the one pool the person points at; without it, the rest still shows.
  hoverTooltip: async ({ connectionId, pool }, connections) => {
    const arn = pool.arn ?? (await connections.cognito(connectionId).pools.describe(pool.id).then((details) => details.arn, () => undefined));
    return { markdown: poolTooltip({ ...pool, arn }) };
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
