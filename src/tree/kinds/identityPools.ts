import type { IdentityPoolSummary } from '../../shared/types';
import { connectionKey } from './keys';
import { listed, type KindSpec } from './kindSpec';

// A connection's "Identity pools" folder (Amazon Cognito Identity, a second service) after its user pools, and
// the identity pools in it: each shows its name and id. ListIdentityPools pages by at most 60; the folder costs
// no call until it is opened, so a connection to an emulator without Cognito Identity shows its error only there.

export interface IdentityPoolsFolderNode {
  kind: 'identityPoolsFolder';
  key: string;
  parentKey: string;
  connectionId: string;
}

export interface IdentityPoolNode {
  kind: 'identityPool';
  key: string;
  parentKey: string;
  connectionId: string;
  identityPool: IdentityPoolSummary;
}

export function identityPoolsFolderKey(connectionId: string): string {
  return `${connectionKey(connectionId)}/identityPools`;
}

export function identityPoolsFolderNode(connectionId: string): IdentityPoolsFolderNode {
  return { kind: 'identityPoolsFolder', key: identityPoolsFolderKey(connectionId), parentKey: connectionKey(connectionId), connectionId };
}

export function identityPoolNode(connectionId: string, identityPool: IdentityPoolSummary): IdentityPoolNode {
  const parentKey = identityPoolsFolderKey(connectionId);
  return { kind: 'identityPool', key: `${parentKey}/${encodeURIComponent(identityPool.id)}`, parentKey, connectionId, identityPool };
}

export const identityPoolsFolder: KindSpec<IdentityPoolsFolderNode> = {
  row: () => ({ label: 'Identity pools', icon: { id: 'key' }, collapsible: 'collapsed' }),
  children: listed({
    page: (_folder: IdentityPoolsFolderNode, { cognito, token }) => cognito.identityPools.list(token),
    toNode: (pool, folder) => identityPoolNode(folder.connectionId, pool),
    empty: 'No identity pools in this region',
  }),
};

export const identityPool: KindSpec<IdentityPoolNode> = {
  row: ({ identityPool: pool }) => ({ label: pool.name, description: pool.id, tooltip: `${pool.name}\nIdentity pool Id: ${pool.id}`, icon: { id: 'key' }, collapsible: 'none' }),
};
