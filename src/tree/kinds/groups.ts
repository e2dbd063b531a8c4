import type { Group, UserPool } from '../../shared/types';
import { folderKey, groupKey, poolKey } from './keys';
import { listed, type KindSpec } from './kindSpec';
import { memberNode } from './members';
import type { FolderNode } from './pool';

// A pool's "Groups" folder and its groups; a group lists its members (members.ts).

export interface GroupNode {
  kind: 'group';
  key: string;
  parentKey: string;
  connectionId: string;
  group: Group;
}

export function groupsFolderNode(connectionId: string, pool: UserPool): FolderNode {
  return { kind: 'groupsFolder', key: folderKey(connectionId, pool.id, 'groups'), parentKey: poolKey(connectionId, pool.id), connectionId, pool };
}

export function groupNode(connectionId: string, group: Group): GroupNode {
  const parentKey = folderKey(connectionId, group.userPoolId, 'groups');
  return { kind: 'group', key: groupKey(connectionId, group.userPoolId, group.name), parentKey, connectionId, group };
}

export const groupsFolder: KindSpec<FolderNode> = {
  row: () => ({ label: 'Groups', icon: { id: 'shield' }, collapsible: 'collapsed' }),
  children: listed({
    page: (folder: FolderNode, { cognito, token }) => cognito.groups.list(folder.pool.id, token),
    toNode: (group, folder) => groupNode(folder.connectionId, group),
    empty: 'No groups',
  }),
};

export const group: KindSpec<GroupNode> = {
  row: ({ group }) => ({
    label: group.name,
    // Precedence 0 is the highest rank, not "none": compared with undefined, never by truthiness.
    description: [group.precedence !== undefined ? `precedence ${group.precedence}` : '', group.description ?? ''].filter(Boolean).join(' · '),
    tooltip: [group.name, group.description, group.precedence !== undefined && `Precedence: ${group.precedence}`, group.roleArn && `IAM role: ${group.roleArn}`].filter(Boolean).join('\n'),
    icon: { id: 'shield' },
    collapsible: 'collapsed',
  }),
  children: listed({
    page: (parent: GroupNode, { cognito, token }) => cognito.groups.listMembers(parent.group.userPoolId, parent.group.name, token),
    toNode: (user, parent) => memberNode(parent.connectionId, parent.group.userPoolId, parent.group.name, user),
    empty: 'No members',
  }),
};
