import type { ClientRef, PoolRef } from '../../connection/connections';
import type { FlowDeps } from './deps';
import { runFlow } from './steps';
import { clientSteps, poolStep } from './targetSteps';

// Copy Pool Id / Copy App Client Id: from a tree node directly, or from the palette by picking the
// pool (and then the app client). The status bar names the id that was copied.

export async function copyPoolId(deps: FlowDeps, pool?: PoolRef): Promise<string> {
  return runFlow<{ pool: PoolRef }, string>({
    title: 'Copy Pool Id',
    given: { pool },
    steps: [poolStep(deps)],
    execute: async ({ pool: target }) => {
      await copyToClipboard(deps, 'Pool Id', target.pool.id);
      return target.pool.id;
    },
  });
}

export async function copyAppClientId(deps: FlowDeps, client?: ClientRef): Promise<string> {
  return runFlow<{ clientPool: PoolRef; client: ClientRef }, string>({
    title: 'Copy App Client Id',
    given: { client },
    steps: clientSteps(deps),
    execute: async ({ client: { client: target } }) => {
      await copyToClipboard(deps, 'App Client Id', target.clientId);
      return target.clientId;
    },
  });
}

export async function copyToClipboard(deps: Pick<FlowDeps, 'clipboard' | 'feedback'>, what: string, id: string): Promise<void> {
  await deps.clipboard.writeText(id);
  deps.feedback.status(`$(check) Copied ${what} ${id}`);
}
