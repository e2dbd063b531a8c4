import type { User, UserPool } from '../../shared/types';
import { folderKey, poolKey } from './keys';
import { listed, type Icon, type KindSpec, type Row } from './kindSpec';
import type { FolderNode } from './pool';

// A pool's "Users" folder (with its ListUsers filter) and the users listed in it. A user's row and
// states are shared with the group members of members.ts.

export interface UserNode {
  kind: 'user';
  key: string;
  parentKey: string;
  connectionId: string;
  userPoolId: string;
  user: User;
}

export function usersFolderNode(connectionId: string, pool: UserPool): FolderNode {
  return { kind: 'usersFolder', key: folderKey(connectionId, pool.id, 'users'), parentKey: poolKey(connectionId, pool.id), connectionId, pool };
}

export function userNode(connectionId: string, userPoolId: string, user: User): UserNode {
  return { kind: 'user', key: userKey(connectionId, userPoolId, user.username), parentKey: folderKey(connectionId, userPoolId, 'users'), connectionId, userPoolId, user };
}

/** A user's node key: also what names the user's details view (detailsFollowTree.ts). */
export function userKey(connectionId: string, userPoolId: string, username: string): string {
  return `${folderKey(connectionId, userPoolId, 'users')}/${username}`;
}

export const usersFolder: KindSpec<FolderNode> = {
  row: (_folder, filter) => ({ label: 'Users', description: filter ? `filter: ${filter}` : undefined, icon: { id: 'person' }, collapsible: 'collapsed' }),
  // `usersFolder filtered` lets package.json offer "Clear Filter" only when there is one.
  tokens: (_folder, filtered) => [filtered && 'filtered'],
  children: listed({
    page: (folder: FolderNode, { cognito, token, filter }) => cognito.users.list(folder.pool.id, { nextToken: token, filter }),
    toNode: (user, folder) => userNode(folder.connectionId, folder.pool.id, user),
    empty: 'No users',
  }),
};

export const user: KindSpec<UserNode> = {
  row: (node) => userRow(node.user),
  tokens: (node) => userStates(node.user),
};

/** `enabled confirmed`, `disabled force_change_password`: package.json offers Enable or Disable,
 *  Confirm and Resend Invitation only where they fit. */
export function userStates(user: User): (string | undefined)[] {
  return [user.enabled ? 'enabled' : 'disabled', statusToken(user.status)];
}

/** Cognito's user status as a token: `FORCE_CHANGE_PASSWORD` → `force_change_password`. */
export function statusToken(status: string): string | undefined {
  return status.toLowerCase().replace(/\W+/g, '_') || undefined;
}

export function userRow(user: User): Row {
  return {
    label: user.username,
    description: [userState(user), user.email].filter(Boolean).join(' · '),
    tooltip: userTooltip(user),
    icon: userIcon(user),
    collapsible: 'none',
  };
}

function userState(user: User): string {
  return user.enabled ? user.status : `disabled, ${user.status}`;
}

export function userTooltip(user: User): string {
  return [user.username, `Status: ${userState(user)}`, user.email && `E-mail: ${user.email}`, user.phoneNumber && `Phone: ${user.phoneNumber}`]
    .filter(Boolean)
    .join('\n');
}

function userIcon(user: User): Icon {
  if (!user.enabled) return { id: 'circle-slash', color: 'disabledForeground' };
  switch (user.status) {
    case 'CONFIRMED':
      return { id: 'pass', color: 'testing.iconPassed' };
    case 'FORCE_CHANGE_PASSWORD':
      return { id: 'key', color: 'list.warningForeground' };
    case 'UNCONFIRMED':
      return { id: 'mail', color: 'list.warningForeground' };
    default:
      return { id: 'account' };
  }
}
