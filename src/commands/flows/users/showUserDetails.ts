import { userNode } from '../../../tree/nodes';
import { userDetailsModel } from '../../../views/models/userDetailsModel';
import type { FlowDeps } from '../deps';
import { endpointOf } from '../connectionPlace';
import { runFlow } from '../steps';
import { givenUsers, userSteps, type UsersAnswers, type UserRef } from './userTargets';

// Show User Details: AdminGetUser + AdminListGroupsForUser in a read-only view; its Refresh button
// reads them again.

export async function showUserDetails(deps: FlowDeps, given?: UserRef, poolName?: string): Promise<void> {
  return runFlow<UsersAnswers, void>({ title: 'Show User Details', given: givenUsers(given), steps: userSteps(deps), execute: ({ refs: [ref] }) => show(deps, ref, poolName) });
}

async function show(deps: FlowDeps, { connectionId, userPoolId, user }: UserRef, poolName: string | undefined): Promise<void> {
  const cognito = deps.connections.cognito(connectionId);
  const emulator = endpointOf(deps, connectionId) !== undefined;
  const model = async () => userDetailsModel(await cognito.users.getDetails(userPoolId, user.username), poolName ?? userPoolId, userPoolId, emulator);
  await deps.details.show(`User ${user.username}`, model, userNode(connectionId, userPoolId, user));
}
