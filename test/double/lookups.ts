// Reading one app client, one user and the groups: DescribeUserPoolClient, AdminGetUser, ListGroups and
// AdminListGroupsForUser, as the API reference shapes them (groups page like every other listing).
import { describeAppClient } from './appClients';
import type { GroupSeed, SeededPool } from './data';
import type { Pager } from './pages';
import { attributeList, pageSize, poolOf, requiredString, seconds, tokenOf } from './requests';
import { ServiceError, type Input, type Operation } from './server';
import { clientOf } from './signInRules';

export function lookupOperations(pools: readonly SeededPool[], pager: Pager): Record<string, Operation> {
  const userOf = (pool: SeededPool, input: Input) => {
    const user = pool.findUser(requiredString(input, 'Username', 'username'));
    if (!user) throw new ServiceError('UserNotFoundException', 'User does not exist.');
    return user;
  };
  const groupType = (pool: SeededPool, group: GroupSeed) => ({
    GroupName: group.name,
    UserPoolId: pool.id,
    Description: group.description,
    Precedence: group.precedence,
    CreationDate: seconds(pool.created),
    LastModifiedDate: seconds(pool.created),
  });

  return {
    DescribeUserPoolClient(input) {
      const pool = poolOf(pools, input);
      const { client } = clientOf(pools, input, pool);
      return { UserPoolClient: describeAppClient(client, pool.id, pool.created) };
    },

    AdminGetUser(input) {
      const pool = poolOf(pools, input);
      const user = userOf(pool, input);
      return {
        Username: user.username,
        UserAttributes: attributeList(user),
        UserCreateDate: seconds(user.created),
        UserLastModifiedDate: seconds(user.created),
        Enabled: user.enabled,
        UserStatus: user.status,
      };
    },

    ListGroups(input) {
      const pool = poolOf(pools, input);
      const limit = pageSize(input, 'Limit', 0, false);
      const page = pager.page(`ListGroups/${pool.id}`, tokenOf(input, 'NextToken'), limit, pool.groups.length, (i) => pool.groups[i]);
      return { Groups: page.items.map((g) => groupType(pool, g)), NextToken: page.nextToken };
    },

    AdminListGroupsForUser(input) {
      const pool = poolOf(pools, input);
      const user = userOf(pool, input);
      const groups = pool.groups.filter((g) => user.groups.includes(g.name));
      const limit = pageSize(input, 'Limit', 0, false);
      const page = pager.page(`AdminListGroupsForUser/${pool.id}/${user.username}`, tokenOf(input, 'NextToken'), limit, groups.length, (i) => groups[i]);
      return { Groups: page.items.map((g) => groupType(pool, g)), NextToken: page.nextToken };
    },
  };
}
