import type { User } from '../../../cognito/types';
import { StepCounter } from '../../../ui/prompter';
import type { FlowDeps } from '../deps';
import { pickUser, pickUserPool } from '../pickers';

// The users a command acts on: the node it was run on (or every selected one), or, from the palette,
// a pool and then a user found by a server-side search.

export interface UserRef {
  connectionId: string;
  userPoolId: string;
  user: User;
}

export interface UsersTarget {
  refs: UserRef[];
  /** The steps counted so far (pool and user picks from the palette), for the flow's later questions. */
  steps: StepCounter;
}

/** @param laterSteps how many questions the flow asks after choosing the users */
export async function chooseUsers(deps: FlowDeps, title: string, given: UserRef[], laterSteps: number): Promise<UsersTarget> {
  if (given.length > 0) return { refs: given, steps: new StepCounter(title, laterSteps) };
  const steps = new StepCounter(title, laterSteps + 2);
  const { connectionId, pool } = await pickUserPool(deps.prompter, deps.connections, steps.next());
  const user = await pickUser(deps.prompter, deps.connections.cognito(connectionId), pool, steps.next());
  return { refs: [{ connectionId, userPoolId: pool.id, user }], steps };
}

/** "alice" or "3 users", for confirmations and summaries. */
export function describeUsers(refs: UserRef[]): string {
  return refs.length === 1 ? refs[0].user.username : `${refs.length} users`;
}
