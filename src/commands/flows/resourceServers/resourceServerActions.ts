import type { PoolRef } from '../../../connection/connections';
import type { ResourceServer, ResourceServerScope } from '../../../shared/types';
import { resourceServerNode, type ResourceServerNode } from '../../../tree/nodes';
import { NothingToPick, type Prompter, type StepInfo } from '../../../ui/prompter';
import { checkResourceServerIdentifier, checkResourceServerName, checkScope, MAX_SCOPES, parseScope } from '../../../validation/resourceServer';
import type { FlowDeps } from '../deps';
import { runFlow } from '../steps';
import { poolStep } from '../targetSteps';

// Resource servers: Create Resource Server (identifier, name, then its scopes one `name — description` a
// box, an empty box ending them), Delete Resource Server (modal), Add Scope and Remove Scope. Cognito's
// UpdateResourceServer replaces the whole server, so a scope edit reads the server anew and sends its name
// and every other scope back unchanged. The tree shows each change at once.

interface CreateResourceServerAnswers {
  pool: PoolRef;
  identifier: string;
  name: string;
  scopes: ResourceServerScope[];
}

export async function createResourceServer(deps: FlowDeps, pool?: PoolRef): Promise<ResourceServer> {
  const { prompter } = deps;
  return runFlow<CreateResourceServerAnswers, ResourceServer>({
    title: 'Create Resource Server',
    given: { pool },
    steps: [
      poolStep(deps),
      {
        fills: 'identifier',
        ask: ({ pool: { pool: target } }, step) =>
          prompter.input({ ...step, prompt: `Identifier of the new resource server in "${target.name}": usually the API's URL; scopes are named <identifier>/<scope>`, placeholder: 'https://api.example.com', validate: checkResourceServerIdentifier }),
      },
      { fills: 'name', ask: (_, step) => prompter.input({ ...step, prompt: 'Name of the resource server', placeholder: 'Orders API', validate: checkResourceServerName }) },
      { fills: 'scopes', ask: (_, step) => askScopes(prompter, step) },
    ],
    execute: async ({ pool: { connectionId, pool: target }, identifier, name, scopes }) => {
      const server = await deps.feedback.progress(`Creating resource server ${name}…`, () => deps.connections.cognito(connectionId).resourceServers.create({ userPoolId: target.id, identifier, name, scopes }));
      await deps.tree.showCreated(resourceServerNode(connectionId, server));
      deps.feedback.status(`$(check) Created resource server ${server.name} in ${target.name}`);
      return server;
    },
  });
}

/** Scopes one box at a time, as `name — description`; an empty box ends them (none at all is fine). */
async function askScopes(prompter: Prompter, step: StepInfo): Promise<ResourceServerScope[]> {
  const scopes: ResourceServerScope[] = [];
  while (scopes.length < MAX_SCOPES) {
    const taken = scopes.map((s) => s.name);
    const typed = await prompter.input({
      ...step,
      prompt: `Scope ${scopes.length + 1} (optional) as “name — description”; leave empty to ${scopes.length === 0 ? 'create it without scopes' : `finish with ${scopes.length}`}`,
      placeholder: 'orders.read — Read the orders',
      validate: (value) => (value.trim() === '' ? undefined : checkScope(value, taken)),
    });
    const scope = parseScope(typed);
    if (!scope) break;
    scopes.push(scope);
  }
  return scopes;
}

export async function deleteResourceServer(deps: FlowDeps, node: ResourceServerNode): Promise<void> {
  const { server } = node;
  await deps.prompter.confirm({
    message: `Delete the resource server ${server.name} (${server.identifier})?`,
    detail: `Its ${server.scopes.length} scopes go with it: app clients can no longer ask for them, and access tokens issued from now on do not carry them. This cannot be undone.`,
    action: 'Delete',
  });
  await deps.feedback.progress(`Deleting resource server ${server.name}…`, () => deps.connections.cognito(node.connectionId).resourceServers.delete(server.userPoolId, server.identifier));
  await deps.tree.removed([node]);
  deps.feedback.status(`$(check) Deleted resource server ${server.name}`);
}

interface ScopeEditAnswers {
  current: ResourceServer;
  scope: ResourceServerScope;
}

/** The server as DescribeResourceServer tells it now: the update sends back what another window changed, too. */
function currentServerStep(deps: FlowDeps, node: ResourceServerNode) {
  return { fills: 'current' as const, load: () => deps.connections.cognito(node.connectionId).resourceServers.describe(node.server.userPoolId, node.server.identifier) };
}

export async function addScope(deps: FlowDeps, node: ResourceServerNode): Promise<ResourceServer> {
  return runFlow<ScopeEditAnswers, ResourceServer>({
    title: 'Add Scope',
    given: {},
    steps: [
      currentServerStep(deps, node),
      {
        fills: 'scope',
        ask: async ({ current }, step) => {
          if (current.scopes.length >= MAX_SCOPES) throw new NothingToPick(`${current.name} already has ${MAX_SCOPES} scopes, Cognito's most; remove one first.`);
          const taken = current.scopes.map((s) => s.name);
          const typed = await deps.prompter.input({ ...step, prompt: `New scope of ${current.name} as “name — description”; clients ask for it as ${current.identifier}/<name>`, placeholder: 'orders.write — Place orders', validate: (value) => checkScope(value, taken) });
          return parseScope(typed) as ResourceServerScope;
        },
      },
    ],
    execute: ({ current, scope }) => saveScopes(deps, node, current, [...current.scopes, scope], `added scope ${scope.name}`),
  });
}

export async function removeScope(deps: FlowDeps, node: ResourceServerNode): Promise<ResourceServer> {
  return runFlow<ScopeEditAnswers, ResourceServer>({
    title: 'Remove Scope',
    given: {},
    steps: [
      currentServerStep(deps, node),
      {
        fills: 'scope',
        ask: ({ current }, step) => {
          if (current.scopes.length === 0) throw new NothingToPick(`${current.name} has no scopes to remove.`);
          return deps.prompter.pick(
            current.scopes.map((s) => ({ label: s.name, description: s.description, value: s })),
            { ...step, placeholder: `The scope of ${current.name} to remove` },
          );
        },
      },
      {
        confirm: async ({ current, scope }) =>
          deps.prompter.confirm({
            message: `Remove the scope ${current.identifier}/${scope.name}?`,
            detail: 'App clients that allow it must stop naming it before their next settings change, and access tokens issued from now on do not carry it.',
            action: 'Remove',
          }),
      },
    ],
    execute: ({ current, scope }) => saveScopes(deps, node, current, current.scopes.filter((s) => s.name !== scope.name), `removed scope ${scope.name}`),
  });
}

/** UpdateResourceServer with the server's name and the given scopes: the whole server, nothing left to reset. */
async function saveScopes(deps: FlowDeps, node: ResourceServerNode, current: ResourceServer, scopes: ResourceServerScope[], done: string): Promise<ResourceServer> {
  const updated = await deps.feedback.progress(`Updating ${current.name}…`, () => deps.connections.cognito(node.connectionId).resourceServers.update({ ...current, scopes }));
  await deps.tree.itemChanged(resourceServerNode(node.connectionId, updated));
  deps.feedback.status(`$(check) ${updated.name}: ${done}`);
  return updated;
}
