import type { ClientRef, PoolRef } from '../../connection/connections';
import type { FlowDeps } from './deps';
import { pickAppClient, pickUserPool } from './pickers';
import type { AskStep } from './steps';

// The first steps of most flows: the pool, or the pool and then one of its app clients. Each is skipped
// when the command ran on a node that gives it. Each is generic over the flow's answers, so it is typed as a
// step of that flow itself: a step of a narrower answer type would be assignable only by method bivariance,
// which TypeScript decides differently depending on the order it checks files in.

export function poolStep<A extends { pool: PoolRef }>(deps: FlowDeps): AskStep<A, 'pool'> {
  return { fills: 'pool', skip: (a) => a.pool !== undefined, ask: async (_, step) => (await pickUserPool(deps.prompter, deps.connections, step)) as A['pool'] };
}

/** The pool is asked only to find the client in it; a client node gives both. */
export function clientSteps<A extends { clientPool: PoolRef; client: ClientRef }>(deps: FlowDeps): [AskStep<A, 'clientPool'>, AskStep<A, 'client'>] {
  return [
    { fills: 'clientPool', skip: (a) => a.client !== undefined, ask: async (_, step) => (await pickUserPool(deps.prompter, deps.connections, step)) as A['clientPool'] },
    {
      fills: 'client',
      skip: (a) => a.client !== undefined,
      ask: async ({ clientPool: { connectionId, pool } }, step) => ({ connectionId, client: await pickAppClient(deps.prompter, deps.connections.cognito(connectionId), pool, step) }) as A['client'],
    },
  ];
}
