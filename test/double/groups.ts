// Groups, from the API reference: CreateGroup, GetGroup, DeleteGroup, ListGroups, AdminAddUserToGroup,
// AdminRemoveUserFromGroup, ListUsersInGroup and AdminListGroupsForUser. Listings page like every other
// (NextToken, Limit 0–60). A group that does not exist is ResourceNotFoundException "Group not found.";
// an existing name is GroupExistsException. Membership shows in `cognito:groups` of tokens issued
// afterwards (tokens.ts reads the user's groups when it signs).
import type { SeededPool } from './data';
import type { GroupRecord } from './groupStore';
import { groupNameMember, integerMember, optionalString, usernameMember } from './members';
import type { Pager } from './pages';
import { pageSize, poolOf, seconds, tokenOf, userType } from './requests';
import { ServiceError, type Input, type Operation } from './server';
import { userIndexOf } from './users';

const ARN_PATTERN = 'arn:[\\w+=/,.@-]+:[\\w+=/,.@-]+:([\\w+=/,.@-]*)?:[0-9]+:[\\w+=/,.@-]+(:[\\w+=/,.@-]+)?(:[\\w+=/,.@-]+)?';

export function groupType(pool: SeededPool, group: GroupRecord) {
  return {
    GroupName: group.name,
    UserPoolId: pool.id,
    Description: group.description,
    RoleArn: group.roleArn,
    Precedence: group.precedence,
    CreationDate: seconds(group.created),
    LastModifiedDate: seconds(group.modified),
  };
}

function groupOf(pool: SeededPool, name: string): GroupRecord {
  const group = pool.groupStore.get(name);
  if (!group) throw new ServiceError('ResourceNotFoundException', 'Group not found.');
  return group;
}

export function groupOperations(pools: readonly SeededPool[], pager: Pager): Record<string, Operation> {
  /** GroupName and the pool, checked in that order (members before resources). */
  function pooledGroupName(input: Input) {
    const name = groupNameMember(input);
    return { name, pool: poolOf(pools, input) };
  }

  /** Username, GroupName, then the pool, the user and the group. */
  function membership(input: Input) {
    const username = usernameMember(input);
    const { name, pool } = pooledGroupName(input);
    const index = userIndexOf(pool, username);
    groupOf(pool, name);
    return { pool, index, name };
  }

  return {
    CreateGroup(input) {
      const name = groupNameMember(input);
      const description = optionalString(input, 'Description', { member: 'description', max: 2048 });
      const roleArn = optionalString(input, 'RoleArn', { member: 'roleArn', min: 20, max: 2048, pattern: ARN_PATTERN });
      const precedence = integerMember(input, 'Precedence', 'precedence', 0);
      const pool = poolOf(pools, input);
      if (pool.groupStore.get(name)) throw new ServiceError('GroupExistsException', `A group with the name ${name} already exists.`);
      const now = new Date(pool.now());
      const group: GroupRecord = { name, description, precedence, roleArn, created: now, modified: now };
      pool.groupStore.create(group);
      return { Group: groupType(pool, group) };
    },

    GetGroup(input) {
      const { name, pool } = pooledGroupName(input);
      return { Group: groupType(pool, groupOf(pool, name)) };
    },

    /** Members lose the group: it no longer shows in their tokens. */
    DeleteGroup(input) {
      const { name, pool } = pooledGroupName(input);
      groupOf(pool, name);
      pool.groupStore.delete(name);
      return {};
    },

    ListGroups(input) {
      const pool = poolOf(pools, input);
      const limit = pageSize(input, 'Limit', 0, false);
      const groups = pool.groups;
      const page = pager.page(`ListGroups/${pool.id}`, tokenOf(input, 'NextToken'), limit, groups.length, (i) => groups[i]);
      return { Groups: page.items.map((g) => groupType(pool, g)), NextToken: page.nextToken };
    },

    AdminAddUserToGroup(input) {
      const { pool, index, name } = membership(input);
      pool.groupStore.join(name, index);
      return {};
    },

    AdminRemoveUserFromGroup(input) {
      const { pool, index, name } = membership(input);
      pool.groupStore.leave(name, index);
      return {};
    },

    ListUsersInGroup(input) {
      const { name, pool } = pooledGroupName(input);
      const limit = pageSize(input, 'Limit', 0, false);
      const token = tokenOf(input, 'NextToken');
      groupOf(pool, name);
      const members = pool.groupStore.membersOf(name);
      const page = pager.page(`ListUsersInGroup/${pool.id}/${name}`, token, limit, members.length, (i) => pool.listedUser(members[i]));
      return { Users: page.items.map((u) => userType(u, undefined)), NextToken: page.nextToken };
    },

    /** The user's groups in the pool's order. */
    AdminListGroupsForUser(input) {
      const username = usernameMember(input);
      const pool = poolOf(pools, input);
      const limit = pageSize(input, 'Limit', 0, false);
      const token = tokenOf(input, 'NextToken');
      const user = pool.user(userIndexOf(pool, username));
      const groups = pool.groups.filter((g) => user.groups.includes(g.name));
      const page = pager.page(`AdminListGroupsForUser/${pool.id}/${user.username}`, token, limit, groups.length, (i) => groups[i]);
      return { Groups: page.items.map((g) => groupType(pool, g)), NextToken: page.nextToken };
    },
  };
}
