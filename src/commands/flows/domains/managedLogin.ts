import type { PoolRef } from '../../../connection/connections';
import { listAll } from '../../../shared/paging';
import type { AppClient, CognitoApi, PoolDomain } from '../../../shared/types';
import { poolNode } from '../../../tree/nodes';
import type { FlowDeps } from '../deps';
import { MAX_PAGES } from '../pickers';

// What the domain flows share: the pool's prefix domain as DescribeUserPool names it and
// DescribeUserPoolDomain describes it, and which app clients have a managed-login branding style.

/** The pool's prefix domain, described; undefined when the pool has none. */
export async function domainOfPool(cognito: CognitoApi, userPoolId: string): Promise<PoolDomain | undefined> {
  const domain = (await cognito.pools.describe(userPoolId)).settings?.domain;
  if (!domain) return undefined;
  // A domain DescribeUserPoolDomain does not know (an emulator that names but does not describe it) is still the pool's.
  return (await cognito.domains.describe(domain).catch(() => undefined)) ?? { domain, userPoolId };
}

export interface ClientBranding {
  client: AppClient;
  branded: boolean;
}

/** Every app client of the pool, with whether it has a branding style (one DescribeManagedLoginBrandingByClient each). */
export async function brandingOfClients(cognito: CognitoApi, userPoolId: string): Promise<ClientBranding[]> {
  const clients = await listAll((token) => cognito.clients.list(userPoolId, token), MAX_PAGES);
  return Promise.all(clients.map(async (client) => ({ client, branded: await cognito.domains.hasBranding(userPoolId, client.clientId) })));
}

/** An open Pool Details shows the domain and its managed login anew. */
export function poolDetailsChanged(deps: FlowDeps, { connectionId, pool }: PoolRef): void {
  deps.details.changed(poolNode(connectionId, pool).key);
}
