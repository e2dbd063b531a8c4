import type { Connection, PoolRef } from '../../../connection/connections';
import { identityProviderName } from '../../../connection/poolUrls';
import { CognitoError } from '../../../shared/errors';
import { listAll } from '../../../shared/paging';
import type { AppClient, IdentityPool, IdentityPoolSummary, IdentityRole, TrustedClient } from '../../../shared/types';
import { identityPoolNode, type IdentityPoolNode } from '../../../tree/nodes';
import { NothingToPick, type PickItem, type StepInfo } from '../../../ui/prompter';
import { checkIdentityPoolName, checkRoleArn } from '../../../validation/identityPool';
import { identityPoolDetailsModel, type ClientNames } from '../../../views/models/identityPoolDetailsModel';
import { copyToClipboard } from '../copyIds';
import type { FlowDeps } from '../deps';
import { MAX_PAGES, pickAppClient, pickConnection } from '../pickers';
import { regionFor } from '../connectionPlace';
import { askAlone, runFlow } from '../steps';
import { poolStep } from '../targetSteps';

// Identity pools (Cognito Identity): Create Identity Pool… from an app client (its user pool's provider name and
// the client id, CreateIdentityPool then SetIdentityPoolRoles), Delete Identity Pool (its name typed, as for a user
// pool), Add App Client to Identity Pool… (a whole-configuration UpdateIdentityPool), Copy Identity Pool Id and
// Show Identity Pool Details. Roles are picked from the account's roles that Cognito Identity may assume
// (ListRoles, their trust policies), or typed as an ARN; a person without iam:ListRoles types it.
//   Create on an app client: 1. name  2. guest access  3. authenticated role  (4. guest role)
//   from the palette: 1. pool  2. app client, then the same

export interface IdentityPoolRef {
  connectionId: string;
  identityPool: IdentityPoolSummary;
}

interface CreateAnswers {
  pool: PoolRef;
  client: AppClient;
  /** The connection serves Cognito Identity (an emulator may not): checked before the questions. */
  served: true;
  name: string;
  allowGuests: boolean;
  roles: { roles: IdentityRole[]; note?: string };
  authenticated: string;
  unauthenticated: string;
}

export async function createIdentityPool(deps: FlowDeps, target?: { connectionId: string; pool: PoolRef['pool']; client?: AppClient }): Promise<IdentityPool> {
  const { prompter } = deps;
  return runFlow<CreateAnswers, IdentityPool>({
    title: 'Create Identity Pool',
    given: target ? { pool: { connectionId: target.connectionId, pool: target.pool }, client: target.client } : {},
    steps: [
      poolStep(deps),
      { fills: 'client', skip: (a) => a.client !== undefined, ask: (a, step) => pickAppClient(prompter, deps.connections.cognito(a.pool.connectionId), a.pool.pool, step) },
      { fills: 'served', load: (a) => identityServed(deps, a.pool.connectionId) },
      {
        fills: 'name',
        ask: ({ client }, step) =>
          prompter.input({ ...step, prompt: `Name of the identity pool that trusts ${client.name}`, placeholder: `${client.name.replace(/[^\w\s+=,.@-]/g, '')} identities`.trim(), validate: checkIdentityPoolName }),
      },
      {
        fills: 'allowGuests',
        ask: (_, step) =>
          prompter.pick(
            [
              { label: 'No guest access', detail: 'Only signed-in users of the app client get credentials (the authenticated role)', value: false },
              { label: 'Allow guest access', detail: 'Anyone gets credentials of an unauthenticated role, without signing in', value: true },
            ],
            { ...step, placeholder: 'Guest (unauthenticated) access' },
          ),
      },
      { fills: 'roles', load: (a) => identityRoles(deps, a.pool.connectionId) },
      { fills: 'authenticated', ask: (a, step) => pickRole(deps, a.roles, 'authenticated', step) },
      { fills: 'unauthenticated', skip: (a) => a.allowGuests !== true, ask: (a, step) => pickRole(deps, a.roles, 'unauthenticated', step) },
    ],
    execute: async ({ pool: { connectionId, pool }, client, name, allowGuests, authenticated, unauthenticated }) => {
      const cognito = deps.connections.cognito(connectionId);
      const trusted = trustedClientOf(deps, connectionId, pool.id, client.clientId);
      const created = await deps.feedback.progress(`Creating identity pool ${name}…`, () => cognito.identityPools.create({ name, allowGuests, client: trusted }));
      await deps.tree.showCreated(identityPoolNode(connectionId, { id: created.id, name: created.name }));
      try {
        await deps.feedback.progress(`Setting the roles of ${name}…`, () => cognito.identityPools.setRoles(created.id, { authenticated, ...(allowGuests && { unauthenticated }) }));
      } catch (error) {
        const why = error instanceof Error ? error.message : String(error);
        throw new CognitoError(`Created the identity pool ${name}, but setting its roles failed: ${why.replace(/\.$/, '')}; it gives no credentials until it has them (delete it, or set them in the AWS Console).`, error instanceof CognitoError ? error.kind : 'unknown');
      }
      deps.log.info(`Created identity pool ${created.id} trusting ${client.clientId} of ${pool.id}`);
      deps.feedback.status(`$(check) Created identity pool ${name} (${created.id}), trusting ${client.name}`);
      return created;
    },
  });
}

/** One ListIdentityPools page, so that an endpoint without Cognito Identity (cognito-local) says so before any
 *  question; any other failure (a role allowed to create but not to list) is left to the create itself. */
async function identityServed(deps: FlowDeps, connectionId: string): Promise<true> {
  try {
    await deps.connections.cognito(connectionId).identityPools.list();
  } catch (error) {
    if (error instanceof CognitoError && error.kind === 'unsupported') throw new NothingToPick(error.message);
  }
  return true;
}

/** The app client as an identity pool names it: `cognito-idp.<region>.amazonaws.com/<poolId>` and its id. */
export function trustedClientOf(deps: FlowDeps, connectionId: string, userPoolId: string, clientId: string): TrustedClient {
  return { providerName: identityProviderName(userPoolId, regionFor(deps, connectionId, userPoolId)), clientId, serverSideTokenCheck: false };
}

/** The roles Cognito Identity may assume, every page; without iam:ListRoles, none and a note, and the ARN is typed. */
async function identityRoles(deps: FlowDeps, connectionId: string): Promise<{ roles: IdentityRole[]; note?: string }> {
  try {
    return { roles: await listAll((marker) => deps.connections.cognito(connectionId).roles.listForIdentityPools(marker), MAX_PAGES) };
  } catch (error) {
    return { roles: [], note: error instanceof Error ? error.message : String(error) };
  }
}

const TYPE_ARN = 'type';

async function pickRole(deps: FlowDeps, { roles, note }: { roles: IdentityRole[]; note?: string }, kind: 'authenticated' | 'unauthenticated', step: StepInfo): Promise<string> {
  const fits = (role: IdentityRole) => role.trusts === kind || role.trusts === 'both' || role.trusts === 'unstated';
  const items: PickItem<string>[] = [...roles]
    .sort((a, b) => Number(fits(b)) - Number(fits(a)) || a.name.localeCompare(b.name))
    .map((role) => ({
      label: role.name,
      description: role.trusts === 'unstated' ? 'any identity' : `${role.trusts} identities`,
      detail: role.identityPools.length > 0 ? `${role.arn} · only for ${role.identityPools.join(', ')}` : role.arn,
      value: role.arn,
    }));
  items.push({ label: 'Type a role ARN…', detail: note ? `The roles could not be listed: ${note}` : 'A role not listed here, or in another account', value: TYPE_ARN });
  const who = kind === 'authenticated' ? 'signed-in users' : 'guests';
  const picked = await deps.prompter.pick(items, { ...step, placeholder: `The IAM role ${who} get (roles whose trust policy lets Cognito Identity assume them)` });
  if (picked !== TYPE_ARN) return picked;
  return (await deps.prompter.input({ ...step, prompt: `ARN of the IAM role ${who} get`, placeholder: 'arn:aws:iam::123456789012:role/CognitoAuthenticated', validate: checkRoleArn })).trim();
}

export async function deleteIdentityPool(deps: FlowDeps, node: IdentityPoolNode): Promise<void> {
  const { identityPool } = node;
  await askAlone('Delete Identity Pool', (step) =>
    deps.prompter.input({
      ...step,
      prompt: `Type the identity pool's name, ${identityPool.name}, to delete it (${identityPool.id}): its identities and their ids are lost, and apps using it get no more credentials. This cannot be undone.`,
      placeholder: identityPool.name,
      validate: (value) => (value === identityPool.name ? undefined : `Type ${identityPool.name} exactly to confirm.`),
    }),
  );
  await deps.feedback.progress(`Deleting identity pool ${identityPool.name}…`, () => deps.connections.cognito(node.connectionId).identityPools.delete(identityPool.id));
  await deps.tree.removed([node]);
  deps.log.info(`Deleted identity pool ${identityPool.id}`);
  deps.feedback.status(`$(check) Deleted identity pool ${identityPool.name}`);
}

export async function copyIdentityPoolId(deps: FlowDeps, node?: IdentityPoolRef): Promise<string> {
  const ref = node ?? (await pickIdentityPool(deps, 'Copy Identity Pool Id'));
  await copyToClipboard(deps, 'Identity Pool Id', ref.identityPool.id);
  return ref.identityPool.id;
}

/** Adds the app client to an identity pool's trusted clients: UpdateIdentityPool with everything else as it is. */
export async function addClientToIdentityPool(deps: FlowDeps, target: { connectionId: string; pool: PoolRef['pool']; client: AppClient }): Promise<void> {
  const ref = await pickIdentityPool(deps, 'Add App Client to Identity Pool', target.connectionId);
  const trusted = trustedClientOf(deps, target.connectionId, target.pool.id, target.client.clientId);
  await deps.prompter.confirm({
    message: `Let the identity pool ${ref.identityPool.name} trust ${target.client.name}?`,
    detail: `Its users' ID tokens (${trusted.providerName}) then get AWS credentials of the identity pool's authenticated role. Every other setting of the identity pool stays as it is.`,
    action: 'Add App Client',
  });
  await deps.feedback.progress(`Updating identity pool ${ref.identityPool.name}…`, () => deps.connections.cognito(target.connectionId).identityPools.addTrustedClient(ref.identityPool.id, trusted));
  deps.details.changed(identityPoolNode(target.connectionId, ref.identityPool).key);
  deps.feedback.status(`$(check) ${ref.identityPool.name} now trusts ${target.client.name}`);
}

/** An identity pool of the connection (asked when there are several), every page. */
export async function pickIdentityPool(deps: FlowDeps, title: string, connectionId?: string): Promise<IdentityPoolRef> {
  return runFlow<{ connection: Connection; ref: IdentityPoolRef }, IdentityPoolRef>({
    title,
    given: connectionId ? { connection: deps.connections.list().find((c) => c.id === connectionId) } : {},
    steps: [
      { fills: 'connection', skip: (a) => a.connection !== undefined, ask: (_, step) => pickConnection(deps.prompter, deps.connections, step) },
      {
        fills: 'ref',
        ask: async ({ connection }, step) => {
          const pools = await identityPoolsOf(deps, connection.id, connection.label);
          const pool = await deps.prompter.pick(pools.map((p) => ({ label: p.name, description: p.id, value: p })), { ...step, placeholder: 'Choose an identity pool' });
          return { connectionId: connection.id, identityPool: pool };
        },
      },
    ],
    execute: async ({ ref }) => ref,
  });
}

/** Every identity pool of the connection (up to MAX_PAGES pages), or one sentence when it has none. */
export async function identityPoolsOf(deps: FlowDeps, connectionId: string, where: string): Promise<IdentityPoolSummary[]> {
  const pools = await listAll((token) => deps.connections.cognito(connectionId).identityPools.list(token), MAX_PAGES);
  if (pools.length === 0) throw new NothingToPick(`There are no identity pools in ${where}; create one from an app client first (Create Identity Pool…).`);
  return pools;
}

export async function showIdentityPoolDetails(deps: FlowDeps, node: IdentityPoolNode): Promise<void> {
  const cognito = deps.connections.cognito(node.connectionId);
  await deps.details.show(
    `Identity pool ${node.identityPool.name}`,
    async () => {
      const [pool, roles] = await Promise.all([
        cognito.identityPools.describe(node.identityPool.id),
        cognito.identityPools.roles(node.identityPool.id).catch((error: unknown) => ({ unavailable: `unknown: ${error instanceof Error ? error.message : String(error)}` })),
      ]);
      return identityPoolDetailsModel(pool, roles, await clientNames(deps, node.connectionId, pool));
    },
    node,
  );
}

/** The app client names of the trusted clients (one DescribeUserPoolClient each; one gone or of another account
 *  is named by its id alone), and their user pool ids. */
async function clientNames(deps: FlowDeps, connectionId: string, pool: IdentityPool): Promise<ClientNames> {
  const names: ClientNames = {};
  for (const client of pool.trustedClients) {
    const userPoolId = client.providerName.split('/').pop() ?? '';
    const described = await deps.connections
      .cognito(connectionId)
      .clients.describe(userPoolId, client.clientId)
      .catch(() => undefined);
    names[`${client.providerName} ${client.clientId}`] = { poolName: userPoolId, clientName: described?.name };
  }
  return names;
}
