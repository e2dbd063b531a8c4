import type { ClientRef, PoolRef } from '../../connection/connections';
import type { FlowDeps } from './deps';
import { pickAppClient, pickUserPool } from './pickers';
import type { AskStep } from './steps';

// The first steps of most flows: the pool, or the pool and then one of its app clients. Each is skipped
// when the command ran on a node that gives it.

export function poolStep(deps: FlowDeps): AskStep<{ pool: PoolRef }, 'pool'> {
  return { fills: 'pool', skip: (a) => a.pool !== undefined, ask: (_, step) => pickUserPool(deps.prompter, deps.connections, step) };
}

/** The pool is asked only to find the client in it; a client node gives both. */
export function clientSteps(deps: FlowDeps): [AskStep<{ clientPool: PoolRef; client: ClientRef }, 'clientPool'>, AskStep<{ clientPool: PoolRef; client: ClientRef }, 'client'>] {
  return [
    { fills: 'clientPool', skip: (a) => a.client !== undefined, ask: (_, step) => pickUserPool(deps.prompter, deps.connections, step) },
    {
      fills: 'client',
      skip: (a) => a.client !== undefined,
      ask: async ({ clientPool: { connectionId, pool } }, step) => ({ connectionId, client: await pickAppClient(deps.prompter, deps.connections.cognito(connectionId), pool, step) }),
    },
  ];
}
