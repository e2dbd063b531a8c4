import type { User } from '../../shared/types';
import { groupKey } from './keys';
import type { KindSpec } from './kindSpec';
import { userRow, userStates, userTooltip } from './users';

/** A user listed under a group: "Remove from Group" acts on the membership, not the user. */
export interface MemberNode {
  kind: 'member';
  key: string;
  parentKey: string;
  connectionId: string;
  userPoolId: string;
  groupName: string;
  user: User;
}

export function memberNode(connectionId: string, userPoolId: string, groupName: string, user: User): MemberNode {
  const parentKey = groupKey(connectionId, userPoolId, groupName);
  return { kind: 'member', key: `${parentKey}/${user.username}`, parentKey, connectionId, userPoolId, groupName, user };
}

export const member: KindSpec<MemberNode> = {
  row: (node) => ({ ...userRow(node.user), tooltip: `${userTooltip(node.user)}\nMember of ${node.groupName}` }),
  // The user's state for members too, so a member row offers the user actions that state allows.
  tokens: (node) => userStates(node.user),
};
