// Reading one app client and one user: DescribeUserPoolClient and AdminGetUser, as the API reference
// shapes them. (Groups are in groups.ts.)
import { describeAppClient } from './appClients';
import type { SeededPool } from './data';
import { usernameMember } from './members';
import { attributeList, poolOf, seconds } from './requests';
import type { Operation } from './server';
import { clientOf } from './signInRules';
import { userIndexOf } from './users';

export function lookupOperations(pools: readonly SeededPool[]): Record<string, Operation> {
  return {
    DescribeUserPoolClient(input) {
      const pool = poolOf(pools, input);
      const { client } = clientOf(pools, input, pool);
      return { UserPoolClient: describeAppClient(client, pool.id, pool.created) };
    },

    AdminGetUser(input) {
      const pool = poolOf(pools, input);
      const user = pool.user(userIndexOf(pool, usernameMember(input)));
      return {
        Username: user.username,
        UserAttributes: attributeList(user),
        UserCreateDate: seconds(user.created),
        UserLastModifiedDate: seconds(user.modified),
        Enabled: user.enabled,
        UserStatus: user.status,
      };
    },
  };
}
