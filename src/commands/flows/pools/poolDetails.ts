import type { ClientRef, PoolRef } from '../../../connection/connections';
import { issuerUrl, jwksUrl, regionOf } from '../../../connection/poolUrls';
import { appClientNode, poolNode } from '../../../tree/nodes';
import { StepCounter } from '../../../ui/prompter';
import { renderAppClientDetails, renderPoolDetails } from '../../../views/poolDetailsDocument';
import type { FlowDeps } from '../deps';
import { pickAppClient, pickUserPool } from '../pickers';

// Show Pool Details (DescribeUserPool) and Show App Client Details (DescribeUserPoolClient) in the
// read-only details view; its Refresh button describes again.

export async function showPoolDetails(deps: FlowDeps, pool?: PoolRef): Promise<void> {
  const { connectionId, pool: target } = pool ?? (await pickUserPool(deps.prompter, deps.connections, new StepCounter('Show Pool Details', 1).next()));
  const cognito = deps.connections.cognito(connectionId);
  const endpoint = endpointOf(deps, connectionId);
  await deps.details.show(
    `Pool ${target.name}`,
    async () => renderPoolDetails(await cognito.pools.describe(target.id), { issuer: issuerUrl(target.id, endpoint), jwks: jwksUrl(target.id, endpoint) }, endpoint !== undefined),
    poolNode(connectionId, target).key,
  );
}

export async function showAppClientDetails(deps: FlowDeps, client?: ClientRef, poolName?: string): Promise<void> {
  const target = client ?? (await pickClient(deps, 'Show App Client Details'));
  const cognito = deps.connections.cognito(target.connectionId);
  await deps.details.show(
    `App client ${target.client.name}`,
    async () => renderAppClientDetails(await cognito.clients.describe(target.client.userPoolId, target.client.clientId), poolName ?? target.client.userPoolId),
    appClientNode(target.connectionId, target.client).key,
  );
}

/** From the palette: the pool, then one of its app clients. */
export async function pickClient(deps: FlowDeps, title: string, laterSteps = 0): Promise<ClientRef & { steps: StepCounter }> {
  const steps = new StepCounter(title, 2 + laterSteps);
  const { connectionId, pool } = await pickUserPool(deps.prompter, deps.connections, steps.next());
  const client = await pickAppClient(deps.prompter, deps.connections.cognito(connectionId), pool, steps.next());
  return { connectionId, client, steps };
}

/** The region to name in configuration: the connection's (an emulator's pool ids carry none), else the pool id's. */
export function regionFor(deps: FlowDeps, connectionId: string, userPoolId: string): string {
  const connection = deps.connections.list().find((c) => c.id === connectionId);
  return connection?.settings.endpoint ? (connection.settings.region ?? 'us-east-1') : regionOf(userPoolId);
}

export function endpointOf(deps: FlowDeps, connectionId: string): string | undefined {
  return deps.connections.list().find((c) => c.id === connectionId)?.settings.endpoint;
}
