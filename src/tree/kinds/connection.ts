import { connectionPlace, type Connection } from '../../connection/connections';
import { displayEndpoint } from '../../connection/endpoint';
import { connectionKey } from './keys';
import { listed, type KindSpec } from './kindSpec';
import { identityPoolsFolderNode } from './identityPools';
import { poolNode } from './pool';

/** A root when `cognito.connections` lists connections; otherwise hidden, its pools are the roots. */
export interface ConnectionNode {
  kind: 'connection';
  key: string;
  connectionId: string;
  connection: Connection;
}

export function connectionNode(connection: Connection): ConnectionNode {
  return { kind: 'connection', key: connectionKey(connection.id), connectionId: connection.id, connection };
}

export const connection: KindSpec<ConnectionNode> = {
  row: ({ connection }) => ({
    label: connection.label,
    description: connectionDescription(connection),
    tooltip: connectionTooltip(connection),
    icon: { id: connection.settings.endpoint ? 'plug' : 'cloud' },
    collapsible: 'expanded',
  }),
  children: listed({
    page: (_parent: ConnectionNode, { cognito, token }) => cognito.pools.list(token),
    toNode: (pool, parent) => poolNode(parent.connectionId, pool),
    empty: 'No user pools in this region',
    after: (parent) => [identityPoolsFolderNode(parent.connectionId)],
  }),
};

/** Beside the label: what the label may not say (the profile and region, or the endpoint). */
function connectionDescription(connection: Connection): string {
  const text = connectionPlace(connection);
  return text === connection.label ? '' : text;
}

export function connectionTooltip(connection: Connection): string {
  const { profile, region, endpoint } = connection.settings;
  return [
    connection.label,
    endpoint ? `Endpoint: ${displayEndpoint(endpoint)}` : `AWS profile: ${profile ?? 'the default credential chain'}`,
    `Region: ${region ?? 'the profile’s region'}`,
  ].join('\n');
}
