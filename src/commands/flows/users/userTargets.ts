import type { User } from '../../../shared/types';
import type { PoolRef } from '../../../connection/connections';
import type { FlowDeps } from '../deps';
import { pickUser, pickUserPool } from '../pickers';
import type { AskStep } from '../steps';

// The users a command acts on: the node it was run on (or every selected one), or, from the palette,
// a pool and then a user found by a server-side search.

export interface UserRef {
  connectionId: string;
  userPoolId: string;
  user: User;
}

/** The answers of the user steps; `userPool` is asked only from the palette, to find the user in. */
export interface UsersAnswers {
  userPool: PoolRef;
  refs: UserRef[];
}

/** The pool and user picks of the palette, both skipped when the command ran on user nodes. */
export function userSteps<A extends UsersAnswers = UsersAnswers>(deps: FlowDeps): [AskStep<A, 'userPool'>, AskStep<A, 'refs'>] {
  return [
    { fills: 'userPool', skip: (a) => a.refs !== undefined, ask: async (_, step) => (await pickUserPool(deps.prompter, deps.connections, step)) as A['userPool'] },
    {
      fills: 'refs',
      skip: (a) => a.refs !== undefined,
      ask: async ({ userPool: { connectionId, pool } }, step) => [{ connectionId, userPoolId: pool.id, user: await pickUser(deps.prompter, deps.connections.cognito(connectionId), pool, step) }] as A['refs'],
    },
  ];
}

/** The users given by the nodes, if any. */
export function givenUsers(given: UserRef[] | UserRef | undefined): Partial<UsersAnswers> {
  const refs = given === undefined ? [] : Array.isArray(given) ? given : [given];
  return refs.length > 0 ? { refs } : {};
}

/** "alice" or "3 users", for confirmations and summaries. */
export function describeUsers(refs: UserRef[]): string {
  return refs.length === 1 ? refs[0].user.username : `${refs.length} users`;
}
