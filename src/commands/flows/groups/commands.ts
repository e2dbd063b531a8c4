import type { MemberNode } from '../../../tree/nodes';
import { USER_ROWS, type CommandDeclaration } from '../../declaration';
import { asNode, poolOf, usersOf } from '../../nodeArguments';
import { poolNameOf } from '../../treeTargets';
import { editGroup } from './editGroup';
import { addUsersToGroup, addUserToThisGroup, createGroup, deleteGroup, removeFromGroup } from './groupActions';

// The commands on groups and their members. Edit Group changes a group's description, precedence and
// role (from the palette it asks the pool and the group). Add to Group runs on a group (asks the users) or on users
// (asks the group); Remove from Group on members, several at once.

export const GROUP_COMMANDS: readonly CommandDeclaration[] = [
  {
    id: 'cognito.createGroup',
    title: 'Create Group…',
    icon: 'add',
    rows: [
      { on: 'groupsFolder', group: '2_create', order: 1, inline: 1 },
      { on: 'pool', group: '2_create', order: 3 },
    ],
    run: ({ deps }, node) => createGroup(deps(), poolOf(node)),
  },
  {
    id: 'cognito.editGroup',
    title: 'Edit Group…',
    icon: 'edit',
    rows: [{ on: 'group', group: '3_edit', order: 1 }],
    run: async (context, arg) => {
      const node = asNode(arg);
      return editGroup(context.deps(), node?.kind === 'group' ? { connectionId: node.connectionId, group: node.group } : undefined, poolNameOf(context, arg));
    },
  },
  {
    id: 'cognito.deleteGroup',
    title: 'Delete Group',
    rows: [{ on: 'group', group: '8_delete', order: 1 }],
    palette: false,
    run: async ({ deps }, arg) => {
      const node = asNode(arg);
      if (node?.kind === 'group') return deleteGroup(deps(), node);
    },
  },
  {
    id: 'cognito.addUserToGroup',
    title: 'Add to Group…',
    icon: 'person-add',
    rows: [
      { on: USER_ROWS, group: '6_groups', order: 1 },
      { on: 'group', group: '6_groups', order: 1, inline: 1 },
    ],
    many: true,
    run: async (context, arg, selected) => {
      const node = asNode(arg);
      if (node?.kind === 'group') return addUserToThisGroup(context.deps(), node, poolNameOf(context, arg) ?? node.group.userPoolId);
      return addUsersToGroup(context.deps(), usersOf(arg, selected), poolNameOf(context, arg));
    },
  },
  {
    id: 'cognito.removeUserFromGroup',
    title: 'Remove from Group',
    rows: [{ on: 'member', group: '6_groups', order: 1 }],
    palette: false,
    many: true,
    run: async ({ deps }, arg, selected) => {
      const members = [arg, ...(selected ?? [])].map(asNode).filter((n): n is MemberNode => n?.kind === 'member');
      if (members.length > 0) return removeFromGroup(deps(), [...new Map(members.map((m) => [m.key, m])).values()]);
    },
  },
];
