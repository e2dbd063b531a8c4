import type { ClientRef, PoolRef } from '../../connection/connections';
import { StepCounter } from '../../ui/prompter';
import type { FlowDeps } from './deps';
import { pickAppClient, pickUserPool } from './pickers';

// Copy Pool Id / Copy App Client Id: from a tree node directly, or from the palette by picking the
// pool (and then the app client). The status bar names the id that was copied.

export async function copyPoolId(deps: FlowDeps, pool?: PoolRef): Promise<string> {
  const target = pool ?? (await pickUserPool(deps.prompter, deps.connections, new StepCounter('Copy Pool Id', 1).next()));
  await copyToClipboard(deps, 'Pool Id', target.pool.id);
  return target.pool.id;
}

export async function copyAppClientId(deps: FlowDeps, client?: ClientRef): Promise<string> {
  let target = client?.client;
  if (!target) {
    const steps = new StepCounter('Copy App Client Id', 2);
    const { connectionId, pool } = await pickUserPool(deps.prompter, deps.connections, steps.next());
    target = await pickAppClient(deps.prompter, deps.connections.cognito(connectionId), pool, steps.next());
  }
  await copyToClipboard(deps, 'App Client Id', target.clientId);
  return target.clientId;
}

export async function copyToClipboard(deps: Pick<FlowDeps, 'clipboard' | 'feedback'>, what: string, id: string): Promise<void> {
  await deps.clipboard.writeText(id);
  deps.feedback.status(`$(check) Copied ${what} ${id}`);
}
