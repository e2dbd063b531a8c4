import type { ResourceServer, UserPool } from '../../shared/types';
import { folderKey, poolKey } from './keys';
import { listed, type KindSpec } from './kindSpec';
import type { FolderNode } from './pool';

// A pool's "Resource servers" folder and its resource servers: each shows its name and identifier, and its
// custom scopes as description and tooltip. ListResourceServers pages by at most 50.

export interface ResourceServerNode {
  kind: 'resourceServer';
  key: string;
  parentKey: string;
  connectionId: string;
  server: ResourceServer;
}

export function resourceServersFolderNode(connectionId: string, pool: UserPool): FolderNode {
  return { kind: 'resourceServersFolder', key: folderKey(connectionId, pool.id, 'resourceServers'), parentKey: poolKey(connectionId, pool.id), connectionId, pool };
}

export function resourceServerNode(connectionId: string, server: ResourceServer): ResourceServerNode {
  const parentKey = folderKey(connectionId, server.userPoolId, 'resourceServers');
  return { kind: 'resourceServer', key: `${parentKey}/${encodeURIComponent(server.identifier)}`, parentKey, connectionId, server };
}

export const resourceServersFolder: KindSpec<FolderNode> = {
  row: () => ({ label: 'Resource servers', icon: { id: 'server' }, collapsible: 'collapsed' }),
  children: listed({
    page: (folder: FolderNode, { cognito, token }) => cognito.resourceServers.list(folder.pool.id, token),
    toNode: (server, folder) => resourceServerNode(folder.connectionId, server),
    empty: 'No resource servers',
  }),
};

export const resourceServer: KindSpec<ResourceServerNode> = {
  row: ({ server }) => ({
    label: server.name,
    description: [server.identifier, server.scopes.length > 0 ? server.scopes.map((s) => s.name).join(', ') : 'no scopes'].join(' · '),
    tooltip: [
      server.name,
      `Identifier: ${server.identifier}`,
      server.scopes.length > 0 ? `Scopes:\n${server.scopes.map((s) => `  ${server.identifier}/${s.name} — ${s.description}`).join('\n')}` : 'No scopes',
    ].join('\n'),
    icon: { id: 'server' },
    collapsible: 'none',
  }),
};
