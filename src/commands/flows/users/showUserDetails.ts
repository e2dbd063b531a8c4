import { userNode } from '../../../tree/nodes';
import { renderUserDetails } from '../../../views/userDetailsDocument';
import type { FlowDeps } from '../deps';
import { chooseUsers, type UserRef } from './userTargets';

// Show User Details: AdminGetUser + AdminListGroupsForUser in a read-only view; its Refresh button
// reads them again.

export async function showUserDetails(deps: FlowDeps, given?: UserRef, poolName?: string): Promise<void> {
  const { refs } = await chooseUsers(deps, 'Show User Details', given ? [given] : [], 0);
  const [{ connectionId, userPoolId, user }] = refs;
  const cognito = deps.connections.cognito(connectionId);
  const render = async () => renderUserDetails(await cognito.users.getDetails(userPoolId, user.username), poolName ?? userPoolId, userPoolId);
  await deps.details.show(`User ${user.username}`, render, userNode(connectionId, userPoolId, user).key);
}
