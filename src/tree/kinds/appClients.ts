import type { AppClient, UserPool } from '../../shared/types';
import { folderKey, poolKey } from './keys';
import { listed, type KindSpec } from './kindSpec';
import type { FolderNode } from './pool';

// A pool's "App clients" folder and the app clients listed in it.

export interface AppClientNode {
  kind: 'appClient';
  key: string;
  parentKey: string;
  connectionId: string;
  client: AppClient;
}

export function appClientsFolderNode(connectionId: string, pool: UserPool): FolderNode {
  return { kind: 'appClientsFolder', key: folderKey(connectionId, pool.id, 'appClients'), parentKey: poolKey(connectionId, pool.id), connectionId, pool };
}

export function appClientNode(connectionId: string, client: AppClient): AppClientNode {
  const parentKey = folderKey(connectionId, client.userPoolId, 'appClients');
  return { kind: 'appClient', key: `${parentKey}/${client.clientId}`, parentKey, connectionId, client };
}

export const appClientsFolder: KindSpec<FolderNode> = {
  row: () => ({ label: 'App clients', icon: { id: 'symbol-interface' }, collapsible: 'collapsed' }),
  children: listed({
    page: (folder: FolderNode, { cognito, token }) => cognito.clients.list(folder.pool.id, token),
    toNode: (client, folder) => appClientNode(folder.connectionId, client),
    empty: 'No app clients',
  }),
};

export const appClient: KindSpec<AppClientNode> = {
  row: ({ client }) => ({
    label: client.name,
    description: client.clientId,
    // Never the client secret: the node does not carry it (ListUserPoolClients has none on AWS).
    tooltip: `${client.name}\nApp Client Id: ${client.clientId}`,
    icon: { id: 'key' },
    collapsible: 'none',
  }),
};
