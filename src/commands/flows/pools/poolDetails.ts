import type { ClientRef, PoolRef } from '../../../connection/connections';
import { issuerUrl, jwksUrl, managedLoginBaseUrl } from '../../../connection/poolUrls';
import type { CognitoApi, ManagedLogin } from '../../../shared/types';
import { appClientNode, poolNode } from '../../../tree/nodes';
import { appClientDetailsModel } from '../../../views/models/appClientDetailsModel';
import { poolDetailsModel } from '../../../views/models/poolDetailsModel';
import { endpointOf, loginLocationOf } from '../connectionPlace';
import type { FlowDeps } from '../deps';
import { brandingOfClients } from '../domains/managedLogin';
import { runFlow } from '../steps';
import { clientSteps, poolStep } from '../targetSteps';

// Show Pool Details (DescribeUserPool) and Show App Client Details (DescribeUserPoolClient) in the
// read-only details view; its Refresh button describes again.

export async function showPoolDetails(deps: FlowDeps, pool?: PoolRef): Promise<void> {
  return runFlow<{ pool: PoolRef }, void>({ title: 'Show Pool Details', given: { pool }, steps: [poolStep(deps)], execute: ({ pool: chosen }) => showPool(deps, chosen) });
}

async function showPool(deps: FlowDeps, { connectionId, pool: target }: PoolRef): Promise<void> {
  const cognito = deps.connections.cognito(connectionId);
  const endpoint = endpointOf(deps, connectionId);
  const read = async () => {
    // The MFA factors are GetUserPoolMfaConfig's: a failure of that read (a role without the permission) leaves
    // its field saying why, and the rest of the view still shows.
    const [pool, mfa] = await Promise.all([cognito.pools.describe(target.id), cognito.pools.getMfaConfig(target.id).then((config) => ({ config }), (error: unknown) => ({ error }))]);
    const managedLogin = pool.settings?.domain ? await managedLoginOf(cognito, target.id, pool.settings.domain) : undefined;
    const withMfa = 'config' in mfa ? { ...pool, mfaConfig: mfa.config } : { ...pool, mfaConfigUnavailable: `unknown: ${mfa.error instanceof Error ? mfa.error.message : String(mfa.error)}` };
    return { ...withMfa, managedLogin };
  };
  await deps.details.show(
    `Pool ${target.name}`,
    async () => {
      const pool = await read();
      const domain = pool.settings?.domain;
      const urls = { issuer: issuerUrl(target.id, endpoint), jwks: jwksUrl(target.id, endpoint), signInBase: domain ? managedLoginBaseUrl(target.id, domain, loginLocationOf(deps, connectionId)) : undefined };
      return poolDetailsModel(pool, urls, endpoint !== undefined);
    },
    poolNode(connectionId, target),
  );
}

/** The domain's managed login version and, with version 2, which app clients lack the branding style its pages
 *  need. A read that fails (a role without the permission, an emulator without the operation) leaves the field
 *  saying why, and the rest of the view still shows. */
async function managedLoginOf(cognito: CognitoApi, userPoolId: string, domain: string): Promise<ManagedLogin> {
  try {
    const version = (await cognito.domains.describe(domain))?.managedLoginVersion;
    if (version !== 2) return { version };
    const clients = await brandingOfClients(cognito, userPoolId);
    return { version, clientCount: clients.length, unbrandedClients: clients.filter((c) => !c.branded).map((c) => c.client.name) };
  } catch (error) {
    return { unavailable: error instanceof Error ? error.message : String(error) };
  }
}

export async function showAppClientDetails(deps: FlowDeps, client?: ClientRef, poolName?: string): Promise<void> {
  return runFlow<{ clientPool: PoolRef; client: ClientRef }, void>({ title: 'Show App Client Details', given: { client }, steps: clientSteps(deps), execute: ({ client: chosen }) => showClient(deps, chosen, poolName) });
}

async function showClient(deps: FlowDeps, target: ClientRef, poolName: string | undefined): Promise<void> {
  const cognito = deps.connections.cognito(target.connectionId);
  const emulator = endpointOf(deps, target.connectionId) !== undefined;
  await deps.details.show(
    `App client ${target.client.name}`,
    async () => appClientDetailsModel(await cognito.clients.describe(target.client.userPoolId, target.client.clientId), poolName ?? target.client.userPoolId, emulator),
    appClientNode(target.connectionId, target.client),
  );
}
