import type { PoolRef } from '../../../connection/connections';
import { managedLoginBaseUrl } from '../../../connection/poolUrls';
import { listAll } from '../../../shared/paging';
import type { AppClient, CognitoApi, PoolDomain } from '../../../shared/types';
import { poolNode } from '../../../tree/nodes';
import { NothingToPick } from '../../../ui/prompter';
import type { FlowDeps } from '../deps';
import { MAX_PAGES } from '../pickers';
import { loginLocationOf } from '../connectionPlace';

// What the domain flows share: the pool's prefix domain as DescribeUserPool names it and
// DescribeUserPoolDomain describes it, and which app clients have a managed-login branding style.

/** Where the pool's managed login and OAuth endpoints are: the endpoint's own origin for an emulator, the
 *  prefix domain on AWS; a pool without a domain has none, and `purpose` says what the person wanted. */
export async function managedLoginBase(deps: FlowDeps, { connectionId, pool }: PoolRef, purpose: string): Promise<string> {
  const where = loginLocationOf(deps, connectionId);
  if (where.endpoint || where.managedLoginUrl) return managedLoginBaseUrl(pool.id, '', where);
  const domain = await domainOfPool(deps.connections.cognito(connectionId), pool.id);
  if (!domain) throw new NothingToPick(`The pool ${pool.name} has no domain, so it has no ${purpose}; create one first (Create Domain…).`);
  return managedLoginBaseUrl(pool.id, domain.domain);
}

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

/** DescribeManagedLoginBrandingByClient calls at a time: a pool may have hundreds of clients, and Cognito
 *  throttles a burst of reads (its UserPoolResourceRead quota is shared by the account). */
const AT_ONCE = 5;

/** Every app client of the pool, with whether it has a branding style (one DescribeManagedLoginBrandingByClient each). */
export async function brandingOfClients(cognito: CognitoApi, userPoolId: string): Promise<ClientBranding[]> {
  const clients = await listAll((token) => cognito.clients.list(userPoolId, token), MAX_PAGES);
  const result: ClientBranding[] = [];
  for (let start = 0; start < clients.length; start += AT_ONCE) {
    const batch = clients.slice(start, start + AT_ONCE);
    result.push(...(await Promise.all(batch.map(async (client) => ({ client, branded: await cognito.domains.hasBranding(userPoolId, client.clientId) })))));
  }
  return result;
}

/** An open Pool Details shows the domain and its managed login anew. */
export function poolDetailsChanged(deps: FlowDeps, { connectionId, pool }: PoolRef): void {
  deps.details.changed(poolNode(connectionId, pool).key);
}
